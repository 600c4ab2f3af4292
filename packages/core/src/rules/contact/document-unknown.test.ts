// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, case8050, mutate } from '../testing';

const options = { today: '2026-04-01' };
ruleCases('contact.documentUnknown', [
  {
    kind: 'case',
    options,
    pass: case8050,
    fail: mutate(case8050, (d) => (d.contacts![2]!.documentId = 'mtg-9999')),
    path: 'contacts.2.documentId',
  },
]);
