// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, R, mutate } from '../testing';

ruleCases('person.kana', [
  { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.person.familyNameKana = 'あおき')), path: 'person.familyNameKana' },
  {
    kind: 'referral',
    pass: mutate(R, (d) => (d.person.givenNameKana = 'ジョウ・ショウ')),
    fail: mutate(R, (d) => (d.members[0]!.familyNameKana = 'Aoki')),
    path: 'members.0.familyNameKana',
  },
]);
