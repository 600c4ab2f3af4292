// Status changes, with their rules shown first: the change being prepared is a small form of its own,
// checked as the case it would make, so that the coordinator sees what the rules ask of it (a hand-off
// at 終結, the meeting that decided it) before recording it.
import { html, nothing, type PropertyValues, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  CASE_STATUSES,
  changeCaseStatus,
  fillMessage,
  nextCaseStatuses,
  planInForce,
  type FormDefinition,
  type Case,
  type Issue,
  type IssuePath,
  type StatusChange,
  type Vocabulary,
} from '@tsunagu/core';
import { DocumentState } from '../kit/document';
import { IssueVisibility } from '../kit/issues';
import { sheetFieldsFor, type SheetFields } from '../kit/field-host';
import { dateField, dateText, textArea, textField } from '../kit/fields';
import { choiceText, radioGroup, selectField } from '../kit/choices';
import { fieldId } from '../kit/paths';
import { closureFields, documents, meetingText, labelsOf, type RecordContext } from './context';

/** The status change being prepared, under its own root so its field ids are its own. */
interface Pending {
  change: Partial<StatusChange>;
}

const issueKey = (i: Issue) => `${i.code}@${i.path.join('.')}`;

/** The status-change section of the case record: its form, its check against the rules, and the change it records. */
export class StatusChangeForm {
  readonly #ctx: RecordContext;
  readonly #form: FormDefinition<Case>;
  readonly #pending: DocumentState<Pending>;
  readonly #issues = new IssueVisibility();
  /** The issues the prepared change would bring, at its fields. */
  #fresh: readonly Issue[] = [];
  readonly #fields: SheetFields;

