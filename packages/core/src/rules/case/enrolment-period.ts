import { defineRule } from '../engine';
import type { Case } from '../../schema/case';

/**
 * `case.enrolmentPeriod`: An enrolment in a 事業 ends on or after the day it began.
 * @public
 */
export const caseEnrolmentPeriod = defineRule({
  code: 'case.enrolmentPeriod',
  severity: 'error',
  messages: {
    ja: '事業の終了日が開始日より前になっています。',
    en: 'The enrolment ends before it begins.',
  },
  check: function* (c: Case) {
    for (const [i, e] of (c.enrolments ?? []).entries())
      if (e.to !== undefined && e.from !== undefined && e.to < e.from) yield { path: ['enrolments', i, 'to'] };
  },
});
