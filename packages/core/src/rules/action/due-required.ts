import { defineRule } from '../define';
import type { ActionPlan } from '../../schema/action-plan';
import { rowAt, rule, type IssuePath } from '../engine';
import { ongoingAction } from '../plan-state';

/**
 * `action.dueRequired`: Every formal, time-bound action that is not cancelled has a due date (盛岡: ホワイトボードに、どこの機関がいつまでに何をするか, seed 001 l.1079). Ongoing 見守り and informal actions have no due date in practice: `action.dueRequiredOngoing` asks for theirs, as a warning.
 * @public
 */
export const actionDueRequiredMeta = defineRule({
  code: 'action.dueRequired',
  severity: 'error',
  messages: {
    ja: '期限を入力してください。',
    en: 'Enter a due date.',
  },
});

const META = actionDueRequiredMeta;

/** The action a path points into is formal, time-bound and not cancelled. */
const timeBound = (p: ActionPlan, path: IssuePath): boolean => {
  const a = rowAt(p.actions, path);
  return !!a && a.status !== 'cancelled' && !ongoingAction(a);
};

export const actionDueRequired = rule<ActionPlan>(
  META,
  function* (d) {
    for (const [i, a] of (d.actions ?? []).entries()) if (!a.due && a.status !== 'cancelled' && !ongoingAction(a)) yield { path: ['actions', i, 'due'] };
  },
  [{ path: ['actions', '*', 'due'], when: timeBound }],
);
