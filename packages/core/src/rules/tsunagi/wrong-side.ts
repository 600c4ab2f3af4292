import { defineRule } from '../engine';
import type { Case } from '../../schema/case';
import { TSUNAGI_SETTERS, type TsunagiStatus } from '../../model/tsunagi';

/**
 * `tsunagi.wrongSide`: Each side sets its own statuses (`TSUNAGI_SETTERS`): the side that asks sets 依頼 and 取消, the
 * receiving agency 受理 and 辞退, either the outcome. Checked when a step says who set it (`by`); a portal that
 * lets the receiver reply through `<tsunagu-referral-reply>` records it.
 * @public
 */
export const tsunagiWrongSide = defineRule({
  code: 'tsunagi.wrongSide',
  severity: 'error',
  messages: {
    ja: 'この状態（{status}）は、{side}が記録するものではありません。',
    en: 'This status ({status}) is not for the {side} to record.',
  },
  check: function* (c: Case) {
    for (const [i, t] of (c.tsunagi ?? []).entries())
      for (const [k, s] of t.steps.entries()) {
        const may = TSUNAGI_SETTERS[s.status as TsunagiStatus] as readonly string[] | undefined;
        if (s.by !== undefined && may && !may.includes(s.by))
          yield { path: ['tsunagi', i, 'steps', k, 'by'], params: { status: s.status, side: s.by } };
      }
  },
});
