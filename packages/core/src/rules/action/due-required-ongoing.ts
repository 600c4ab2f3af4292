import { defineRule } from '../define';
import type { ActionPlan } from '../../schema/action-plan';
import { rowAt, rule, type IssuePath } from '../engine';
import { ongoingAction } from '../plan-state';

/**
 * `action.dueRequiredOngoing`: An ongoing 見守り or an informal action (民生委員, neighbours, volunteers) has no due date: a warning, not an error, since such support has no end date in practice (seed 003's informal resources; 001 l.583: 情報共有や見守りなど、現段階でもできること). A policy that wants a date on every action sets it to `error`; one that never does, to `off`.
 * @public
 */
export const actionDueRequiredOngoingMeta = defineRule({
  code: 'action.dueRequiredOngoing',
  severity: 'warning',
  messages: {
    ja: '見守りやインフォーマルな支援にも、次に様子を確かめる日を期限として入れておくと、見直しの目安になります。',
    en: 'Ongoing watching or informal support: a date to check in again helps the review.',
  },
});

const META = actionDueRequiredOngoingMeta;

const ongoing = (p: ActionPlan, path: IssuePath): boolean => {
  const a = rowAt(p.actions, path);
  return !!a && a.status !== 'cancelled' && ongoingAction(a);
};

export const actionDueRequiredOngoing = rule<ActionPlan>(
  META,
  function* (d) {
    for (const [i, a] of (d.actions ?? []).entries()) if (!a.due && a.status !== 'cancelled' && ongoingAction(a)) yield { path: ['actions', i, 'due'] };
  },
  [{ path: ['actions', '*', 'due'], when: ongoing }],
);
