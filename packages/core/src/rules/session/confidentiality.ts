import { defineRule, rowAt } from '../engine';
import type { MeetingSession } from '../../schema/session';
import { confidentialityAsked } from '../../model/session';

/**
 * `session.confidentiality`: In a 支援会議 session every supporter who takes part — in a mixed session (米子, seed 001 l.2246), who sits for a case discussed as a 支援会議 — acknowledges the statutory duty of confidentiality (art. 106-6; seed 001 l.579: 会議の構成員に対し守秘義務が課される支援会議), once for the session and every case discussed in it. 本人 and 家族 are not asked (盛岡, l.1004).
 * @public
 */
export const sessionConfidentiality = defineRule({
  code: 'session.confidentiality',
  severity: 'error',
  messages: {
    ja: '支援会議では、出席する支援者全員が守秘義務を確認する必要があります。',
    en: 'In a support meeting (支援会議) every supporter taking part must acknowledge confidentiality.',
  },
  check: function* (s: MeetingSession) {
    for (const [n, i] of (s.invitations ?? []).entries())
      if (confidentialityAsked(s, i) && !i.confidentialityAcknowledged) yield { path: ['invitations', n, 'confidentialityAcknowledged'] };
  },
  requires: [
    {
      path: ['invitations', '*', 'confidentialityAcknowledged'],
      when: (s, path) => {
        const i = rowAt(s.invitations, path);
        return !!i && confidentialityAsked(s, i);
      },
    },
  ],
});
