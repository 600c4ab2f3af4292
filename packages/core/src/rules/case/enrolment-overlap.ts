import { defineRule } from '../engine';
import type { Case } from '../../schema/case';

/**
 * `case.enrolmentOverlap`: A case is in a 事業 once at a time: two enrolments in the same 事業 whose periods overlap
 * would count it twice in 「各事業の相談受付件数」 (seed 001 l.851). A warning: end the first, or merge them.
 * @public
 */
export const caseEnrolmentOverlap = defineRule({
  code: 'case.enrolmentOverlap',
  severity: 'warning',
  messages: {
    ja: '同じ事業の期間が重なっています。前の期間を終えるか、1つにまとめてください。',
    en: 'Two enrolments in the same programme overlap. End the first, or merge them.',
  },
  check: function* (c: Case) {
    const list = c.enrolments ?? [];
    for (const [j, b] of list.entries())
      if (list.some((a, i) => i < j && a.program === b.program && a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31')))
        yield { path: ['enrolments', j, 'from'] };
  },
});
