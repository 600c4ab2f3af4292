import { defineRule } from '../engine';
import type { Case } from '../../schema/case';
import { CASE_STATUS_NEXT } from '../../case-work';

/**
 * `case.statusOrder`: The status history runs forward in time, starts with 受付, and follows the case's life (`CASE_STATUS_NEXT`).
 * @public
 */
export const caseStatusOrder = defineRule({
  code: 'case.statusOrder',
  severity: 'error',
  messages: {
    ja: 'ケースの状況の順序または日付が正しくありません。',
    en: 'The case statuses are out of order or misdated.',
  },
  check: function* (c: Case) {
    const h = c.statusHistory ?? [];
    if (h.length > 0 && h[0]!.status !== 'opened') yield { path: ['statusHistory', 0, 'status'] };
    for (let i = 1; i < h.length; i++) {
      const prev = h[i - 1]!;
      const cur = h[i]!;
      if (cur.date < prev.date) yield { path: ['statusHistory', i, 'date'] };
      else if (cur.status !== 'reopened' && !(CASE_STATUS_NEXT[prev.status] ?? []).includes(cur.status))
        yield { path: ['statusHistory', i, 'status'] };
    }
  },
});
