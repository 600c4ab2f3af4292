// The rule's passing and failing documents (rules/testing.ts runs them).
import { describe, expect, it } from 'vitest';
import { ruleCases, case8050, mutate } from '../testing';
import { openOn } from './outside-open-period';

const options = { today: '2026-04-01' };
ruleCases('contact.outsideOpenPeriod', [
  // Closed on 2026-01-15, re-opened on 2026-03-02: a contact in February falls while the case was closed.
  { kind: 'case', options, pass: case8050, fail: mutate(case8050, (d) => (d.contacts![4]!.date = '2026-02-10')), path: 'contacts.4.date' },
  // Before the case was opened.
  { kind: 'case', options, pass: case8050, fail: mutate(case8050, (d) => (d.contacts![0]!.date = '2025-05-01')), path: 'contacts.0.date' },
]);

describe('open periods', () => {
  it('count the day of closure and the day of re-opening as open', () => {
    expect(openOn(case8050, '2026-01-15')).toBe(true);
    expect(openOn(case8050, '2026-01-16')).toBe(false);
    expect(openOn(case8050, '2026-03-02')).toBe(true);
    expect(openOn(case8050, '2025-05-19')).toBe(false);
  });
});
