// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate, case8050 } from '../testing';
import { answeredReferral, localItemsPolicy } from '../../../../../test/fixtures/local-items';

const options = { policy: localItemsPolicy };

ruleCases('local.outdated', [
  // A choice the list no longer has (「西部圏域」 was merged into 南部).
  {
    kind: 'referral',
    pass: answeredReferral,
    fail: mutate(answeredReferral, (d) => (d.localItems!['ward'] = { code: 'west' })),
    path: 'localItems.ward.code',
    options,
  },
  // One of several codes.
  {
    kind: 'referral',
    pass: answeredReferral,
    fail: mutate(answeredReferral, (d) => (d.localItems!['pref-items'] = { codes: ['isolation', 'housing'] })),
    path: 'localItems.pref-items.codes.1',
    options,
  },
  // The question was a text and is now a yes/no: the old text is kept, and pointed out.
  {
    kind: 'case',
    pass: mutate(case8050, (c) => (c.contacts![0]!.localItems = { outreach: { yes: true } })),
    fail: mutate(case8050, (c) => (c.contacts![0]!.localItems = { outreach: { text: '訪問した' } })),
    path: 'contacts.0.localItems.outreach.text',
    options,
  },
]);
