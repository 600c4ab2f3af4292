import { defineRule } from '../engine';
import type { Case } from '../../schema/case';

/**
 * `case.applicationOrder`: An application's steps are recorded in date order (相談, then 申請, then 決定): a step
 * dated before the one above it is usually a mistyped date, and the 支援実績 would count it in the wrong month.
 * @public
 */
export const caseApplicationOrder = defineRule({
  code: 'case.applicationOrder',
  severity: 'error',
  messages: {
    ja: '申請の経過が日付の順になっていません。日付を確かめてください。',
    en: 'The steps of the application are not in date order. Check the dates.',
  },
  check: function* (c: Case) {
    for (const [i, a] of (c.applications ?? []).entries())
      for (let k = 1; k < a.steps.length; k++)
        if (a.steps[k]!.date < a.steps[k - 1]!.date) yield { path: ['applications', i, 'steps', k, 'date'] };
  },
});
