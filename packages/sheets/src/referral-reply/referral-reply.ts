import { css, html, nothing, type TemplateResult } from 'lit';
import {
  CONSENT_STATUSES,
  TSUNAGI_CLOSED,
  TSUNAGI_REASON_REQUIRED,
  TSUNAGI_REASONS,
  TSUNAGI_STATUSES,
  fillMessage,
  tsunagiForm,
  tsunagiNextFor,
  tsunagiReplyBy,
  tsunagiRequestedOn,
  type FormDefinition,
  type Tsunagi,
  type TsunagiStep,
} from '@tsunagu/core';
import { FormSheet } from '../kit/form-sheet';
import type { SheetFields } from '../kit/field-host';
import { formStyles } from '../kit/styles';
import { dateField, dateText, textArea, textField } from '../kit/fields';
import { choiceText, radioGroup, selectField } from '../kit/choices';
import { REPLY_LABELS } from './labels';

/** The side that answers: the receiving agency (the default), or the side that asked, recording the outcome. */
export type ReplySide = 'requester' | 'receiver';

/**
 * `<tsunagu-referral-reply>`: the receiving agency's answer to a つなぎ — 受理, or 辞退 with a reason — and later
 * its outcome (利用開始, つながった, つながらなかった with a reason). Its value is the つなぎ alone (`Tsunagi`), never
 * the case: the portal sends what was shared, on the same portal or behind a link, and puts the answered つなぎ
 * back into the case with `withTsunagi`. The choices are the core's (`tsunagiNextFor`: what may follow, and what
 * this side sets); the step is validated by the case's つなぎ rules (`validateTsunagi`). Form-associated, drafts
 * and events as every sheet (`tsunagu-submit` carries the つなぎ with the new step); no inline script or style.
 *
 * @summary The receiving agency's reply to a つなぎ, and its outcome.
 * @tagname tsunagu-referral-reply
 *
 * @attr {'receiver'|'requester'} side - Who answers: `receiver` (default) or `requester`.
 * @attr {string} name - Name of the form field that carries the つなぎ (JSON).
 * @attr {'edit'|'readonly'} mode - `edit` (default) or `readonly`.
 * @attr {boolean} readonly - Shows the つなぎ read-only.
 * @attr {boolean} disabled - Disables the form.
 * @attr {string} draft-key - Autosave key; the draft survives reloads, crashes and failed sends until the page confirms the save (`saved()`).
 * @attr {'none'|'session'|'local'} draft-storage - Where drafts are kept: `none`, `session` (this tab; the default, unless the policy says otherwise) or `local` (this browser, until expiry).
 * @attr {number} draft-max-age - Hours after the last edit when a draft is removed unread (default 8, or the policy's).
 * @attr {string} today - Reference date (ISO) of the reply and of the deadline; today when unset.
 * @attr {string} lang - `en` for English; otherwise Japanese. Inherited from the nearest ancestor with `lang`.
 * @fires {TsunaguChangeEvent} tsunagu-change - The つなぎ changed (debounced, 300 ms). `detail.value` is the つなぎ.
 * @fires {TsunaguSubmitEvent} tsunagu-submit - A valid reply was submitted. `detail.value` is the つなぎ with its new step.
 * @fires {TsunaguInvalidEvent} tsunagu-invalid - A submit was refused. `detail.issues` lists the errors.
 * @public
 */
export class TsunaguReferralReply extends FormSheet<Tsunagi> {
  static override styles = [
    formStyles,
    css`dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 var(--_space); } dd { margin: 0; white-space: pre-wrap; }`,
  ];

  static override properties = { side: { type: String, reflect: true } };

  /** Who answers: the receiving agency (default) or the side that asked. */
  declare side: ReplySide;

  constructor() {
    super();
    this.side = 'receiver';
  }

  protected get documentForm(): FormDefinition<Tsunagi> {
    return tsunagiForm;
  }

  protected sheetTitle(): string {
    return this.#l.title;
  }

