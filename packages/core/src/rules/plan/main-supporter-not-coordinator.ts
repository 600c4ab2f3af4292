import { defineRule } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';
import { planTerminated } from '../../model/plan';

/**
 * `plan.mainSupporterNotCoordinator`: The coordinator's office is never the main supporter (主たる支援者): it coordinates and follows progress, the agencies act. Off nationally; 坂井 makes it an error: 「相談支援包括化推進員はケースを持たない（対象者への直接支援は行わない）」 (seed 001 l.1693). 福山 watches the same after a 支援会議 in its report (seed 000 l.696).
 * @public
 */
export const planMainSupporterNotCoordinator = defineRule({
  code: 'plan.mainSupporterNotCoordinator',
  severity: 'off',
  messages: {
    ja: 'コーディネーター（多機関協働事業者）は主たる支援者になりません。支援の主体となる関係機関を選んでください。',
    en: 'The coordinator is not the main supporter: choose the agency that acts.',
  },
  check: function* (d: ActionPlan) {
    if (!planTerminated(d) && d.team?.mainSupporterIsCoordinator === true) yield { path: ['team', 'mainSupporterIsCoordinator'] };
  },
});
