import { defineRule } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';

/**
 * `action.dueBeforePlan`: An open action is due on or after the plan date. Done or cancelled actions carried into a revised plan keep their history and are not checked.
 * @public
 */
export const actionDueBeforePlan = defineRule({
  code: 'action.dueBeforePlan',
  severity: 'error',
  messages: {
    ja: '期限が計画作成日より前になっています。新しい期限を入力してください。',
    en: 'The due date is before the plan date. Enter a new due date.',
  },
  check: function* (d: ActionPlan) {
    for (const [i, a] of (d.actions ?? []).entries())
      if (a.due && d.planDate && a.due < d.planDate && a.status !== 'done' && a.status !== 'cancelled')
        yield { path: ['actions', i, 'due'] };
  },
});
