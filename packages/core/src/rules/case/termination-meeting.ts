import { defineRule } from '../engine';
import type { Case } from '../../schema/case';

/**
 * `case.terminationMeeting`: The meeting a termination names (`termination.decidedInMeetingId`) is one of the case's meetings, held on or before the termination date (盛岡: 終結は重層的支援会議の場で決める, seed 001 around l.1095).
 * @public
 */
export const caseTerminationMeeting = defineRule({
  code: 'case.terminationMeeting',
  severity: 'error',
  messages: {
    ja: '終結を決めた会議が、このケースの終結日以前の会議の中にありません。',
    en: "The meeting that decided the closure is not among this case's meetings on or before the closure date.",
  },
  check: function* (c: Case) {
    for (const [i, p] of (c.plans ?? []).entries()) {
      const id = p.termination?.decidedInMeetingId;
      if (!id) continue;
      const m = (c.meetings ?? []).find((x) => x.id === id);
      const date = p.termination?.date;
      if (!m || (date !== undefined && m.meeting.date > date)) yield { path: ['plans', i, 'termination', 'decidedInMeetingId'] };
    }
  },
});
