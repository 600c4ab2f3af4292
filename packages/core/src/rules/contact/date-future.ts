import { defineRule } from '../define';
import type { Case } from '../../schema/case';
import { rule } from '../engine';

/**
 * `contact.dateFuture`: A contact or a small change is recorded after it happened: not dated after today (in Japan). The 支援経過記録 is a record, not a diary of plans — what comes next goes in `next`.
 * @public
 */
export const contactDateFutureMeta = defineRule({
  code: 'contact.dateFuture',
  severity: 'error',
  messages: {
    ja: '経過記録の日付が今日より後になっています。予定は「次の対応」に書いてください。',
    en: 'This record is dated after today. Put what is planned under "what comes next".',
  },
});

const META = contactDateFutureMeta;

export const contactDateFuture = rule<Case>(META, function* (c, ctx) {
  for (const [i, e] of (c.contacts ?? []).entries()) if (e.date > ctx.today) yield { path: ['contacts', i, 'date'] };
  for (const [i, e] of (c.changes ?? []).entries()) if (e.date > ctx.today) yield { path: ['changes', i, 'date'] };
});
