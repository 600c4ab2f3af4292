import { defineRule, type RuleContext } from '../engine';
import type { Case } from '../../schema/case';

/**
 * `contact.dateFuture`: A contact or a small change is recorded after it happened: not dated after today (in Japan). The 支援経過記録 is a record, not a diary of plans — what comes next goes in `next`.
 * @public
 */
export const contactDateFuture = defineRule({
  code: 'contact.dateFuture',
  severity: 'error',
  messages: {
    ja: '経過記録の日付が今日より後になっています。予定は「次の対応」に書いてください。',
    en: 'This record is dated after today. Put what is planned under "what comes next".',
  },
  check: function* (c: Case, ctx: RuleContext) {
    for (const [i, e] of (c.contacts ?? []).entries()) if (e.date > ctx.today) yield { path: ['contacts', i, 'date'] };
    for (const [i, e] of (c.changes ?? []).entries()) if (e.date > ctx.today) yield { path: ['changes', i, 'date'] };
  },
});
