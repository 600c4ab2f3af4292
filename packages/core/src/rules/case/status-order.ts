import { defineRule } from '../define';
import type { Case } from '../../schema/case';
import { rule } from '../engine';

/**
 * `case.statusOrder`: The status history runs forward in time, starts with 受付, and follows the case's life.
 * @public
 */
export const caseStatusOrderMeta = defineRule({
  code: 'case.statusOrder',
  severity: 'error',
  messages: {
    ja: 'ケースの状況の順序または日付が正しくありません。',
    en: 'The case statuses are out of order or misdated.',
  },
});

const META = caseStatusOrderMeta;

const ALLOWED_NEXT: Readonly<Record<string, readonly string[]>> = {
  opened: ['coordinating', 'planRunning', 'monitoring', 'suspended', 'terminated'],
  coordinating: ['planRunning', 'monitoring', 'suspended', 'terminated', 'coordinating'],
  planRunning: ['monitoring', 'coordinating', 'suspended', 'terminated', 'planRunning'],
  monitoring: ['planRunning', 'coordinating', 'suspended', 'terminated', 'monitoring'],
  suspended: ['coordinating', 'planRunning', 'monitoring', 'terminated'],
  terminated: ['reopened'],
  reopened: ['coordinating', 'planRunning', 'monitoring', 'suspended', 'terminated'],
};

export const caseStatusOrder = rule<Case>(META, function* (c) {
  const h = c.statusHistory ?? [];
  if (h.length > 0 && h[0]!.status !== 'opened') yield { path: ['statusHistory', 0, 'status'] };
  for (let i = 1; i < h.length; i++) {
    const prev = h[i - 1]!;
    const cur = h[i]!;
    if (cur.date < prev.date) yield { path: ['statusHistory', i, 'date'] };
    else if (cur.status !== 'reopened' && !(ALLOWED_NEXT[prev.status] ?? []).includes(cur.status)) yield { path: ['statusHistory', i, 'status'] };
  }
});
