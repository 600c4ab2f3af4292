import { defineRule } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';

/**
 * `plan.monitoringReference`: Who monitors is one of the plan's team members, and each action's result at a review
 * is for one of the plan's actions, once per review.
 * @public
 */
export const planMonitoringReference = defineRule({
  code: 'plan.monitoringReference',
  severity: 'error',
  messages: {
    ja: 'この計画にないメンバーか行動が選ばれているか、同じ行動の結果が2回あります。',
    en: "This names a member or action that is not in this plan, or gives one action's result twice.",
  },
  check: function* (d: ActionPlan) {
    const m = d.monitoring;
    if (!m) return;
    if (m.byId !== undefined && !(d.members ?? []).some((x) => x.id === m.byId)) yield { path: ['monitoring', 'byId'] };
    const actions = new Set((d.actions ?? []).map((a) => a.id));
    for (const [r, record] of (m.records ?? []).entries()) {
      const seen = new Set<string>();
      for (const [k, x] of (record.actionResults ?? []).entries()) {
        if (!actions.has(x.actionId) || seen.has(x.actionId)) yield { path: ['monitoring', 'records', r, 'actionResults', k, 'actionId'] };
        seen.add(x.actionId);
      }
    }
  },
});
