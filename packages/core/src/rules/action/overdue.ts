import { defineRule, type RuleContext } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';
import { isOverdue } from '../../dates';
import { planActive } from '../../model/plan';

/**
 * `action.overdue`: An open action of an active plan is past its due date.
 * @public
 */
export const actionOverdue = defineRule({
  code: 'action.overdue',
  severity: 'warning',
  messages: {
    ja: '期限を過ぎています。状況を確認してください。',
    en: 'This action is overdue. Check how it stands.',
  },
  check: function* (d: ActionPlan, ctx: RuleContext) {
    if (!planActive(d)) return;
    for (const [i, a] of (d.actions ?? []).entries()) if (isOverdue(a.due, a.status, ctx.today)) yield { path: ['actions', i, 'due'] };
  },
});
