// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, M, mutate } from '../testing';

ruleCases('meeting.juusouPossible', [
  {
    kind: 'supportSharing',
    options: { policy: { id: 'm', name: { ja: 'm', en: 'm' }, rules: { 'meeting.juusouPossible': 'warning' } } },
    pass: M,
    fail: mutate(M, (d) => (d.meeting.legalKind = 'shien')),
    path: 'meeting.legalKind',
  },
]);
