import { defineRule } from '../engine';
import type { Case } from '../../schema/case';
import { TSUNAGI_REASON_REQUIRED } from '../../model/tsunagi';

/**
 * `tsunagi.reasonRequired`: A つなぎ declined (辞退) or that did not connect (つながらなかった) says why
 * (TSUNAGI_REASONS: 連絡がつかない, 対象外, 空きがない, 本人の意向 …): the reasons are what a municipality learns
 * from, and what 推進会議 takes up as gaps in the region's resources.
 * @public
 */
export const tsunagiReasonRequired = defineRule({
  code: 'tsunagi.reasonRequired',
  severity: 'error',
  messages: {
    ja: '辞退・つながらなかったときは、理由を選んでください。',
    en: 'Choose why the referral was declined or did not connect.',
  },
  check: function* (c: Case) {
    for (const [i, t] of (c.tsunagi ?? []).entries())
      for (const [k, s] of t.steps.entries())
        if ((TSUNAGI_REASON_REQUIRED as readonly string[]).includes(s.status) && !s.reason)
          yield { path: ['tsunagi', i, 'steps', k, 'reason'] };
  },
  requires: [
    {
      path: ['tsunagi', '*', 'steps', '*', 'reason'],
      when: (c, path) => {
        const step = c.tsunagi?.[path[1] as number]?.steps[path[3] as number];
        return step !== undefined && (TSUNAGI_REASON_REQUIRED as readonly string[]).includes(step.status);
      },
    },
  ],
});
