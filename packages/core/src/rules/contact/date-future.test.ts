// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, case8050, mutate } from '../testing';

const options = { today: '2026-04-01' };
ruleCases('contact.dateFuture', [
  { kind: 'case', options, pass: case8050, fail: mutate(case8050, (d) => (d.contacts![1]!.date = '2026-04-02')), path: 'contacts.1.date' },
  { kind: 'case', options, pass: case8050, fail: mutate(case8050, (d) => (d.changes![0]!.date = '2026-05-01')), path: 'changes.0.date' },
]);
