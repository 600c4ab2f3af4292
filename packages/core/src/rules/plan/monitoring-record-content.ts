import { defineRule, blank } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';

/**
 * `plan.monitoringRecordContent`: A monitoring review says what was seen: a note, or at least one action's result.
 * @public
 */
export const planMonitoringRecordContent = defineRule({
  code: 'plan.monitoringRecordContent',
  severity: 'error',
  messages: {
    ja: 'モニタリングの内容か、行動ごとの結果を入力してください。',
    en: "Enter what the review found, or an action's result.",
  },
  check: function* (d: ActionPlan) {
    for (const [r, record] of (d.monitoring?.records ?? []).entries())
      if (blank(record.note) && !(record.actionResults ?? []).some((x) => x.status !== undefined || !blank(x.result)))
        yield { path: ['monitoring', 'records', r, 'note'] };
  },
});
