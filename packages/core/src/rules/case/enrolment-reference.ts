import { defineRule } from '../engine';
import type { Case } from '../../schema/case';

/**
 * `case.enrolmentReference`: The meeting that decided an enrolment — the 支援会議 that chose an アウトリーチ等事業 target
 * (「対象者を決定して支援」, seed 001 l.585) — is one of the case's meetings, held on or before the enrolment began.
 * @public
 */
export const caseEnrolmentReference = defineRule({
  code: 'case.enrolmentReference',
  severity: 'error',
  messages: {
    ja: '選ばれた会議が、このケースの開始日以前の会議にありません。',
    en: "The meeting chosen is not among this case's meetings on or before the start.",
  },
  check: function* (c: Case) {
    for (const [i, e] of (c.enrolments ?? []).entries()) {
      if (e.meetingId === undefined) continue;
      const m = (c.meetings ?? []).find((x) => x.id === e.meetingId);
      if (!m || m.meeting.date > e.from) yield { path: ['enrolments', i, 'meetingId'] };
    }
  },
});
