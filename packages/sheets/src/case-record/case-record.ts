import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { MergeOptions } from '@tsunagu/core/merge';
import {
  CASE_STATUS_NEXT,
  CASE_STATUSES,
  caseClosure,
  caseForm,
  fillMessage,
  fullName,
  sheetNameOf,
  type Case,
  type FormDefinition,
  type IssuePath,
} from '@tsunagu/core';
import { TsunaguSheet } from '../kit/sheet';
import type { SheetFields } from '../kit/field-host';
import { dateText, textField } from '../kit/fields';
import { choiceText } from '../kit/choices';
import { sheetStyles } from '../kit/styles';
import { closureFields, labelsOf, type RecordContext } from './context';
import { Timeline } from './timeline';
import { StatusChangeForm } from './status-change';
import { renderPaper } from './paper';
import { renderEnrolments } from './enrolments';
import { renderTsunagi } from './tsunagi';
import { aside, joinList } from '../kit/ui-strings';
import { mergeLabel, mergeText } from './merge';

/**
 * The case over time (支援経過記録): a household's referrals, meetings, plan
 * versions, status changes, consent changes, contacts and small changes on one
 * timeline, newest or oldest first, filtered by kind, member or agency. The
 * coordinator records contacts and small changes in place, moves the case
 * through its statuses — seeing, before recording a change, what the rules ask
 * of it — writes the hand-off at 終結, and re-opens the case with its history
 * kept. Prints as the 支援経過記録 table on A4. The portal stays the store: the
 * case is the element's value, posted with its form and sent in its events.
 * 高島: 「それまでの経過が分からないと…関わりが難しくなる」 (seed 001 l.2036).
 *
 * @summary The case over time: timeline, contact log, status, hand-off, re-opening.
 * @tagname tsunagu-case-record
 *
 * @fires {TsunaguChangeEvent} tsunagu-change - The case changed (debounced, 300 ms). `detail.value` is the case.
 * @fires {TsunaguSubmitEvent} tsunagu-submit - A valid case was submitted. `detail.value` is the case.
 * @fires {TsunaguInvalidEvent} tsunagu-invalid - A submit was refused. `detail.issues` lists the errors (no personal data).
 * @fires {TsunaguOpenDocumentEvent} tsunagu-open-document - The user opened a referral, meeting or plan. Cancel it to open the document in the portal; otherwise it shows read-only in place when its sheet is defined.
 *
 * @attr {string} name - Name under which the case (JSON) goes into the enclosing form's FormData.
 * @attr {'edit'|'readonly'|'print'} mode - Editing, read-only, or the A4 print layout (the 支援経過記録 table).
 * @attr {boolean} readonly - Shows the case read-only.
 * @attr {boolean} disabled - Disables the record.
 * @attr {string} draft-key - Autosave key; entries being written survive reloads, crashes and failed sends until the page confirms the save (`saved()`).
 * @attr {'none'|'session'|'local'} draft-storage - Where drafts are kept: `none`, `session` (this tab; the default, unless the policy says otherwise) or `local` (this browser, until expiry).
 * @attr {number} draft-max-age - Hours after the last edit when a draft is removed unread (default 8, or the policy's).
 * @attr {string} today - Reference date (ISO) for new entries and date rules; today when unset.
 * @attr {string} lang - `en` for English; otherwise Japanese. Inherited from the nearest ancestor with `lang`.
 */
export class TsunaguCaseRecord extends TsunaguSheet<Case> {
  static override styles = [
    sheetStyles,
    css`
      .filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 0 var(--_space); }
      .timeline { list-style: none; margin: 0; padding: 0; }
      .entry { border-left: 4px solid var(--_border); padding: 4px 0 4px 12px; margin: 0 0 var(--_space); }
      .entry.status { border-left-style: double; border-left-width: 6px; }
      .entry-head { margin: 0; font-weight: 700; display: flex; gap: 8px; flex-wrap: wrap; align-items: baseline; }
      .kind { border: 1px solid currentColor; border-radius: 4px; padding: 0 6px; font-size: 0.875em; }
      .entry p { margin: 2px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
      .entry-actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 4px; }
      .rules { border-left: 6px solid var(--_warning-text); background: var(--_warning-bg); padding: 8px var(--_space); margin: var(--_space) 0; }
      .rules.clear { border-left-color: var(--_border); background: var(--_surface); }
      .rules ul { margin: 4px 0; padding-inline-start: 1.25em; }
      .embedded { margin-top: 8px; }
      .paper-table col.date { width: 15%; } .paper-table col.method { width: 9%; } .paper-table col.who { width: 16%; } .paper-table col.with { width: 16%; }
      .paper-table td.date { white-space: nowrap; }
    `,
  ];

