import { defineRule, type RuleContext } from '../engine';
import type { Assessment } from '../../schema/assessment';

/**
 * `assessment.dateFuture`: An assessment records what was found: it is not dated after today (in Japan). A review planned for later is an action of the plan, not an assessment.
 * @public
 */
export const assessmentDateFuture = defineRule({
  code: 'assessment.dateFuture',
  severity: 'error',
  messages: {
    ja: 'アセスメントの日付が今日より後になっています。',
    en: 'This assessment is dated after today.',
  },
  check: function* (a: Assessment, ctx: RuleContext) {
    if (typeof a.assessedOn === 'string' && a.assessedOn > ctx.today) yield { path: ['assessedOn'] };
  },
});
