// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, M, mutate } from '../testing';
import { noConsentSession, threeCaseSession } from '../testing';

ruleCases('meeting.legalBasis', [
  // 坂井's さかまる会議: a 支援会議 under 生活困窮者自立支援法第9条 (seed 001 l.1597); that law does not hold a 重層的支援会議.
  {
    kind: 'supportSharing',
    pass: mutate(M, (d) => {
      d.meeting.legalKind = 'shien';
      d.meeting.legalBasis = 'selfReliance9';
    }),
    fail: mutate(M, (d) => {
      d.meeting.legalKind = 'juusou';
      d.meeting.legalBasis = 'selfReliance9';
    }),
    path: 'meeting.legalBasis',
  },
  // A 重層的支援会議 under the 事業 (第106条の4); an existing meeting names none of these.
  {
    kind: 'supportSharing',
    pass: mutate(M, (d) => {
      d.meeting.legalKind = 'juusou';
      d.meeting.legalBasis = 'welfare106-4';
    }),
    fail: mutate(M, (d) => {
      d.meeting.legalKind = 'existing';
      d.meeting.existingKind = 'communityCare';
      d.meeting.legalBasis = 'welfare106-4';
    }),
    path: 'meeting.legalBasis',
  },
  // A session: a 支援会議 under 第106条の6, not under the 事業's article.
  {
    kind: 'meetingSession',
    pass: mutate(noConsentSession, (s) => (s.legalBasis = 'welfare106-6')),
    fail: mutate(noConsentSession, (s) => (s.legalBasis = 'welfare106-4')),
    path: 'legalBasis',
  },
  {
    kind: 'meetingSession',
    pass: threeCaseSession,
    fail: mutate(threeCaseSession, (s) => (s.legalBasis = 'welfare106-6')),
    path: 'legalBasis',
  },
]);
