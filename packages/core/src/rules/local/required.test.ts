// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, R, mutate } from '../testing';
import { answeredReferral, localItemsPolicy } from '../../../../../test/fixtures/local-items';

const options = { policy: localItemsPolicy };

ruleCases('local.required', [
  { kind: 'referral', pass: answeredReferral, fail: R, path: 'localItems.ward.code', options },
  // Required when another answer says so: the volunteer's name once 「要」 is answered.
  {
    kind: 'referral',
    pass: mutate(answeredReferral, (d) => (d.localItems!['minsei'] = { yes: false })),
    fail: mutate(answeredReferral, (d) => delete d.localItems!['minsei-name']),
    path: 'localItems.minsei-name.text',
    options,
  },
  // One of several codes: 「その他」 asks what else.
  {
    kind: 'referral',
    pass: mutate(answeredReferral, (d) => {
      d.localItems!['pref-items'] = { codes: ['other'] };
      d.localItems!['pref-note'] = { text: '家族の介護' };
    }),
    fail: mutate(answeredReferral, (d) => (d.localItems!['pref-items'] = { codes: ['debt', 'other'] })),
    path: 'localItems.pref-note.text',
    options,
  },
]);
