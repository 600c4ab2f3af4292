import { defineRule, blank } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';
import { planActive } from '../../model/plan';

const asked = (d: ActionPlan): boolean => planActive(d);

/**
 * `plan.monitorRequired`: An active plan says who monitors it — a team member or an organization. Once the main
 * supporter runs the case, the coordinator's office monitors it (坂井, seed 001 l.1677; 高島, l.2036), or another
 * agency does (米子's えしこに, l.2251): a review nobody owns does not happen. A warning: the plan can be made first.
 * @public
 */
export const planMonitorRequired = defineRule({
  code: 'plan.monitorRequired',
  severity: 'warning',
  messages: {
    ja: 'モニタリングをする人（チームのメンバーか機関）を入力してください。',
    en: 'Enter who monitors the plan (a team member or an agency).',
  },
  check: function* (d: ActionPlan) {
    if (asked(d) && blank(d.monitoring?.byId) && blank(d.monitoring?.byOrganization)) yield { path: ['monitoring', 'byId'] };
  },
  requires: [{ path: ['monitoring', 'byId'], when: asked }],
});
