// つなぎ: the case handed on to agencies and services, each with its steps to the outcome, and the ones still open
// (返事待ち, 期限切れ, 結果待ち) listed first. The core says what each status allows and when a reply is late.
import { html, nothing, type TemplateResult } from 'lit';
import {
  FIELDS,
  TSUNAGI_SIDES,
  TSUNAGI_STATUSES,
  TSUNAGI_REASONS,
  emptyTsunagi,
  fillMessage,
  fullName,
  openTsunagi,
  tsunagiFromAction,
  tsunagiOfPlan,
  tsunagiStatus,
  type ActionPlan,
  type IssuePath,
  type Tsunagi,
  type TsunagiStep,
  type Vocabulary,
} from '@tsunagu/core';
import type { SheetFields } from '../kit/field-host';
import { dateField, dateText, textArea, textField } from '../kit/fields';
import { checkboxGroup, choiceText, selectField } from '../kit/choices';
import { rows } from '../kit/rows';
import { fieldId } from '../kit/paths';
import type { TsunagiActionRef } from '../kit/events';
import { newId } from '../kit/ids';
import { labelsOf, type RecordContext } from './context';
import { CASE_RECORD_LABELS } from './labels';

/** The section: the open つなぎ, then every つなぎ with its steps. */
export function renderTsunagi(ctx: RecordContext, h: SheetFields): TemplateResult {
  const l = labelsOf(ctx);
  const v = ctx.view;
  const today = ctx.referenceDate();
  const statuses = TSUNAGI_STATUSES as Vocabulary;
  const reasons = ctx.codeList('tsunagiReasons', TSUNAGI_REASONS);
  const fields = ctx.codeList('fields', FIELDS);
  const [ja, en] = [CASE_RECORD_LABELS.ja, CASE_RECORD_LABELS.en];
  const sides: Vocabulary = [
    { code: TSUNAGI_SIDES[0], ja: ja.sideRequester, en: en.sideRequester },
    { code: TSUNAGI_SIDES[1], ja: ja.sideReceiver, en: en.sideReceiver },
  ];
  const people: Vocabulary = [v.household.person, ...v.household.members].flatMap((p, i) =>
    p.id
      ? [{ code: p.id, ja: fullName(p) || fillMessage(l.unnamed, { n: i + 1 }), en: fullName(p) || fillMessage(l.unnamed, { n: i + 1 }) }]
      : [],
  );
  const open = openTsunagi(v, today, ctx.policy.tsunagi?.replyDays);
  const wait = (o: (typeof open)[number]) =>
    o.waits === 'outcome'
      ? l.waitsOutcome
      : fillMessage(o.waits === 'overdue' ? l.waitsOverdue : l.waitsReply, { date: dateText(h, o.replyBy) });
  const now = (t: Tsunagi) => choiceText(h, statuses, tsunagiStatus(t));
  return html`<section part="section" aria-labelledby="tsunagi-title">
    <h3 id="tsunagi-title">${l.sectionTsunagi}</h3>
    <h4 id="tsunagi-open">${l.openTsunagi}</h4>
    ${
      open.length === 0
        ? html`<p>${h.ui.none}</p>`
        : html`<ul aria-labelledby="tsunagi-open">
          ${open.map((o) => html`<li class=${o.waits === 'overdue' ? 'overdue' : ''}>${o.tsunagi.receiver.organization || h.ui.none} — ${wait(o)}</li>`)}
        </ul>`
    }
    ${rows<Tsunagi>(h, ['tsunagi'], {
      label: l.tsunagiList,
      itemLabel: (i) => fillMessage(l.tsunagiN, { n: i + 1 }),
      addLabel: l.addTsunagi,
      // The receiver is typed next: until then the core asks for it.
      create: () => emptyTsunagi(today, newId('tg')),
      columns: [
        { label: l.receiver, text: (t) => t.receiver.organization },
        { label: l.tsunagiFor, text: (t) => choiceText(h, people, t.memberIds) },
        { label: l.requestedOn, text: (t) => dateText(h, t.steps[0]?.date) },
        { label: l.tsunagiStatus, text: now },
      ],
      renderRow: (p: IssuePath) => html`
        <div class="grid-2">
          ${textField(h, [...p, 'receiver', 'organization'], l.receiver, { autocomplete: 'organization' })}
          ${selectField(h, [...p, 'receiver', 'field'], l.receiverField, fields)}
          ${textField(h, [...p, 'requester', 'organization'], l.requester, { autocomplete: 'organization' })}
        </div>
        ${people.length ? checkboxGroup(h, [...p, 'memberIds'], l.tsunagiFor, people) : nothing}
        ${textArea(h, [...p, 'purpose'], l.tsunagiPurpose)} ${textArea(h, [...p, 'shared'], l.tsunagiShared)}
        ${rows<TsunagiStep>(h, [...p, 'steps'], {
          label: l.steps,
          itemLabel: (i) => fillMessage(l.step, { n: i + 1 }),
          addLabel: l.addStep,
          create: () => ({ date: today }) as TsunagiStep, // the status is chosen next: until then the core asks for it
          renderRow: (q: IssuePath) => html`
            <div class="grid-2">
              ${selectField(h, [...q, 'status'], l.tsunagiStatus, statuses)} ${dateField(h, [...q, 'date'], l.stepDate)}
              ${selectField(h, [...q, 'by'], l.stepBy, sides)} ${selectField(h, [...q, 'reason'], l.stepReason, reasons)}
            </div>
            ${textArea(h, [...q, 'note'], l.stepNote)}
          `,
        })}
      `,
    })}
  </section>`;
}

