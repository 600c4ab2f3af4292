import { html, nothing, type TemplateResult } from 'lit';
import type { Issue } from '@tsunagu/core';
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

const links = (h: SummaryHost, issues: readonly Issue[]) =>
  html`<ul>${issues.map((i) => html`<li><a href="#${h.issues.anchor(i.path)}" @click=${(e: Event) => h.goTo(e, i)}>${h.issues.summaryText(i)}</a></li>`)}</ul>`;

/**
 * The error summary after a refused submit (GOV.UK's pattern): it takes focus,
 * and each line links to its field. Warnings follow, in a quieter box.
 * @public
 */
export function issueSummary(h: SummaryHost): TemplateResult | typeof nothing {
  if (!h.issues.submitted) return nothing;
  const errors = h.issues.errors;
  const warnings = h.issues.all.filter((i) => i.severity === 'warning');
  return html`${errors.length > 0
      ? html`<div class="error-summary" id="error-summary" part="error-summary" role="group" tabindex="-1" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">${h.ui.summaryTitle}</h2>
          <p>${h.ui.summaryIntro}</p>
          ${links(h, errors)}
        </div>`
      : nothing}
    ${warnings.length > 0
      ? html`<div class="warning-summary" role="status"><p><strong>${h.ui.warningsTitle}</strong></p>${links(h, warnings)}</div>`
      : nothing}`;
}

/** Actions a notice offers. */
export interface NoticeActions {
  discard(): void;
  keepMine(): void;
  loadOther(): void;
}

/** The draft and status notice above the fields. @public */
export function notice(ui: UiStrings, kind: NoticeKind | undefined, act: NoticeActions): TemplateResult | typeof nothing {
  switch (kind) {
    case 'restored':
      return html`<div class="notice" part="notice" role="status">
        ${ui.draftRestored}
        <button type="button" class="link" part="button" @click=${act.discard}>${ui.discardDraft}</button>
      </div>`;
    case 'unavailable':
      return html`<div class="notice alert" part="notice" role="status">${ui.draftUnavailable}</div>`;
    case 'full':
      return html`<div class="notice alert" part="notice" role="status">${ui.draftFull}</div>`;
    case 'conflict':
      return html`<div class="notice alert" part="notice" role="alert">
        <p>${ui.draftConflict}</p>
        <div class="row-actions">
          <button type="button" part="button" @click=${act.keepMine}>${ui.keepMine}</button>
          <button type="button" part="button" @click=${act.loadOther}>${ui.loadOther}</button>
        </div>
      </div>`;
    case 'submitted':
      return html`<div class="notice" part="notice" role="status">${ui.submitted}</div>`;
    default:
      return nothing;
  }
}