  constructor(host: ReactiveControllerHost, ctx: RecordContext, form: FormDefinition<Case>) {
    this.#ctx = ctx;
    this.#form = form;
    this.#pending = new DocumentState<Pending>(host, () => ({ change: { date: ctx.referenceDate() } }));
    this.#fields = sheetFieldsFor({
      state: ctx.fields,
      update: () => ctx.requestUpdate(),
      doc: this.#pending,
      issues: this.#issues,
      focus: ctx.focus_,
      edit: (path, value) => {
        this.#pending.edit(path, value);
        this.#check();
        ctx.requestUpdate();
      },
      required: (path) => this.#issues.all.some((i) => i.code === 'field.required' && i.path.join('.') === path.join('.')),
      maxItems: () => undefined,
    });
  }

  /** Before the element renders: a new reference date empties the form's date; the change is checked against the case as it is now. */
  willUpdate(changed: PropertyValues): void {
    if (changed.has('today')) this.#pending.refreshEmpty();
    // The prepared change is checked against the case as it is now, in the current language and policy.
    if (this.#pending.doc.change.status) this.#check();
  }

  /** The case the prepared change would make, and the issues it would bring, at the fields of the change. */
  #check(): void {
    const ctx = this.#ctx;
    const change = this.#pending.doc.change;
    if (!change.status) {
      this.#fresh = [];
      this.#issues.set([]);
      return;
    }
    const before = new Set(ctx.issues.all.map(issueKey));
    const next = changeCaseStatus(ctx.value, { date: '', ...change } as StatusChange);
    const result = this.#form.validate(next, { locale: ctx.locale, policy: ctx.policy, today: ctx.referenceDate() });
    const n = ctx.value.statusHistory.length;
    const j = change.date ? planInForce(ctx.value, change.date) : undefined;
    const at = (path: IssuePath): IssuePath | undefined => {
      if (path[0] === 'statusHistory' && path[1] === n) return ['change', ...path.slice(2)];
      if (path[0] === 'plans' && path[1] === j && path[2] === 'termination')
        return path[3] === 'date'
          ? ['change', 'date']
          : path[3] === 'decidedInMeetingId'
            ? ['change', 'meetingId']
            : ['change', ...path.slice(2)];
      return undefined;
    };
    // What the change would bring: the issues of the case it makes that the case has not already, at the change's fields.
    this.#fresh = result.issues.filter((i) => !before.has(issueKey(i))).map((i) => ({ ...i, path: at(i.path) ?? i.path }));
    this.#issues.set(this.#fresh);
  }

  render(): TemplateResult {
    const ctx = this.#ctx;
    const l = labelsOf(ctx);
    const h = this.#fields;
    const v = ctx.view;
    const change = this.#pending.doc.change;
    const last = v.statusHistory.at(-1);
    const statuses = CASE_STATUSES.filter((s) => nextCaseStatuses(v).includes(s.code));
    const meetings: Vocabulary = v.meetings
      .filter((m) => m.id)
      .map((m) => ({
        code: m.id!,
        ja: meetingText(ctx, m.meeting.date, m.meeting.legalKind),
        en: meetingText(ctx, m.meeting.date, m.meeting.legalKind),
      }));
    const referrals = documents(ctx).filter((d) => v.referrals.some((r) => r.id === d.code));
    const errors = this.#fresh.filter((i) => i.severity === 'error');
    return html`<section part="section" aria-labelledby="status-title">
      <h3 id="status-title">${l.sectionStatus}</h3>
      ${last ? html`<p>${fillMessage(l.currentStatus, { status: choiceText(ctx.fields, CASE_STATUSES, last.status), date: dateText(ctx.fields, last.date) })}</p>` : nothing}
      ${radioGroup(h, ['change', 'status'], l.nextStatus, statuses)}
      ${
        change.status
          ? html`${dateField(h, ['change', 'date'], l.date)}
            ${textArea(h, ['change', 'note'], l.statusNote)}
            <div class="grid-2">
              ${textField(h, ['change', 'decidedBy', 'organization'], l.decidedByOrganization, { autocomplete: 'organization' })}
              ${textField(h, ['change', 'decidedBy', 'name'], l.decidedByName)}
            </div>
            ${selectField(h, ['change', 'meetingId'], l.meeting, meetings)}
            ${change.status === 'reopened' ? selectField(h, ['change', 'referralId'], l.referral, referrals, { hint: l.referralHint }) : nothing}
            ${change.status === 'terminated' ? closureFields(ctx, h, ['change', 'termination']) : nothing}
            ${this.#renderRules()}`
          : nothing
      }
      <div class="actions">
        <button type="button" part="button" class="primary" id="status-confirm" ?disabled=${ctx.isDisabled} aria-describedby=${errors.length ? 'status-rules' : nothing} @click=${() => this.#confirm()}>${l.confirm}</button>
        ${change.status ? html`<button type="button" part="button" @click=${() => this.#reset()}>${l.cancel}</button>` : nothing}
      </div>
    </section>`;
  }

  /** What the rules ask of the change, each linked to its field. */
  #renderRules(): TemplateResult {
    const ctx = this.#ctx;
    const l = labelsOf(ctx);
    return html`<div class="rules ${this.#fresh.length ? '' : 'clear'}" id="status-rules" tabindex="-1" role="group" aria-labelledby="status-rules-title">
      <p id="status-rules-title"><strong>${l.rulesTitle}</strong></p>
      ${
        this.#fresh.length === 0
          ? html`<p>${l.rulesNone}</p>`
          : html`<p>${l.rulesIntro}</p><ul>${this.#fresh.map(
              (i) =>
                html`<li>${i.severity === 'error' ? '＊' : ctx.t.warning}${
                  i.path[0] === 'change'
                    ? html`<a href="#${this.#issues.anchor(i.path)}" @click=${(e: Event) => {
                        e.preventDefault();
                        void ctx.focus_.goTo(this.#issues.anchor(i.path));
                      }}>${this.#issues.summaryText(i, ctx.t.labelSeparator)}</a>`
                    : i.message
                }</li>`,
            )}</ul>`
      }
    </div>`;
  }

  #reset(): void {
    this.#pending.load(undefined);
    this.#issues.clear();
    this.#check();
    this.#ctx.requestUpdate();
  }

  #confirm(): void {
    const ctx = this.#ctx;
    const change = this.#pending.doc.change;
    if (!change.status) {
      ctx.focus_.announce(labelsOf(ctx).chooseStatus);
      ctx.focus_.focusLater(fieldId(['change', 'status']));
      return;
    }
    this.#check();
    if (this.#fresh.some((i) => i.severity === 'error')) {
      this.#issues.submitted = true;
      ctx.focus_.focusLater('status-rules');
      ctx.requestUpdate();
      return;
    }
    const before = ctx.value;
    const next = changeCaseStatus(before, change as StatusChange);
    ctx.edit(['statusHistory'], next.statusHistory);
    if (next.plans !== before.plans) ctx.edit(['plans'], next.plans);
    ctx.focus_.announce(fillMessage(labelsOf(ctx).statusChanged, { status: choiceText(ctx.fields, CASE_STATUSES, change.status) }));
    this.#reset();
    ctx.focus_.focusLater('timeline-title');
  }
}
