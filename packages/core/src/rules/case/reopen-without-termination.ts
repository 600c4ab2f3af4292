import { defineRule } from '../engine';
import type { Case } from '../../schema/case';

/**
 * `case.reopenWithoutTermination`: A case re-opens only after it was terminated; its history is kept, never rewritten.
 * @public
 */
export const caseReopenWithoutTermination = defineRule({
  code: 'case.reopenWithoutTermination',
  severity: 'error',
  messages: {
    ja: '再開は終結の後にだけ記録できます。',
    en: 'A case can be re-opened only after it was terminated.',
  },
  check: function* (c: Case) {
    const h = c.statusHistory ?? [];
    for (let i = 0; i < h.length; i++)
      if (h[i]!.status === 'reopened' && h[i - 1]?.status !== 'terminated') yield { path: ['statusHistory', i, 'status'] };
  },
});