  get #l() {
    return REPLY_LABELS[this.locale];
  }

  /** The steps as the page set them: the reply is the one after them. */
  get #given(): number {
    return this.doc.initial.steps?.length ?? 0;
  }

  /** The index of the step being written, when the つなぎ is open and the form editable. */
  get #reply(): number | undefined {
    const steps = this.view.steps;
    return steps.length > this.#given ? this.#given : undefined;
  }

  /** The つなぎ with a step to write, dated today and set by this side, while it is open: opening the form is no edit. */
  protected override derive(t: Tsunagi): Tsunagi {
    const steps = Array.isArray(t?.steps) ? t.steps : [];
    if (steps.length > this.#given || this.isReadonly) return t;
    // Nothing to write once this side has nothing it may record (the つなぎ has ended, or was never asked).
    const asked = steps.filter((x): x is TsunagiStep => x !== null && typeof x === 'object');
    if (asked.length === 0 || tsunagiNextFor({ steps: asked }, this.side).length === 0) return t;
    return { ...t, steps: [...steps, { date: this.referenceDate(), by: this.side } as TsunagiStep] };
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (['side', 'readonly', 'today'].some((k) => changed.has(k))) this.doc.invalidate();
    super.willUpdate(changed);
  }

  protected renderSheet(h: SheetFields): TemplateResult {
    const l = this.#l;
    // Steps as objects whatever was set: a step that is not one shows as an empty step (the core says what is wrong).
    const t = { ...this.view, steps: this.view.steps.map((s) => (s !== null && typeof s === 'object' ? s : ({} as TsunagiStep))) };
    const given = t.steps.slice(0, this.#given);
    const at = this.#reply;
    const item = (label: string, text: string | undefined) => (text ? html`<dt>${label}</dt><dd>${text}</dd>` : nothing);
    const side = (s: TsunagiStep) => (s.by === 'receiver' ? l.sideReceiver : s.by === 'requester' ? l.sideRequester : '—');
    const last = given[given.length - 1];
    return html`<section part="section" aria-labelledby="request-title">
        <h3 id="request-title">${l.sectionRequest}</h3>
        <dl>
          ${item(l.requester, t.requester.organization)} ${item(l.requesterName, t.requester.name)}
          ${item(l.receiver, t.receiver.organization)}
          ${given.length ? item(l.requestedOn, dateText(h, tsunagiRequestedOn(t))) : nothing}
          ${last?.status === 'requested' ? item(l.replyBy, dateText(h, tsunagiReplyBy(t, this.policy.tsunagi?.replyDays))) : nothing}
          ${item(l.purpose, t.purpose)} ${item(l.shared, t.shared)}
          ${t.consentStatus ? item(l.consent, choiceText(h, CONSENT_STATUSES, t.consentStatus)) : nothing}
        </dl>
      </section>
      <section part="section" aria-labelledby="steps-title">
        <h3 id="steps-title">${l.sectionSteps}</h3>
        <ol>
          ${given.map(
            (s) =>
              html`<li>
                ${fillMessage(l.stepLine, { date: dateText(h, s.date), status: choiceText(h, TSUNAGI_STATUSES, s.status), side: side(s) })}
                ${s.reason ? html`<br />${l.reason}: ${choiceText(h, this.codeList('tsunagiReasons', TSUNAGI_REASONS), s.reason)}` : nothing}
                ${s.note ? html`<br />${s.note}` : nothing}
              </li>`,
          )}
        </ol>
      </section>
      ${at === undefined ? this.#ended(h, last) : this.#replyForm(h, at)}`;
  }

  #ended(h: SheetFields, last: TsunagiStep | undefined): TemplateResult | typeof nothing {
    if (!last || !(TSUNAGI_CLOSED as readonly string[]).includes(last.status)) return nothing;
    return html`<p role="status">${fillMessage(this.#l.closed, { status: choiceText(h, TSUNAGI_STATUSES, last.status) })}</p>`;
  }

  #replyForm(h: SheetFields, at: number): TemplateResult {
    const l = this.#l;
    const p = ['steps', at];
    const offered = new Set<string>(tsunagiNextFor({ steps: this.view.steps.slice(0, at) }, this.side));
    const choices = TSUNAGI_STATUSES.filter((s) => offered.has(s.code));
    const status = (this.view.steps[at] as Partial<TsunagiStep> | undefined)?.status;
    const needsReason = (TSUNAGI_REASON_REQUIRED as readonly string[]).includes(status ?? '');
    return html`<section part="section" aria-labelledby="reply-title">
      <h3 id="reply-title">${l.sectionReply}</h3>
      ${radioGroup(h, [...p, 'status'], l.status, choices)}
      ${needsReason ? selectField(h, [...p, 'reason'], l.reason, this.codeList('tsunagiReasons', TSUNAGI_REASONS)) : nothing}
      ${dateField(h, [...p, 'date'], l.date)}
      ${this.side === 'receiver' ? textField(h, ['receiver', 'name'], l.receiverName, { autocomplete: 'name' }) : nothing}
      ${textArea(h, [...p, 'note'], l.note)}
    </section>`;
  }
}
