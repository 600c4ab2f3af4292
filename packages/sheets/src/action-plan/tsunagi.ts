// An action of kind つなぎ and its つなぎ: each one's receiver and where it stands, and a button that asks the case
// record (or the portal) to record one. The plan holds actions; the つなぎ live in the case (`tsunagiOfPlan`).
import { html, nothing, type TemplateResult } from 'lit';
import { TSUNAGI_STATUSES, fillMessage, tsunagiStatus, type Action, type Tsunagi } from '@tsunagu/core';
import type { SheetFields } from '../kit/field-host';
import { choiceText } from '../kit/choices';
import { dateText } from '../kit/fields';
import { aside } from '../kit/ui-strings';
import type { ACTION_PLAN_LABELS } from './labels';

/**
 * The plan's actions of kind つなぎ, each with its つなぎ (receiver, status, date) and a button to record one; nothing
 * when the plan has none. Shown in every mode, under the actions: read-only, the actions are a table.
 */
export function actionTsunagi(
  h: SheetFields,
  l: (typeof ACTION_PLAN_LABELS)['ja' | 'en'],
  actions: readonly Action[],
  tsunagi: readonly Tsunagi[],
  start: (a: Action) => (() => void) | undefined,
): TemplateResult | typeof nothing {
  const referrals = actions.map((a, i) => [a, i] as const).filter(([a]) => a?.kind === 'referral');
  if (referrals.length === 0) return nothing;
  const line = (t: Tsunagi) =>
    fillMessage(l.tsunagiLine, {
      organization: t.receiver.organization || l.tsunagiUnnamed,
      status: choiceText(h, TSUNAGI_STATUSES, tsunagiStatus(t)),
      date: dateText(h, t.steps[t.steps.length - 1]?.date),
    });
  return html`<h4 id="action-tsunagi">${l.actionTsunagi}</h4>
    <ul aria-labelledby="action-tsunagi" class="action-tsunagi">
      ${referrals.map(([a, i]) => {
        const own = tsunagi.filter((t) => t.actionId === a.id);
        const onStart = start(a);
        return html`<li>
          <strong>${fillMessage(l.action, { n: i + 1 })}</strong>${a.task ? html` ${a.task}` : nothing}
          ${own.length ? html`<ul>${own.map((t) => html`<li>${line(t)}</li>`)}</ul>` : nothing}
          ${onStart ? html`<button type="button" part="button" class="no-print" aria-label=${aside(h.locale, l.startTsunagi, fillMessage(l.action, { n: i + 1 }))} ?disabled=${h.disabled} @click=${onStart}>${l.startTsunagi}</button>` : nothing}
        </li>`;
      })}
    </ul>`;
}