  /** The record as its parts (timeline, status change, paper) see it: itself (see RecordContext). */
  readonly #ctx = this as unknown as RecordContext;
  readonly #timeline = new Timeline(this.#ctx);
  readonly #status = new StatusChangeForm(this, this.#ctx, caseForm);
  /** The restored draft whose unsaved entries were opened. */
  #reviewed: Case | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.drafts.notice === 'restored' && this.#reviewed !== this.value) {
      this.#reviewed = this.value;
      this.#timeline.openUnsaved(this.doc.initial);
    }
    this.#status.willUpdate(changed);
  }

  protected get documentForm(): FormDefinition<Case> {
    return caseForm;
  }

  protected sheetTitle(): string {
    return sheetNameOf(this.policy, 'caseRecord', this.locale);
  }

  protected override mergeOptions(): MergeOptions {
    return { statusMoves: CASE_STATUS_NEXT };
  }
  protected override mergeLabel(path: IssuePath): string | undefined {
    return mergeLabel(this.#ctx, path);
  }
  protected override mergeText(path: IssuePath, value: unknown): string | undefined {
    return mergeText(this.#ctx, path, value);
  }

  protected override paperDate(): string | undefined {
    return this.view.statusHistory.at(-1)?.date;
  }

  protected renderSheet(h: SheetFields): TemplateResult {
    const l = labelsOf(this);
    const v = this.view;
    const last = v.statusHistory.at(-1);
    const members = v.household.members.map((m, i) => fullName(m) || fillMessage(l.unnamed, { n: i + 1 }));
    const head = html`<section part="section" aria-labelledby="case-title">
      <h3 id="case-title">${l.sectionCase}</h3>
      <div class="grid-2">
        ${textField(h, ['household', 'person', 'familyName'], l.familyName)}
        ${textField(h, ['household', 'person', 'givenName'], l.givenName)}
      </div>
      <div class="grid-2">
        <div class="field" id=${h.label(['household', 'members'], l.members)}><span class="label">${l.members}</span><p>${joinList(h.locale, members) || h.ui.none}</p></div>
        <div class="field"><span class="label">${l.status}</span><p>${last ? aside(h.locale, choiceText(h, CASE_STATUSES, last.status), fillMessage(l.since, { date: dateText(h, last.date) })) : h.ui.none}</p></div>
      </div>
    </section>`;
    if (this.mode === 'print' || this.printing)
      return html`${head}${renderTsunagi(this.#ctx, h)}${renderEnrolments(this.#ctx, h)}${renderPaper(this.#ctx, h)}`;
    return html`${head}
      ${this.#timeline.render(h)}
      ${renderTsunagi(this.#ctx, h)}
      ${renderEnrolments(this.#ctx, h)}
      ${this.isReadonly ? nothing : this.#status.render()}
      ${this.#renderHandOff(h)}`;
  }

  /** The hand-off at 終結: the latest closure's fields, editable after the case was closed. */
  #renderHandOff(h: SheetFields): TemplateResult | typeof nothing {
    const l = labelsOf(this);
    const v = this.view;
    const i = v.statusHistory.findLastIndex((s) => s.status === 'terminated');
    if (i < 0) return nothing;
    const closure = caseClosure(v, i)!;
    return html`<section part="section" aria-labelledby="handoff-title">
      <h3 id="handoff-title">${l.sectionHandOff}</h3>
      <p>${fillMessage(l.handOffOf, { date: dateText(h, v.statusHistory[i]!.date) })}</p>
      ${closureFields(this.#ctx, h, closure.path)}
    </section>`;
  }
}
