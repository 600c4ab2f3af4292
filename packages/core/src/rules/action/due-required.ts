import { defineRule } from '../define';
import type { ActionPlan } from '../../schema/action-plan';
import { rowAt, rule, type IssuePath } from '../engine';

/**
 * `action.dueRequired`: Every action that is not cancelled has a due date (盛岡: どこの機関がいつまでに何をするか).
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

/** The action a path points into is not cancelled (a cancelled action needs no due date). */
const notCancelled = (p: ActionPlan, path: IssuePath): boolean => rowAt(p.actions, path)?.status !== 'cancelled';

export const actionDueRequired = rule<ActionPlan>(
  META,
  function* (d) {
    for (const [i, a] of (d.actions ?? []).entries()) if (!a.due && a.status !== 'cancelled') yield { path: ['actions', i, 'due'] };
  },
  [{ path: ['actions', '*', 'due'], when: notCancelled }],
);
