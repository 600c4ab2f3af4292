// The figures #32's records make possible (issue #33, first part): 事業別 相談受付件数, 実人数 a year, moves to
// 重層的支援会議, sessions by purpose, 定例・随時, existing meetings by kind, plans by consent and meeting, route ×
// team, contacts by purpose and the coordinator's own work — each from a hand count, and every table read back
// from CSV and Excel by independent readers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import {
  buildReport,
  changeSituations,
  reportTables,
  situationsOn,
  type Case,
  type HouseholdMember,
  type MeetingSession,
} from '@tsunagu/core';
import { reportToCsv, reportToXlsx } from '@tsunagu/core/export';
import { case8050 } from '../fixtures/households';
import { outreachCase } from '../fixtures/phases';
import { mixedSession, mixedSessionCases, threeCaseSession } from '../fixtures/sessions';
import { mutate } from './helpers';

/** The outreach case, its first meeting held as a 要保護児童対策地域協議会 instead. */
const asExisting = mutate(outreachCase, (c) => {
  c.id = 'case-existing';
  c.meetings[0]!.meeting = { ...c.meetings[0]!.meeting, legalKind: 'existing', existingKind: 'childProtection' };
  delete c.meetings[0]!.sessionId;
});

const fy = (cases: Case[], sessions?: MeetingSession[], year = 2025) =>
  buildReport(cases, sessions ? { sessions } : {}).fiscalYears.find((f) => f.fiscalYear === year)!;

/** The outreach case, its アウトリーチ enrolment left open and a contact recorded in the next fiscal year. */
const stillOutreach = mutate(outreachCase, (c) => {
  delete c.enrolments![0]!.to;
  c.contacts!.push({
    id: 'k2',
    date: '2026-05-12',
    method: 'visit',
    purpose: 'directSupport',
    byCoordinatorOffice: false,
    content: '訪問した。',
  });
});

