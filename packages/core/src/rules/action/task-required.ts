import { defineRule } from '../define';
import type { ActionPlan } from '../../schema/action-plan';
import { blank, rule } from '../engine';

/**
 * `action.taskRequired`: An action says what will be done.
 * @public
 */
export const actionTaskRequiredMeta = defineRule({
  code: 'action.taskRequired',
  severity: 'error',
  messages: {
    ja: '行うことを入力してください。',
    en: 'Enter what will be done.',
  },
});

const META = actionTaskRequiredMeta;

export const actionTaskRequired = rule<ActionPlan>(
  META,
  function* (d) {
    for (const [i, a] of (d.actions ?? []).entries()) if (blank(a.task)) yield { path: ['actions', i, 'task'] };
  },
  [{ path: ['actions', '*', 'task'] }],
);
