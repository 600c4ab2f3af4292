import { defineRule } from '../engine';
import type { MeetingSession } from '../../schema/session';
import { inMinutesCircle } from '../../model/session';

/**
 * `session.minutesCircle`: The minutes and the plan go only to people inside the session's circle: someone invited who took part (出席 or 代理出席; 盛岡: 「改めて出席者に配布している」, seed 001 l.1079), and in a 支援会議 only a supporter who acknowledged the duty of confidentiality (art. 106-6; l.579). An absent invitee, or one who never acknowledged it, would carry a household's record outside the circle. 本人 and 家族 who took part may receive them.
 * @public
 */
export const sessionMinutesCircle = defineRule({
  code: 'session.minutesCircle',
  severity: 'error',
  messages: {
    ja: '議事録・計画は、会議に出席し（支援会議では守秘義務を確認し）た人にだけ送れます。',
    en: 'The minutes and the plan go only to people who took part (and, in a 支援会議, acknowledged confidentiality).',
  },
  check: function* (s: MeetingSession) {
    for (const [n, id] of (s.minutesTo ?? []).entries()) if (!inMinutesCircle(s, id)) yield { path: ['minutesTo', n] };
  },
});
