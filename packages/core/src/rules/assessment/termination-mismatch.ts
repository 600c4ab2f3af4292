import { defineRule } from '../engine';
import type { Case } from '../../schema/case';

/**
 * `assessment.terminationMismatch`: An 評価 that decides 終結 agrees with the case: the case is closed (終結 in its status history) on or after the 評価's date. Deciding to close and leaving the case open is two records that disagree; close the case in the record, or choose 継続 or 中断.
 * @public
 */
export const assessmentTerminationMismatch = defineRule({
  code: 'assessment.terminationMismatch',
  severity: 'error',
  messages: {
    ja: '評価が「終結」ですが、ケースが終結していません。ケースを終結にするか、評価を見直してください。',
    en: 'The review decides to close the case, but the case is not closed. Close the case, or change the decision.',
  },
  check: function* (c: Case) {
    const closed = (c.statusHistory ?? []).filter((s) => s.status === 'terminated').map((s) => s.date);
    for (const [i, a] of (c.assessments ?? []).entries())
      if (a.evaluation?.decision === 'terminate' && !closed.some((d) => d >= a.assessedOn))
        yield { path: ['assessments', i, 'evaluation', 'decision'] };
  },
});
