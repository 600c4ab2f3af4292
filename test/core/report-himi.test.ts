// 氷見's 実績 (seed 003): new consultations by route per fiscal year (l.803–812), the CSW's share (l.815–824),
// and the households where several people have a 地域生活課題 with its 相談率 and year-on-year change (l.827–833),
// reproduced from generated cases. Shares are computed from the counts, not copied: the seed's printed
// percentages do not all follow from its own counts (H26 行政 83/180 is 46.1 %, printed 47 %).
import { describe, expect, it } from 'vitest';
import { addDaysIso, buildReport, changeFrom, shares } from '@tsunagu/core';
import { CARE_PLANS, COORDINATION_MEETINGS, CSW, RESULTS, ROUTES, TABLE, himiCases, himiResultCases } from '../fixtures/himi';
import { validateCase } from '@tsunagu/core';

describe('the 実績報告 as 氷見 reports it (seed 003)', () => {
  const report = buildReport(himiCases());
  const fy = (y: number) => report.fiscalYears.find((f) => f.fiscalYear === y)!;

  it('counts new consultations by route per fiscal year, H26–H29', () => {
    for (const [year, counts] of Object.entries(TABLE)) {
      const f = fy(Number(year));
      expect(Object.fromEntries(ROUTES.map((r) => [r, f.newByRoute[r] ?? 0]))).toEqual(
        Object.fromEntries(ROUTES.map((r, i) => [r, counts[i]])),
      );
    }
    expect([2014, 2015, 2016, 2017].map((y) => fy(y).newConsultations)).toEqual([180, 156, 180, 229]);
  });

  it('computes shares from the counts, unrounded, summing to one', () => {
    const s = shares(fy(2014).newByRoute);
    expect(s['government']).toBeCloseTo(83 / 180, 12);
    expect(Math.round(s['government']! * 100)).toBe(46); // the seed prints 47 %
    expect(Object.values(s).reduce((t, x) => t + x, 0)).toBeCloseTo(1, 12);
    expect(shares({})).toEqual({});
  });

  it('counts by the team that received the case (the CSW: 70 and 63)', () => {
    expect(fy(2016).newByTeam['CSW']).toBe(70);
    expect(fy(2017).newByTeam['CSW']).toBe(63);
    expect(fy(2015).newByTeam['CSW']).toBeUndefined();
    // The CSW's own table by route (seed 003 l.815–825): the route × team rows.
    for (const [year, counts] of Object.entries(CSW))
      expect(ROUTES.map((r) => fy(Number(year)).newByRouteTeam[`${r}|CSW`] ?? 0)).toEqual(counts);
  });

  it('counts households where several people have a 地域生活課題, with 相談率 and the change from the year before', () => {
    const years = [2014, 2015, 2016, 2017];
    expect(years.map((y) => fy(y).multiMemberHouseholds)).toEqual([92, 75, 117, 146]);
    // 相談率 51 % 48 % 65 % 64 % as printed; 前年比 82 % 156 %, and 146/117 = 124.8 % where the seed prints 124 %.
    expect(years.map((y) => Math.round((fy(y).multiMemberHouseholds / fy(y).newConsultations) * 100))).toEqual([51, 48, 65, 64]);
    expect(
      years.slice(1).map((y, i) => Math.round(changeFrom(fy(years[i]!).multiMemberHouseholds, fy(y).multiMemberHouseholds)! * 100)),
    ).toEqual([82, 156, 125]);
    expect(changeFrom(0, 5)).toBeUndefined();
  });

  it('counts a case once, at its intake, however many referrals it holds', () => {
    const c = himiCases()[0]!;
    const ref = {
      kind: 'referral' as const,
      schemaVersion: '1.0' as const,
      referredOn: addDaysIso(c.statusHistory[0]!.date, 40),
      referrer: { name: '石井 由美', organization: '包括', field: 'elderly' },
      person: {},
      members: [],
      consent: { status: 'unchecked' as const },
      content: {},
      route: 'agency',
    };
    const twice = { ...c, referrals: [ref, { ...ref, referredOn: addDaysIso(c.statusHistory[0]!.date, 90) }] };
    const r = buildReport([twice]).fiscalYears[0]!;
    expect(r.newConsultations).toBe(1);
    expect(r.referrals).toBe(2);
    expect(r.newByRoute).toEqual({ self: 1 }); // the intake's route wins over the referral's
    expect(r.newBySexAge).toEqual({ 'male:40-49': 1 });
  });
});

describe('氷見’s 支援実績 (seed 003 l.690–701), from applications followed to their outcome', () => {
  const cases = himiResultCases();
  const report = buildReport(cases);
  const years = [2014, 2015, 2016, 2017];
  const fy = (y: number) => report.fiscalYears.find((f) => f.fiscalYear === y)!;

  it('reproduces every row of the table, H26–H29, — where a service had not begun', () => {
    for (const [program, step, counts] of RESULTS)
      expect(
        years.map((y) => fy(y).applicationSteps[`${program}|${step}`] ?? 0),
        `${program} ${step}`,
      ).toEqual(counts.map((n) => n ?? 0));
    // ケアプランの作成 and 支援調整会議の開催: plans made, and existing meetings of that kind.
    expect(years.map((y) => fy(y).plansMade)).toEqual(CARE_PLANS);
    expect(years.map((y) => fy(y).existingByKind['supportCoordination'] ?? 0)).toEqual(COORDINATION_MEETINGS);
  });

  it('builds the table from valid cases, and counts each step once an application in the month of its date', () => {
    for (const c of cases.filter((x) => x.applications))
      expect(validateCase(c, { today: '2018-04-01' }).issues.filter((i) => i.severity === 'error')).toEqual([]);
    const twice = buildReport([
      {
        ...cases[0]!,
        applications: [
          {
            id: 'a',
            program: 'welfareFund',
            steps: [
              { step: 'consulted', date: '2015-03-20' },
              { step: 'consulted', date: '2015-04-02' },
              { step: 'decided', date: '2015-04-20' },
            ],
          },
        ],
      },
    ]);
    const f = (y: number) => twice.fiscalYears.find((x) => x.fiscalYear === y)!;
    expect(f(2014).applicationSteps).toEqual({ 'welfareFund|consulted': 1 });
    expect(f(2015).applicationSteps).toEqual({ 'welfareFund|decided': 1 });
  });
});

describe('the other dimensions of the report', () => {
  it('counts people, not actions, for 参加支援 and アウトリーチ, and gathers missing resources without personal data', async () => {
    const { case8050 } = await import('../fixtures/households');
    const { yearCase } = await import('../fixtures/case-year');
    const r = buildReport([case8050, yearCase]);
    const f = r.fiscalYears.find((x) => x.fiscalYear === 2025)!;
    // The 8050 plan's v2 adds one participation action; the family's plan has one (the salon): two people, two actions.
    expect(f.participationSupport).toBe(2);
    expect(f.participationPeople).toBe(2);
    expect(f.outreachPeople).toBe(1);
    // 夜間に子どもを預けられる場, missing in the family's April meeting: a 地域課題 for the 推進会議.
    expect(f.missingResources).toEqual({ 夜間に子どもを預けられる場: 1 });
    expect(f.newConsultations).toBe(2);
    expect(f.newByReferrerField).toEqual({ elderly: 1, poverty: 1 });
    expect(f.newBySituation).toEqual({ needsCare: 1, unemployed: 1, illness: 1 });
  });
});
