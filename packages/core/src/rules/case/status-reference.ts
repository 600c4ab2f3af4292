import { defineRule } from '../engine';
import type { Case } from '../../schema/case';

/**
 * `case.statusReference`: A status change names a meeting that decided it and, when it re-opens the case, the referral that brought it back; each is one of the case's own documents, dated on or before the change. 盛岡: 「多機関協働事業としての終結は、重層的支援会議の場で決めることとしており」 (seed 001 l.1095); 高島: a re-opened case keeps 「それまでの経過」 (seed 001 l.2036), so the new referral joins the same case.
 * @public
 */
export const caseStatusReference = defineRule({
  code: 'case.statusReference',
  severity: 'error',
  messages: {
    ja: '選ばれた会議または紹介が、このケースのこの日以前の記録にありません。',
    en: "The meeting or referral chosen is not among this case's records on or before this date.",
  },
  check: function* (c: Case) {
    for (const [i, s] of (c.statusHistory ?? []).entries()) {
      if (s.meetingId !== undefined) {
        const m = (c.meetings ?? []).find((x) => x.id === s.meetingId);
        if (!m || m.meeting.date > s.date) yield { path: ['statusHistory', i, 'meetingId'] };
      }
      if (s.referralId !== undefined) {
        const r = (c.referrals ?? []).find((x) => x.id === s.referralId);
        if (!r || r.referredOn > s.date) yield { path: ['statusHistory', i, 'referralId'] };
      }
    }
  },
});
