import { defineRule, blank, type RuleContext } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';
import { planTerminated } from '../../model/plan';
import { handsOn } from './successor-required';

/**
 * `termination.handOffRequired`: A closure that hands the case on says whom to call if something changes (異変時連絡, 東海村's ecomap: seed 003 l.520), so that the case can come back at once: 「いったん終結しても、多機関協働事業による進捗管理が必要な状況になった時に、すぐにつないでもらう関係ができていることも重要です」 (seed 001 l.696). Not asked when the reason hands the case to no one (転出, 死亡, 一定期間関与がない).
 * @public
 */
export const terminationHandOffRequired = defineRule({
  code: 'termination.handOffRequired',
  severity: 'error',
  messages: {
    ja: '異変時の連絡先（機関）を入力してください。',
    en: 'Enter whom to call if something changes (the agency).',
  },
  check: function* (d: ActionPlan, ctx: RuleContext) {
    if (planTerminated(d) && handsOn(d, ctx.policy) && blank(d.termination?.contactOnChange?.organization))
      yield { path: ['termination', 'contactOnChange', 'organization'] };
  },
  requires: [
    { path: ['termination', 'contactOnChange', 'organization'], when: (d, _path, policy) => planTerminated(d) && handsOn(d, policy) },
  ],
});
