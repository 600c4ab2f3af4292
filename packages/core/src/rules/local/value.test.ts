// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate } from '../testing';
import { answeredReferral, localItemsPolicy } from '../../../../../test/fixtures/local-items';

const options = { policy: localItemsPolicy };

ruleCases('local.value', [
  // A number within the question's range, and one above it.
  {
    kind: 'referral',
    pass: mutate(answeredReferral, (d) => (d.localItems!['visits'] = { number: 99 })),
    fail: mutate(answeredReferral, (d) => (d.localItems!['visits'] = { number: 100 })),
    path: 'localItems.visits.number',
    options,
  },
  // A one-line answer is short text: 200 characters.
  {
    kind: 'referral',
    pass: mutate(answeredReferral, (d) => (d.localItems!['minsei-name'] = { text: 'あ'.repeat(200) })),
    fail: mutate(answeredReferral, (d) => (d.localItems!['minsei-name'] = { text: 'あ'.repeat(201) })),
    path: 'localItems.minsei-name.text',
    options,
  },
]);
