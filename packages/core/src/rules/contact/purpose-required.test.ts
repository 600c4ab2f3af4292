// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate } from '../testing';
import { yearCase } from '../../../../../test/fixtures/case-year';

const options = { today: '2026-03-31' };
ruleCases('contact.purposeRequired', [
  { kind: 'case', options, pass: yearCase, fail: mutate(yearCase, (c) => delete c.contacts![3]!.purpose), path: 'contacts.3.purpose' },
  // Whose work it was is asked too.
  {
    kind: 'case',
    options,
    pass: mutate(yearCase, (c) => (c.contacts![0]!.byCoordinatorOffice = false)),
    fail: mutate(yearCase, (c) => delete c.contacts![0]!.byCoordinatorOffice),
    path: 'contacts.0.byCoordinatorOffice',
  },
]);
