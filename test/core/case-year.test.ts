import { describe, expect, it } from 'vitest';
import { MORIOKA_EXAMPLE_POLICY, TAKASHIMA_EXAMPLE_POLICY, buildReport, caseClosure, validate } from '@tsunagu/core';
import { yearCase, yearCaseClosed, yearCaseReopened } from '../fixtures/case-year';

describe('the year-long case of the fixtures', () => {
  it('validates at each stage, under the national defaults', () => {
    expect(validate('case', yearCase, { today: '2026-03-31' }).issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(validate('case', yearCaseClosed, { today: '2026-03-31' }).issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(validate('case', yearCaseReopened, { today: '2026-06-01' }).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('closes with the plan in force holding the hand-off', () => {
    const i = yearCaseClosed.statusHistory.findIndex((s) => s.status === 'terminated');
    expect(caseClosure(yearCaseClosed, i)?.path).toEqual(['plans', 0, 'termination']);
    expect(yearCaseClosed.plans[0]!.termination?.contactOnChange?.organization).toBe('架空村社会福祉協議会');
  });

  it('counts 延支援回数 by method as a hand count does: 52 weekly contacts in fiscal 2025', () => {
    const fy = buildReport([yearCase]).fiscalYears.find((f) => f.fiscalYear === 2025)!;
    // METHODS cycles through 8: visit, phone, officeVisit, accompany, phone, online, visit, letter; 52 = 6×8 + 4.
    expect(fy.contacts).toBe(52);
    expect(fy.contactsByMethod).toEqual({ visit: 13, phone: 13, officeVisit: 7, accompany: 7, online: 6, letter: 6 });
  });

  it('is an error under 盛岡 without the meeting that decided the closure, and checked the same under 高島', () => {
    const morioka = validate('case', yearCaseClosed, { today: '2026-03-31', policy: MORIOKA_EXAMPLE_POLICY }).issues.map((i) => i.code);
    expect(morioka).toContain('termination.meetingRequired');
    expect(
      validate('case', yearCaseClosed, { today: '2026-03-31', policy: TAKASHIMA_EXAMPLE_POLICY })
        .issues.filter((i) => i.severity === 'error')
        .map((i) => i.code),
    ).not.toContain('termination.meetingRequired');
  });
});
