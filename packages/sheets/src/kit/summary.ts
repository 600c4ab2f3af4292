import { html, nothing, type TemplateResult } from 'lit';
import { fillMessage, type Issue } from '@tsunagu/core';
import type { NoticeKind } from './drafts';
import type { IssueVisibility } from './issues';
import type { UiStrings } from './ui-strings';

/** What the summary and notices need from the form. */
export interface SummaryHost {
  readonly ui: UiStrings;
  readonly issues: IssueVisibility;
  /** Moves focus to the field an issue is about. */
  goTo(event: Event, issue: Issue): void;
}

/** One line per distinct text: lines that would read alike (the same message where the labels cannot tell places apart) are one line with its count, linking to the first. */
const links = (h: SummaryHost, issues: readonly Issue[]) => {
  const lines = new Map<string, { issue: Issue; text: string; n: number }>();
  for (const issue of issues) {
    const text = h.issues.summaryText(issue, h.ui.labelSeparator);
    const line = lines.get(text);
    if (line) line.n++;
    else lines.set(text, { issue, text, n: 1 });
  }
  return html`<ul>${[...lines.values()].map(
    ({ issue, text, n }) =>
      html`<li><a href="#${h.issues.anchor(issue.path)}" @click=${(e: Event) => h.goTo(e, issue)}>${text}${n > 1 ? fillMessage(h.ui.times, { n }) : ''}</a></li>`,
  )}</ul>`;
};

/**
 * The error summary after a refused submit (GOV.UK's pattern): it takes focus,
 * and each line links to its field. Warnings follow, in a quieter box.
 * @public
 */
export function issueSummary(h: SummaryHost): TemplateResult | typeof nothing {
  if (!h.issues.submitted) return nothing;
  const errors = h.issues.errors;
  const warnings = h.issues.all.filter((i) => i.severity === 'warning');
  return html`${
    errors.length > 0
      ? html`<div class="error-summary" id="error-summary" part="error-summary" role="group" tabindex="-1" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">${h.ui.summaryTitle}</h2>
          <p>${h.ui.summaryIntro}</p>
          ${links(h, errors)}
        </div>`
      : nothing
  }
    ${
      warnings.length > 0
        ? html`<div class="warning-summary" role="status"><p><strong>${h.ui.warningsTitle}</strong></p>${links(h, warnings)}</div>`
        : nothing
    }`;
}

/** Actions a notice offers. */
export interface NoticeActions {
  readonly discard: () => void;
  readonly keepMine: () => void;
  readonly loadOther: () => void;
}

/** The draft and status notice above the fields. @public */
export function notice(ui: UiStrings, kind: NoticeKind | undefined, act: NoticeActions): TemplateResult | typeof nothing {
  if (!kind) return nothing;
  const button = (text: string, onClick: () => void, link = false) =>
    html`<button type="button" class=${link ? 'link' : ''} part="button" @click=${onClick}>${text}</button>`;
  const [text, alert, actions] = {
    restored: [ui.draftRestored, false, button(ui.discardDraft, act.discard, true)],
    restoredSent: [ui.draftRestoredSent, true, button(ui.discardDraft, act.discard, true)],
    unavailable: [ui.draftUnavailable, true, nothing],
    full: [ui.draftFull, true, nothing],
    conflict: [
      ui.draftConflict,
      true,
      html`<div class="row-actions">${button(ui.keepMine, act.keepMine)}${button(ui.loadOther, act.loadOther)}</div>`,
    ],
    sending: [ui.sending, false, nothing],
    sendFailed: [ui.sendFailed, true, nothing],
    submitted: [ui.submitted, false, nothing],
  }[kind];
  return html`<div class="notice ${alert ? 'alert' : ''}" part="notice" role=${kind === 'conflict' || kind === 'sendFailed' ? 'alert' : 'status'}>${text} ${actions}</div>`;
}
