import { defineRule, rowAt, rule, type RuleMeta, type Rule } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';
import { ongoingAction } from '../../model/plan';

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

/** Actions that are not cancelled, formal and time-bound (`ongoing` false) or 見守り/informal (true), have a due date. */
export function dueRequired(ongoing: boolean, meta: RuleMeta): Rule<ActionPlan> {
  const asked = (a: ActionPlan['actions'][number] | undefined): boolean => !!a && a.status !== 'cancelled' && ongoingAction(a) === ongoing;
  return rule<ActionPlan>(
    meta,
    function* (d) {
      for (const [i, a] of (d.actions ?? []).entries()) if (!a.due && asked(a)) yield { path: ['actions', i, 'due'] };
    },
    [{ path: ['actions', '*', 'due'], when: (p, path) => asked(rowAt(p.actions, path)) }],
  );
}

export const actionDueRequired = dueRequired(false, actionDueRequiredMeta);
