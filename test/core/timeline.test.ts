import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseTimeline, validate } from '@tsunagu/core';
import { case8050 } from '../fixtures/households';
import { mutate } from './helpers';
import { yearCase } from '../fixtures/case-year';

describe('caseTimeline: the case over time', () => {
  it('lists every document, status change, consent change, contact and small change, oldest first', () => {
    const t = caseTimeline(case8050);
    expect(t.map((e) => `${e.date} ${e.kind}${e.code ? `:${e.code}` : ''}`)).toEqual([
      '2025-05-19 consent:refused',
      '2025-05-20 referral:agency',
      '2025-05-20 status:opened',
      '2025-05-22 contact:visit',
      '2025-05-27 meeting:shien',
      '2025-05-27 status:coordinating',
      '2025-06-03 contact:phone',
      '2025-07-02 consent:given',
      '2025-07-10 meeting:juusou',
      '2025-07-10 phase:juusou',
      '2025-07-10 plan:active',
      '2025-07-10 contact:meeting',
      '2025-07-10 status:planRunning',
      '2025-09-01 contact:accompany',
      '2025-09-01 change',
      '2025-09-10 plan:terminated',
      '2025-09-10 status:monitoring',
      '2026-01-15 meeting:juusou',
      '2026-01-15 status:terminated',
      '2026-03-02 contact:phone',
      '2026-03-02 status:reopened',
    ]);
    // Each entry says where it lives in the case.
    for (const e of t) expect(e.path.length).toBe(2);
  });

  it('puts the newest first when asked, and filters by kind, member and agency', () => {
    expect(caseTimeline(case8050, { order: 'desc' })[0]).toMatchObject({ date: '2026-03-02', kind: 'status' });
    expect(caseTimeline(case8050, { kinds: ['contact'] }).map((e) => e.id)).toEqual(['k1', 'k2', 'k3', 'k4', 'k5']);
    expect(caseTimeline(case8050, { memberId: 'm1' }).map((e) => `${e.kind}:${e.id ?? ''}`)).toEqual([
      'referral:ref-2025-007',
      'meeting:mtg-2025-052',
      'contact:k4',
      'change:ch1',
    ]);
    expect(caseTimeline(case8050, { agency: 'ひきこもり地域支援センター', kinds: ['contact'] }).map((e) => e.id)).toEqual(['k2', 'k4']);
  });

  it('never changes the case, and keeps every entry of any valid case (property)', () => {
    const before = structuredClone(case8050);
    caseTimeline(case8050, { order: 'desc' });
    expect(case8050).toEqual(before);
    const dates = fc.integer({ min: 0, max: 700 }).map((n) => new Date(Date.UTC(2025, 4, 20) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.tuple(dates, fc.constantFrom('visit', 'phone', 'officeVisit')), { maxLength: 30 }), (contacts) => {
        const c = mutate(
          case8050,
          (d) => (d.contacts = contacts.map(([date, method], i) => ({ id: `z${i}`, date, method, content: '連絡' }))),
        );
        const t = caseTimeline(c, { kinds: ['contact'] });
        expect(t).toHaveLength(contacts.length);
        for (let i = 1; i < t.length; i++) expect(t[i - 1]!.date <= t[i]!.date).toBe(true);
        expect(() => validate('case', c)).not.toThrow();
      }),
    );
  });
});

describe('caseTimeline by a contact’s purpose and whose work it was (#32)', () => {
  it('keeps only the contacts asked for, and leaves out other kinds', () => {
    const coordination = caseTimeline(yearCase, { purpose: 'coordination' });
    expect(coordination.length).toBeGreaterThan(0);
    expect(coordination.every((e) => e.kind === 'contact' && e.purpose === 'coordination')).toBe(true);
    expect(coordination.length).toBe(yearCase.contacts!.filter((c) => c.purpose === 'coordination').length);
    const own = caseTimeline(yearCase, { byCoordinatorOffice: true });
    const others = caseTimeline(yearCase, { byCoordinatorOffice: false });
    expect(own.length + others.length).toBe(yearCase.contacts!.length);
    expect(own.every((e) => e.byCoordinatorOffice === true)).toBe(true);
  });
});