/** A つなぎ step on the timeline: the receiver and the status, the reason and the note when recorded. */
export function tsunagiEntry(
  ctx: RecordContext,
  h: SheetFields,
  path: IssuePath,
  line: (label: string, text: string | undefined) => TemplateResult | typeof nothing,
): TemplateResult {
  const l = labelsOf(ctx);
  const t = ctx.view.tsunagi![path[1] as number]!;
  const step = t.steps[path[3] as number]!;
  const status = choiceText(h, TSUNAGI_STATUSES, step.status);
  const reason = step.reason ? choiceText(h, ctx.codeList('tsunagiReasons', TSUNAGI_REASONS), step.reason) : undefined;
  return html`${line('', `${t.receiver.organization}${ctx.t.labelSeparator}${status}`)}${line(l.stepReason, reason)}${line(l.stepNote, step.note)}`;
}

/**
 * A plan shown in place: its sheet is given the つなぎ made from its actions (when they changed), is disabled when the
 * record cannot be edited, and asks the record to record a つなぎ — added to the case from the plan's action, with
 * focus on its receiver, the field to fill next.
 */
export function planInPlace(
  ctx: RecordContext,
  sheet: HTMLElement & { tsunagi?: readonly Tsunagi[] },
  plan: ActionPlan,
  created: boolean,
): void {
  const own = tsunagiOfPlan(ctx.view, plan);
  const was = sheet.tsunagi ?? [];
  if (own.length !== was.length || own.some((t, i) => t !== was[i])) sheet.tsunagi = own;
  sheet.toggleAttribute('disabled', ctx.isReadonly || ctx.isDisabled);
  if (created) sheet.addEventListener('tsunagu-start-tsunagi', (e) => startTsunagi(ctx, e.detail));
}

function startTsunagi(ctx: RecordContext, ref: TsunagiActionRef): void {
  const plan = ctx.view.plans.find((p) => p.id === ref.planId);
  const t = plan && !ctx.isReadonly && tsunagiFromAction(plan, ref.actionId, { id: newId('tg'), today: ctx.referenceDate() });
  if (!t) return;
  const list = ctx.view.tsunagi ?? [];
  ctx.edit(['tsunagi'], [...list, t]);
  ctx.focus_.focusLater(fieldId(['tsunagi', list.length, 'receiver', 'organization']));
}