describe('report v3: the figures of roles, phases and meetings', () => {
  it('counts enrolments begun by 事業 (「各事業の相談受付件数」)', () => {
    expect(fy([outreachCase]).newByProgram).toEqual({ outreach: 1, multiAgency: 1 });
    // Enrolled again in the same 事業 after a gap: counted again.
    const again = mutate(outreachCase, (c) => c.enrolments!.push({ id: 'en3', program: 'outreach', from: '2025-12-01' }));
    expect(fy([again]).newByProgram).toEqual({ outreach: 2, multiAgency: 1 });
  });

  it('counts 参加支援 and アウトリーチ in people once a fiscal year, from enrolment and from plan actions', () => {
    // The outreach case: one person in FY2025, though enrolled from June to September.
    const r = buildReport([outreachCase]);
    expect(r.fiscalYears.map((f) => [f.fiscalYear, f.outreachPeople])).toEqual([[2025, 1]]);
    expect(r.months.find((m) => m.month === '2025-06')!.outreachPeople).toBe(1);
    // Left open, and the case still recorded in FY2026: one person in each year, counted in April of the second.
    const open = buildReport([stillOutreach]);
    expect(open.fiscalYears.map((f) => [f.fiscalYear, f.outreachPeople])).toEqual([
      [2025, 1],
      [2026, 1],
    ]);
    expect(open.months.find((m) => m.month === '2026-04')!.outreachPeople).toBe(1);
    // The 8050 case: outreach actions in both plan versions (FY2025) and participation in the second — one person each.
    expect(fy([case8050])).toMatchObject({ outreach: 1, outreachPeople: 1, participationSupport: 1, participationPeople: 1 });
    // Enrolment and an action in the same year are still one person.
    expect(fy([case8050, mutate(outreachCase, (c) => (c.id = 'case-x'))]).outreachPeople).toBe(2);
  });

  it('counts each move from 支援会議 to 重層的支援会議 in the month of the first 重層的支援会議', () => {
    const r = buildReport([case8050, outreachCase]);
    expect(r.months.filter((m) => m.phaseMoves > 0).map((m) => [m.month, m.phaseMoves])).toEqual([
      ['2025-07', 1],
      ['2025-09', 1],
    ]);
  });

  it('counts sessions by purpose, meetings 定例・随時, and existing meetings by kind, combined ones included', () => {
    const steering: MeetingSession = {
      ...threeCaseSession,
      id: 'ses-2025-11-20',
      date: '2025-11-20',
      sessionPurpose: 'promotion',
      agenda: [],
      minutesTo: [],
    };
    const combined: MeetingSession = { ...mixedSession, schedule: 'adhoc', combinedWith: ['supportCoordination'] };
    const y = fy([...mixedSessionCases], [steering, combined]);
    // 米子's session and the hoarded house's 支援会議 of June (known from its case) discussed cases; the steering one did not.
    expect(y.sessionsByPurpose).toEqual({ promotion: 1, caseDiscussion: 2 });
    // Six meetings held: the steering session (定例) and 米子's (随時, from its document); the June 支援会議 known only
    // from its case, with no schedule; and three case meetings of no session — 8050's May 支援会議 and January
    // closure (定例), the family's April meeting (随時).
    expect(y.meetingsBySchedule).toEqual({ regular: 3, adhoc: 2, unknown: 1 });
    expect(y.existingByKind).toEqual({ supportCoordination: 1 });
    // A case meeting held as a 要保護児童対策地域協議会.
    expect(fy([asExisting]).existingByKind).toEqual({ childProtection: 1 });
  });

  it('counts plans made by the consent recorded with them and the kind of meeting they were made in', () => {
    expect(fy([case8050]).plansByConsentKind).toEqual({ 'given|juusou': 1 });
    const noMeeting = mutate(case8050, (c) => {
      delete c.plans[0]!.meetingId;
      delete c.plans[0]!.consentStatus;
    });
    expect(fy([noMeeting]).plansByConsentKind).toEqual({ 'unknown|unknown': 1 });
  });

  it("counts new consultations by route and team, contacts by purpose, and the coordinator's own direct support", () => {
    const withTeam = mutate(case8050, (c) => (c.intake = { route: 'community', team: 'CSW' }));
    expect(fy([withTeam]).newByRouteTeam).toEqual({ 'community|CSW': 1 });
    const worked = mutate(outreachCase, (c) => {
      c.contacts = [
        { id: 'k1', date: '2025-07-03', method: 'visit', purpose: 'directSupport', byCoordinatorOffice: true, content: 'a' },
        { id: 'k2', date: '2025-07-10', method: 'phone', purpose: 'coordination', byCoordinatorOffice: true, content: 'b' },
        { id: 'k3', date: '2025-07-11', method: 'phone', purpose: 'coordination', byCoordinatorOffice: true, content: 'c' },
        { id: 'k4', date: '2025-07-15', method: 'visit', purpose: 'directSupport', byCoordinatorOffice: false, content: 'd' },
        { id: 'k5', date: '2025-07-20', method: 'visit', content: 'e' },
      ];
    });
    const y = fy([worked]);
    expect(y).toMatchObject({ contacts: 5, coordinatorContacts: 3, coordinatorDirectSupport: 1 });
    expect(y.contactsByPurpose).toEqual({ directSupport: 2, coordination: 2, unknown: 1 });
    const table = reportTables(buildReport([worked])).find((t) => t.id === 'coordinatorWork')!;
    expect(table.rows).toEqual([[2025, '令和7年度', 5, 3, 3 / 5, 1, 1 / 3]]);
  });

  it("counts new consultations and case discussions by issue tag (尾道's mix), from the referrals received by then", () => {
    const tagged = mutate(case8050, (c) => {
      c.referrals[0]!.content.tags = ['8050', 'hikikomori'];
      // A later referral's tags are not known at intake, nor at the meetings before it.
      c.referrals.push({
        ...c.referrals[0]!,
        id: 'ref-late',
        referredOn: '2026-01-10',
        content: { ...c.referrals[0]!.content, tags: ['debt'] },
      });
    });
    const y = fy([tagged]);
    expect(y.newByIssueTag).toEqual({ '8050': 1, hikikomori: 1 });
    // The May 支援会議, the July よりそい会議 and the January closure meeting: debt known at the last only.
    expect(y.discussionsByIssueTag).toEqual({ '8050': 3, hikikomori: 3, debt: 1 });
  });

  it('labels two-part rows by both code lists', () => {
    const withTeam = mutate(case8050, (c) => (c.intake = { route: 'community', team: 'CSW' }));
    const tables = reportTables(buildReport([withTeam]));
    expect(tables.find((t) => t.id === 'planConsent')!.rows[0]!.slice(0, 2)).toEqual(['given|juusou', '同意あり・重層的支援会議']);
    expect(tables.find((t) => t.id === 'routeTeams')!.rows[0]!.slice(0, 2)).toEqual(['community|CSW', '地域・CSW']);
    const en = reportTables(buildReport([withTeam]), { locale: 'en' });
    expect(en.find((t) => t.id === 'planConsent')!.rows[0]![1]).toBe('Given・Multi-layered support meeting (consent required)');
  });
});

