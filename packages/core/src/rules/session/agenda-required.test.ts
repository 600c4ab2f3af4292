// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate } from '../testing';
import { threeCaseSession } from '../testing';

ruleCases('session.agendaRequired', [
  { kind: 'meetingSession', pass: threeCaseSession, fail: mutate(threeCaseSession, (s) => (s.agenda = [])), path: 'agenda' },
  // 盛岡's まるごと推進会議: a 重層的支援会議 with no case, for the programme as a whole (seed 001 l.1004, l.1062).
  {
    kind: 'meetingSession',
    pass: mutate(threeCaseSession, (s) => {
      s.agenda = [];
      s.sessionPurpose = 'promotion';
    }),
    fail: mutate(threeCaseSession, (s) => {
      s.agenda = [];
      s.sessionPurpose = 'caseDiscussion';
    }),
    path: 'agenda',
  },
]);
