import { defineRule } from '../engine';
import type { Case } from '../../schema/case';
import { TSUNAGI_NEXT, type TsunagiStatus } from '../../model/tsunagi';

/**
 * `tsunagi.statusOrder`: A つなぎ begins with its 依頼, and each status follows one that may precede it
 * (`TSUNAGI_NEXT`), on the same day or later: no 受理 before it was asked, nothing after つながった or 取消.
 * @public
 */
export const tsunagiStatusOrder = defineRule({
  code: 'tsunagi.statusOrder',
  severity: 'error',
  messages: {
    ja: 'つなぎの経過の順番が正しくありません（{status}の前に、{before}があります）。依頼から順に、日付の順で記録してください。',
    en: 'The steps of this referral are out of order ({status} after {before}). Record them from the request on, in date order.',
  },
  check: function* (c: Case) {
    for (const [i, t] of (c.tsunagi ?? []).entries()) {
      const first = t.steps[0];
      if (first && first.status !== 'requested') {
        yield { path: ['tsunagi', i, 'steps', 0, 'status'], params: { status: first.status, before: '-' } };
        continue;
      }
      for (let k = 1; k < t.steps.length; k++) {
        const before = t.steps[k - 1]!;
        const s = t.steps[k]!;
        if (typeof s.status !== 'string') continue; // a step still without its status: the structure asks for it
        const allowed = TSUNAGI_NEXT[before.status as TsunagiStatus] as readonly string[] | undefined;
        if (s.date < before.date) yield { path: ['tsunagi', i, 'steps', k, 'date'], params: { status: s.status, before: before.status } };
        else if (allowed && !allowed.includes(s.status))
          yield { path: ['tsunagi', i, 'steps', k, 'status'], params: { status: s.status, before: before.status } };
      }
    }
  },
});