describe('report v3: every new table read back from CSV and Excel', () => {
  const worked = mutate(stillOutreach, (c) => {
    c.id = 'case-worked';
    c.intake = { route: 'community', team: 'CSW' };
    c.contacts!.push({
      id: 'k3',
      date: '2025-07-10',
      method: 'phone',
      purpose: 'coordination',
      byCoordinatorOffice: true,
      content: '調整',
    });
    c.applications = [
      {
        id: 'ap1',
        program: 'welfareFund',
        steps: [
          { step: 'consulted', date: '2025-07-10' },
          { step: 'applied', date: '2025-07-24' },
          { step: 'decided', date: '2025-08-20' },
        ],
      },
      { id: 'ap2', program: 'employmentSupport', steps: [{ step: 'supported', date: '2025-09-01' }] },
    ];
  });
  const report = buildReport([case8050, outreachCase, worked, asExisting, ...mixedSessionCases], { sessions: [mixedSession] });
  const ids = [
    'programs',
    'routeTeams',
    'sessionPurposes',
    'schedules',
    'existingMeetings',
    'planConsent',
    'contactPurposes',
    'coordinatorWork',
    'applications',
  ] as const;
  const tables = reportTables(report);

  it.each(ids)('%s from CSV', (id) => {
    const t = tables.find((x) => x.id === id)!;
    expect(t.rows.length).toBeGreaterThan(0);
    const rows = parse(reportToCsv(report, { table: id }), { bom: true }) as string[][];
    // A share is written as a percentage rounded once (its header says （%）); everything else as it is.
    expect(rows[0]).toEqual(t.columns.map((c) => (c.kind === 'share' ? `${c.label}（%）` : c.label)));
    const cell = (c: (typeof t.rows)[number][number], k: number) =>
      c === null ? '' : t.columns[k]!.kind === 'share' ? String(Math.round((c as number) * 1000) / 10) : String(c);
    expect(rows.slice(1)).toEqual(t.rows.map((r) => r.map(cell)));
  });

  it('every new table from Excel, numbers as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await reportToXlsx(report)).arrayBuffer());
    for (const id of ids) {
      const t = tables.find((x) => x.id === id)!;
      const sheet = wb.getWorksheet(t.title)!;
      expect(sheet, id).toBeDefined();
      const read: unknown[][] = [];
      sheet.eachRow((row) => read.push((row.values as unknown[]).slice(1)));
      expect(read[0], id).toEqual(t.columns.map((c) => c.label));
      expect(
        read.slice(1).map((r) => t.columns.map((_, k) => r[k] ?? null)),
        id,
      ).toEqual(t.rows.map((r) => r.map((c) => c)));
    }
  });
});

