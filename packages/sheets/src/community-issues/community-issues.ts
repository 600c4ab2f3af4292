import { LitElement, css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { FIELDS, RESOURCE_THEMES, fillMessage, formatDate, type Case, type MeetingSession } from '@tsunagu/core';
import { communityIssueRegister, type RegisterRow } from '@tsunagu/core/directory';
import { LocaleController } from '../kit/locale';
import { vocabLabel } from '../kit/vocab-label';
import { TsunaguRaiseThemeEvent } from '../kit/events';
import { COMMUNITY_ISSUES_LABELS } from './labels';

/**
 * The 地域課題 register (`communityIssueRegister` of `@tsunagu/core/directory`) as a table for the 推進会議's
 * secretariat: what the meetings found missing and the resources typed because the directory lacks them, by 圏域 ×
 * 分野 × テーマ, with the sessions that took each up and what they decided. Each line can be raised to a meeting
 * (`tsunagu-raise-theme`: the portal adds it to a session, `<tsunagu-meeting-session>.raiseTheme()`). Counts and
 * resource names only — never a person, a case or a note; names are masked by the personal-data finder.
 *
 * @summary The community-issue register: missing resources by area, field and theme, and the decisions taken.
 * @tagname tsunagu-community-issues
 *
 * @fires {TsunaguRaiseThemeEvent} tsunagu-raise-theme - A line was raised to a meeting. `detail` is the theme, area, field and a summary of counts and names (no personal data).
 *
 * @attr {string} from - First meeting date counted (ISO).
 * @attr {string} to - Last meeting date counted (ISO).
 * @attr {string} lang - `en` for English; otherwise Japanese. Inherited from the nearest ancestor with `lang`.
 *
 * @csspart table - The register's table.
 *
 * @cssprop [--tsunagu-color-primary=#0b5394] - Buttons.
 * @cssprop [--tsunagu-color-focus-ring=#ffd43d] - The focus ring.
 * @cssprop [--tsunagu-font-family] - Font family.
 */
export class TsunaguCommunityIssues extends LitElement {
  static override properties: PropertyDeclarations = {
    cases: { attribute: false },
    sessions: { attribute: false },
    from: { type: String },
    to: { type: String },
  };

  static override styles = css`
    :host { display: block; color: var(--tsunagu-color-text, #1a1a1a); font-family: var(--tsunagu-font-family, 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic UI', 'Meiryo', system-ui, sans-serif); line-height: 1.6; --_primary: var(--tsunagu-color-primary, #0b5394); }
    :host([hidden]) { display: none; }
    h2 { font-size: 1.25em; margin: 0 0 8px; }
    button { font: inherit; min-height: 44px; padding: 4px 14px; border-radius: 4px; cursor: pointer; border: 1px solid var(--_primary); background: #fff; color: var(--_primary); }
    button:focus-visible { outline: 3px solid var(--tsunagu-color-focus-ring, #ffd43d); outline-offset: 2px; box-shadow: 0 0 0 5px #1a1a1a; }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; }
    caption { text-align: start; font-weight: 600; margin-bottom: 4px; }
    th, td { border: 1px solid #777; padding: 4px 8px; text-align: start; vertical-align: top; }
    td.n { text-align: end; font-variant-numeric: tabular-nums; }
    ul { margin: 0; padding-inline-start: 1.2em; }
    @media print { button, th.actions, td.actions { display: none; } th, td { border-color: #000; } table { font-size: 9pt; } tr { break-inside: avoid; } }
  `;

  /** The cases whose meetings are gathered. */
  declare cases: readonly Case[];
  /** The sessions (推進会議, 課題解決会議) whose themes are matched to the lines. */
  declare sessions: readonly MeetingSession[];
  /** First meeting date counted (ISO). */
  declare from: string | undefined;
  /** Last meeting date counted (ISO). */
  declare to: string | undefined;

  readonly #lang = new LocaleController(this);

  constructor() {
    super();
    this.cases = [];
    this.sessions = [];
  }

  /** The register as shown: the core's `communityIssueRegister` of the cases and sessions given. */
  get rows(): RegisterRow[] {
    return communityIssueRegister(this.cases, {
      sessions: this.sessions,
      ...(this.from ? { from: this.from } : {}),
      ...(this.to ? { to: this.to } : {}),
    });
  }

  #raise(row: RegisterRow): void {
    const l = COMMUNITY_ISSUES_LABELS[this.#lang.locale];
    const locale = this.#lang.locale;
    const summary = fillMessage(l.summary, {
      area: row.area || l.unknownArea,
      theme: vocabLabel(RESOURCE_THEMES, row.theme, locale),
      missing: row.missingCases,
      candidates: row.candidates,
      names: row.names.map((n) => fillMessage(l.nameCount, { name: n.name, n: n.cases })).join(l.separator) || l.none,
    });
    this.dispatchEvent(
      new TsunaguRaiseThemeEvent({
        theme: row.theme,
        ...(row.area ? { area: row.area } : {}),
        ...(row.field ? { field: row.field } : {}),
        summary: summary.slice(0, 2000),
      }),
    );
  }

  override render(): TemplateResult {
    const locale = this.#lang.locale;
    const l = COMMUNITY_ISSUES_LABELS[locale];
    const rows = this.rows;
    if (!rows.length) return html`<h2>${l.title}</h2><p>${l.empty}</p>`;
    return html`<h2>${l.title}</h2>
      <div class="scroll">
        <table part="table">
          <caption>${l.caption}</caption>
          <thead>
            <tr>
              <th scope="col">${l.area}</th><th scope="col">${l.field}</th><th scope="col">${l.theme}</th>
              <th scope="col">${l.missing}</th><th scope="col">${l.candidates}</th><th scope="col">${l.names}</th>
              <th scope="col">${l.raised}</th><th scope="col" class="actions">${l.actions}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((r) => this.#row(r, l, locale))}
          </tbody>
        </table>
      </div>`;
  }

  #row(r: RegisterRow, l: (typeof COMMUNITY_ISSUES_LABELS)['ja' | 'en'], locale: 'ja' | 'en'): TemplateResult {
    const area = r.area || l.unknownArea;
    const theme = vocabLabel(RESOURCE_THEMES, r.theme, locale);
    return html`<tr>
      <th scope="row">${area}</th>
      <td>${r.field ? vocabLabel(FIELDS, r.field, locale) : l.none}</td>
      <td>${theme}</td>
      <td class="n">${r.missingCases}</td>
      <td class="n">${r.candidates}</td>
      <td>${r.names.length ? html`<ul>${r.names.map((n) => html`<li>${fillMessage(l.nameCount, { name: n.name, n: n.cases })}</li>`)}</ul>` : l.none}</td>
      <td>
        ${
          r.raised.length
            ? html`<ul>
              ${r.raised.map(
                (x) =>
                  html`<li>${fillMessage(l.raisedOn, { date: formatDate(x.date), decision: x.theme.decision || l.noDecision })}${x.theme.feedbackOn ? fillMessage(l.feedback, { date: formatDate(x.theme.feedbackOn) }) : nothing}</li>`,
              )}
            </ul>`
            : l.none
        }
      </td>
      <td class="actions"><button type="button" aria-label=${fillMessage(l.raiseNamed, { area, theme })} @click=${() => this.#raise(r)}>${l.raise}</button></td>
    </tr>`;
  }
}
