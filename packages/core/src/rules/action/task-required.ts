import { defineRule, blank } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';

/**
 * `action.taskRequired`: An action says what will be done.
 * @public
 */
export const actionTaskRequired = defineRule({
  code: 'action.taskRequired',
  severity: 'error',
  messages: {
    ja: '行うことを入力してください。',
    en: 'Enter what will be done.',
  },
  check: function* (d: ActionPlan) {
    for (const [i, a] of (d.actions ?? []).entries()) if (blank(a.task)) yield { path: ['actions', i, 'task'] };
  },
  requires: [{ path: ['actions', '*', 'task'] }],
});
