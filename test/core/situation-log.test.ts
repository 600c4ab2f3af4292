// The situation log: a person's situations over time, so that a past year's report reads them as they were.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildReport, changeSituations, situationsOn, validateCase, type WithSituations } from '@tsunagu/core';
import { case8050 } from '../fixtures/households';
import { mutate } from './helpers';

describe('situationsOn and changeSituations', () => {
  it('reads a person without a log as they are now (records from before the log began)', () => {
    expect(situationsOn({ situations: ['withdrawn'] }, '2000-01-01')).toEqual(['withdrawn']);
    expect(situationsOn({}, '2025-01-01')).toEqual([]);
  });

  it('opens a period for a situation added and closes it the day before it is removed', () => {
    const a = changeSituations({ situations: ['withdrawn'] }, ['withdrawn', 'unemployed'], '2025-06-01');
    expect(a.situationLog).toEqual([{ code: 'unemployed', from: '2025-06-01' }]);
    const b = changeSituations(a, ['withdrawn'], '2025-10-01');
    expect(b.situations).toEqual(['withdrawn']);
    expect(b.situationLog).toEqual([{ code: 'unemployed', from: '2025-06-01', to: '2025-09-30' }]);
    expect(situationsOn(b, '2025-05-31')).toEqual(['withdrawn']);
    expect(situationsOn(b, '2025-09-30')).toEqual(['unemployed', 'withdrawn']);
    expect(situationsOn(b, '2025-10-01')).toEqual(['withdrawn']);
  });

  it('gives a situation known before the log an end of its own, and leaves no period when one is added and removed on one day', () => {
    const resolved = changeSituations({ situations: ['withdrawn'] }, [], '2025-04-01');
    expect(resolved.situationLog).toEqual([{ code: 'withdrawn', to: '2025-03-31' }]);
    expect(situationsOn(resolved, '2020-01-01')).toEqual(['withdrawn']);
    expect(situationsOn(resolved, '2025-04-01')).toEqual([]);
    const sameDay = changeSituations(changeSituations({}, ['dvVictim'], '2025-05-01'), [], '2025-05-01');
    expect(sameDay.situationLog).toEqual([]);
    expect(situationsOn(sameDay, '2025-05-01')).toEqual([]);
  });

  it('keeps every earlier day as it was, and the day of the change as asked (property)', () => {
    const codes = ['withdrawn', 'dementia', 'dvVictim', 'schoolRefusal', 'unemployed'];
    const day = fc.integer({ min: 0, max: 1500 }).map((n) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.subarray(codes), fc.array(fc.record({ date: day, next: fc.subarray(codes) }), { maxLength: 10 }), (start, steps) => {
        let p: WithSituations = { situations: start };
        const ordered = [...steps].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        for (const { date, next } of ordered) {
          const probes = ['2022-12-31', ...ordered.map((s) => s.date).filter((d) => d < date)];
          const before = probes.map((d) => situationsOn(p, d).sort());
          p = changeSituations(p, next, date);
          expect(probes.map((d) => situationsOn(p, d).sort())).toEqual(before);
          expect(situationsOn(p, date).sort()).toEqual([...next].sort());
        }
        // The log agrees with the situations: the case rule has nothing to say.
        const c = mutate(case8050, (x) => {
          x.household.person = { ...x.household.person, ...p } as typeof x.household.person;
        });
        expect(validateCase(c).issues.filter((i) => i.code === 'case.situationLog')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is what the report reads: new consultations by situation are the situations on the year’s last day (property)', () => {
    const codes = ['withdrawn', 'dementia', 'needsCare', 'unemployed'];
    const day = fc.integer({ min: 0, max: 900 }).map((n) => new Date(Date.UTC(2024, 3, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const period = fc.record({
      code: fc.constantFrom(...codes),
      from: fc.option(day, { nil: undefined }),
      to: fc.option(day, { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.subarray(codes), fc.array(period, { maxLength: 6 }), (situations, log) => {
        // Any log, even one the rule would refuse: the report and situationsOn agree on it.
        const person = {
          ...case8050.household.person,
          situations,
          situationLog: log.map((e) => JSON.parse(JSON.stringify(e)) as typeof e),
        };
        const c = { ...case8050, household: { ...case8050.household, person } };
        const opened = c.statusHistory.find((x) => x.status === 'opened')!.date;
        const end = `${Number(opened.slice(0, 4)) + (Number(opened.slice(5, 7)) >= 4 ? 1 : 0)}-03-31`;
        const fy = buildReport([c]).fiscalYears[0]!;
        const expected: Record<string, number> = {};
        for (const code of situationsOn(person, end)) expected[code] = 1;
        expect({ ...fy.newBySituation }).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
