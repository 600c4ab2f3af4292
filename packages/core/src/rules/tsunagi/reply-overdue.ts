import { defineRule } from '../engine';
import type { Case } from '../../schema/case';
import { tsunagiReplyBy, tsunagiStatus } from '../../model/tsunagi';

/**
 * `tsunagi.replyOverdue`: A つなぎ still waiting for its reply after the policy's days (`tsunagiReplyDays`, 14 by
 * default, counted in Japan's calendar from the 依頼): a warning that names the receiving agency and the day, so the
 * coordinator calls them. On the last day it is still in time.
 * @public
 */
export const tsunagiReplyOverdue = defineRule({
  code: 'tsunagi.replyOverdue',
  severity: 'warning',
  messages: {
    ja: '{organization}へのつなぎに、返事の期限（{date}）を過ぎても返事がありません。',
    en: 'No reply from {organization} to the referral, past its reply date ({date}).',
  },
  check: function* (c: Case, ctx) {
    for (const [i, t] of (c.tsunagi ?? []).entries()) {
      if (tsunagiStatus(t, ctx.today) !== 'requested') continue;
      const date = tsunagiReplyBy(t, ctx.policy.tsunagiReplyDays);
      if (ctx.today > date) yield { path: ['tsunagi', i, 'steps'], params: { organization: t.receiver.organization, date } };
    }
  },
});
