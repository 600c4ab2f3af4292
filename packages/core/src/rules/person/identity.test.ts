// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, R, mutate } from '../testing';

ruleCases('person.identity', [
  {
    kind: 'referral',
    pass: mutate(R, (d) => {
      delete d.person.familyName;
      delete d.person.givenName;
      d.person.identityNote = '駅前の公園でよく見かける70代くらいの男性';
    }),
    fail: mutate(R, (d) => {
      delete d.person.familyName;
      delete d.person.givenName;
    }),
    path: 'person.familyName',
  },
]);