describe('report v3: a past year that never changes', () => {
  /** The hoarded house with one person in difficulty in FY2025 (her illness) and a son with none recorded yet. */
  const single = mutate(outreachCase, (c) => {
    c.id = 'case-single';
    c.household.person.situations = ['illness'];
    c.household.members = [{ id: 'm1', relationship: 'son', situations: ['working'] }];
    for (const m of c.meetings) delete m.shared;
  });
  const cases: Case[] = [case8050, single, outreachCase, ...mixedSessionCases.slice(1)];
  const past = (cs: Case[]) => buildReport(cs, { sessions: [mixedSession] }).fiscalYears.find((f) => f.fiscalYear === 2025)!;

  it('keeps FY2025 as it was after any later meetings, contacts, plans, referrals, enrolments, status and situation changes, and new members (property)', () => {
    const before = past(cases);
    const later = fc.integer({ min: 0, max: 700 }).map((n) => new Date(Date.UTC(2026, 3, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const change = fc.record({
      which: fc.nat(),
      kind: fc.constantFrom('meeting', 'contact', 'plan', 'referral', 'enrolment', 'status', 'situations', 'member'),
      // Any situations, those of 地域生活課題 among them, and none.
      situations: fc.subarray(['withdrawn', 'dementia', 'dvVictim', 'schoolRefusal', 'unemployed', 'working', 'needsCare', 'illness']),
      date: later,
      legalKind: fc.constantFrom('juusou', 'shien', 'existing'),
      program: fc.constantFrom('outreach', 'participation', 'multiAgency'),
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 8 }), (changes) => {
        const edited = cases.map((c) => structuredClone(c));
        for (const [n, x] of changes.entries()) {
          const c = edited[x.which % edited.length]!;
          const everyone = [c.household.person.id, ...c.household.members.map((m) => m.id)].filter((id): id is string => !!id);
          if (x.kind === 'meeting')
            c.meetings.push({
              ...case8050.meetings[0]!,
              id: `later-m${n}`,
              meeting: { legalKind: x.legalKind, date: x.date, ...(x.legalKind === 'existing' ? { existingKind: 'communityCare' } : {}) },
              // Issues shared later for everyone: before, this changed the past year's households with several people in difficulty.
              shared: { memberIssues: everyone.map((id) => ({ memberId: id, field: 'elderly', issue: 'あとで分かった課題' })) },
            });
          else if (x.kind === 'contact')
            (c.contacts ??= []).push({
              id: `later-k${n}`,
              date: x.date,
              method: 'visit',
              purpose: 'directSupport',
              byCoordinatorOffice: true,
              content: '訪問',
            });
          else if (x.kind === 'plan')
            c.plans.push({
              ...case8050.plans[0]!,
              id: `later-p${n}`,
              planDate: x.date,
              version: 1,
              actions: [{ id: `a${n}`, kind: 'participation', status: 'inProgress' }],
            });
          else if (x.kind === 'referral')
            c.referrals.push({
              ...case8050.referrals[0]!,
              id: `later-r${n}`,
              referredOn: x.date,
              content: { ...case8050.referrals[0]!.content, tags: ['dv', 'schoolRefusal'] },
            });
          else if (x.kind === 'enrolment') (c.enrolments ??= []).push({ id: `later-e${n}`, program: x.program, from: x.date });
          else if (x.kind === 'situations') {
            // A situation found or resolved later, for the person or a member, recorded as a portal should.
            const k = x.which % (c.household.members.length + 1);
            if (k === 0) c.household.person = changeSituations(c.household.person, x.situations, x.date);
            else c.household.members[k - 1] = changeSituations(c.household.members[k - 1]!, x.situations, x.date);
          } else if (x.kind === 'member')
            // A member the case learns of later, with their situations from then on.
            c.household.members.push(
              changeSituations<HouseholdMember>({ id: `later-mm${n}`, relationship: 'sibling' }, x.situations, x.date),
            );
          else c.statusHistory.push({ status: 'suspended', date: x.date });
        }
        expect(past(edited)).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('the later meeting that shares everyone’s issues counts in no past year: it reads the case at its intake year’s end', () => {
    expect(past([single]).multiMemberHouseholds).toBe(0);
    const issuesOn = (date: string) =>
      mutate(single, (c) =>
        c.meetings.push({
          ...c.meetings[0]!,
          id: 'later',
          meeting: { ...c.meetings[0]!.meeting, date },
          shared: {
            memberIssues: [
              { memberId: 'p1', issue: '通院が途切れた' },
              { memberId: 'm1', issue: '仕事を辞めて家にいる' },
            ],
          },
        }),
      );
    // Shared within FY2025: two people in difficulty, counted in FY2025 (at the intake).
    expect(past([issuesOn('2026-02-10')]).multiMemberHouseholds).toBe(1);
    // Shared in FY2026: FY2025 stays as it was reported.
    expect(past([issuesOn('2026-05-01')]).multiMemberHouseholds).toBe(0);
  });

  it('reads situations as they stood at the period’s end; `read: "latest"` rebuilds a past year with the case as it is now', () => {
    // The son's withdrawal was recorded in FY2026: FY2025 has one person in difficulty, the rebuilt year two.
    const later = mutate(single, (c) => {
      c.household.members[0] = changeSituations(c.household.members[0]!, ['withdrawn'], '2026-06-01');
    });
    expect(situationsOn(later.household.members[0]!, '2026-03-31')).toEqual(['working']);
    expect(past([later]).multiMemberHouseholds).toBe(0);
    expect(past([later]).newBySituation).toEqual(past([single]).newBySituation);
    const rebuilt = buildReport([later], { read: 'latest' }).fiscalYears.find((f) => f.fiscalYear === 2025)!;
    expect(rebuilt.multiMemberHouseholds).toBe(1);
    // A half-year report reads the case at its own end: a situation recorded in the second half is not in it.
    const inSecondHalf = mutate(single, (c) => {
      c.household.members[0] = changeSituations(c.household.members[0]!, ['withdrawn'], '2025-11-01');
    });
    const opened = single.statusHistory.find((s) => s.status === 'opened')!.date;
    expect(opened < '2025-10-01').toBe(true);
    const firstHalf = buildReport([inSecondHalf], { from: '2025-04-01', to: '2025-09-30' });
    expect(firstHalf.fiscalYears[0]!.multiMemberHouseholds).toBe(0);
    expect(past([inSecondHalf]).multiMemberHouseholds).toBe(1);
  });
});
