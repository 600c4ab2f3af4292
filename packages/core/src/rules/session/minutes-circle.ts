import { defineRule } from '../engine';
import type { MeetingSession } from '../../schema/session';
import { inMinutesCircle } from '../../model/session';

/**
 * `session.minutesCircle`: A case's minutes and plan go only to people inside that case's circle: someone invited who took part (出席 or 代理出席; 盛岡: 「改めて出席者に配布している」, seed 001 l.1079) and sat for that case (its `attendeeIds`, when named), and, when the case was discussed as a 支援会議, only a supporter who acknowledged the duty of confidentiality (art. 106-6; l.579). The session's own recipients get every case's, so they must be in every case's circle. An absent invitee, one who sat only for another family, or one who never acknowledged confidentiality would carry a household's record outside the circle. 本人 and 家族 who took part may receive them.
 * @public
 */
export const sessionMinutesCircle = defineRule({
  code: 'session.minutesCircle',
  severity: 'error',
  messages: {
    ja: '議事録・計画は、その事例の検討に出席し（支援会議では守秘義務を確認し）た人にだけ送れます。',
    en: 'The minutes and the plan go only to people who took part in that case (and, in a 支援会議, acknowledged confidentiality).',
  },
  check: function* (s: MeetingSession) {
    for (const [n, id] of (s.minutesTo ?? []).entries()) if (!inMinutesCircle(s, id)) yield { path: ['minutesTo', n] };
    for (const [k, item] of (s.agenda ?? []).entries())
      for (const [n, id] of (item.minutesTo ?? []).entries())
        if (!inMinutesCircle(s, id, item)) yield { path: ['agenda', k, 'minutesTo', n] };
  },
});
