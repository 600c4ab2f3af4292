// The action plan's monitoring: when next, who monitors, and each review — by whom, what was seen, each action's result.
import { html, nothing, type TemplateResult } from 'lit';
import {
  ACTION_STATUSES,
  fillMessage,
  type ActionPlan,
  type ActionResult,
  type IssuePath,
  type Issue,
  type MonitoringRecord,
  type Vocabulary,
} from '@tsunagu/core';
import { peopleChoices, type SheetFields } from '../kit/field-host';
import { dateField, dateText, textArea, textField } from '../kit/fields';
import { choiceText, selectField } from '../kit/choices';
import { rows } from '../kit/rows';
import { aside, joinList } from '../kit/ui-strings';
import type { ACTION_PLAN_LABELS } from './labels';

type Labels = (typeof ACTION_PLAN_LABELS)['ja' | 'en'];

/** The plan's actions as choices, by id: their task (shortened), with the owner's number when there is no task. */
function actionChoices(v: ActionPlan, l: Labels): Vocabulary {
  return v.actions.map((a, i) => {
    const task = (a.task ?? '').trim();
    const t = task ? (task.length > 30 ? `${task.slice(0, 29)}…` : task) : fillMessage(l.actionN, { n: i + 1 });
    return { code: a.id, ja: t, en: t };
  });
}

/** The monitoring section of the action-plan sheet. `alert` is the core's monitoring issue to announce, if any. */
export function monitoringSection(
  h: SheetFields,
  v: ActionPlan,
  l: Labels,
  today: string,
  alert: Issue | undefined,
  readonly: boolean,
): TemplateResult {
  const actions = actionChoices(v, l);
  const results = (r: MonitoringRecord) =>
    joinList(
      h.locale,
      (r.actionResults ?? []).map((x) => {
        const what = actions.find((a) => a.code === x.actionId)?.[h.locale] ?? x.actionId;
        const status = x.status ? choiceText(h, ACTION_STATUSES, x.status) : '';
        return aside(h.locale, what, joinList(h.locale, [status, x.result ?? ''].filter(Boolean)));
      }),
    );
  return html`<section part="section">
    <h3>${l.sectionMonitoring}</h3>
    ${alert && !readonly ? html`<p class="live ${alert.severity}" role="status">${l.monitoringAlert}${alert.message}</p>` : nothing}
    <div class="grid-2">
      ${dateField(h, ['monitoring', 'nextDate'], l.nextDate)}
      ${dateField(h, ['monitoring', 'nextMeetingDate'], l.nextMeetingDate)}
      ${selectField(h, ['monitoring', 'byId'], l.monitoredBy, peopleChoices(v.members, l.member), { hint: l.monitoredByHint })}
      ${textField(h, ['monitoring', 'byOrganization'], l.monitoredByOrganization, { autocomplete: 'organization' })}
    </div>
    ${rows<MonitoringRecord>(h, ['monitoring', 'records'], {
      label: l.records,
      itemLabel: (i) => fillMessage(l.record, { n: i + 1 }),
      addLabel: l.addRecord,
      create: () => ({ date: today }),
      columns: [
        { label: l.recordDate, text: (r) => dateText(h, r.date) },
        { label: l.recordBy, text: (r) => [r.by?.organization, r.by?.name].filter(Boolean).join(' ') },
        { label: l.recordNote, text: (r) => r.note ?? '' },
        { label: l.actionResults, text: results },
      ],
      renderRow: (p: IssuePath) => html`
        <div class="grid-2">
          ${dateField(h, [...p, 'date'], l.recordDate)}
          ${textField(h, [...p, 'by', 'organization'], l.recordByOrganization, { autocomplete: 'organization' })}
          ${textField(h, [...p, 'by', 'name'], l.recordByName)}
        </div>
        ${textArea(h, [...p, 'note'], l.recordNote)}
        ${rows<ActionResult>(h, [...p, 'actionResults'], {
          label: l.actionResults,
          itemLabel: (i) => fillMessage(l.actionResult, { n: i + 1 }),
          addLabel: l.addActionResult,
          create: () => ({}) as ActionResult, // the action is chosen next: until then the core asks for it
          renderRow: (q: IssuePath) => html`
            <div class="grid-2">
              ${selectField(h, [...q, 'actionId'], l.resultAction, actions)}
              ${selectField(h, [...q, 'status'], l.actionStatus, ACTION_STATUSES)}
            </div>
            ${textArea(h, [...q, 'result'], l.result)}
          `,
        })}
      `,
    })}
  </section>`;
}
