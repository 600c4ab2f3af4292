// The report's dimensions beyond 氷見's tables: attendance by field and coordinator-as-lead (福山, seed 000 l.696),
// the mix of issues in case meetings and half-year totals (尾道, seed 002 l.141–150), and any date range.
import { describe, expect, it } from 'vitest';
import { buildReport, reportTotals, type MeetingSession } from '@tsunagu/core';
import { case8050 } from '../fixtures/households';
import { sessionCases, threeCaseSession } from '../fixtures/sessions';
import { mutate } from './helpers';

const fy2025 = (r: ReturnType<typeof buildReport>) => r.fiscalYears.find((f) => f.fiscalYear === 2025)!;

describe('participants of meetings, by field (福山)', () => {
  it("counts a case meeting's attendees by their field", () => {
    const f = fy2025(buildReport([case8050]));
    // Three meetings, each with the coordinator (community), the 包括 (elderly) and the ひきこもり centre (disability).
    expect(f.participants).toBe(9);
    expect(f.participantsByField).toEqual({ community: 3, elderly: 3, disability: 3 });
  });

  it('counts a session’s attendees once, however many of its cases they sat in on', () => {
    const july = buildReport(sessionCases).months.find((m) => m.month === '2025-07')!;
    // 前田, 石井, 岡田 (case 007) and 佐藤, 大川, 小林, 中村 (cases 031, 046; 佐藤 and 大川 sit in on both).
    expect(july.participants).toBe(7);
    expect(july.participantsByField).toEqual({ community: 2, elderly: 1, disability: 2, poverty: 2 });
  });

  it("takes a portal's session as it is: who attended or sent a proxy, not who was absent", () => {
    const withProxy: MeetingSession = {
      ...threeCaseSession,
      invitations: threeCaseSession.invitations.map((i) => (i.id === 'x9' ? { ...i, reply: 'proxy' as const } : i)),
    };
    const july = (s: MeetingSession) => buildReport(sessionCases, { sessions: [s] }).months.find((m) => m.month === '2025-07')!;
    expect(july(threeCaseSession).participants).toBe(7);
    expect(july(withProxy).participants).toBe(8);
    expect(july(withProxy).participantsByField['unknown']).toBe(1);
  });
});

describe('the mix of issues in case discussions (尾道)', () => {
  it('counts a discussion once in each field of the issues shared', () => {
    const f = fy2025(buildReport(sessionCases));
    // 007: the July discussion has a disability issue; 031: two discussions with disability and children issues.
    expect(f.discussionsByIssueField).toEqual({ disability: 3, children: 2 });
  });
});

describe('the coordinator as 主担当 after a 支援会議 (福山)', () => {
  it('counts the plans made after a 支援会議 and those whose main supporter is the coordinator', () => {
    const f = fy2025(buildReport([case8050]));
    // 支援会議 2025-05-27; in plan v1 (2025-07-10) the coordinator is the team leader and 包括 the main supporter
    // (盛岡's way with consent), in v2 (2025-09-10) 包括 is both: 福山's check counts neither (#32).
    expect(f.plansAfterShien).toBe(2);
    expect(f.coordinatorLeadAfterShien).toBe(0);
    const acting = mutate(case8050, (c) => (c.plans[0]!.team!.mainSupporterIsCoordinator = true));
    expect(fy2025(buildReport([acting])).coordinatorLeadAfterShien).toBe(1);
  });

  it('does not count plans made before any 支援会議', () => {
    const late = mutate(case8050, (c) => {
      c.meetings[0]!.meeting.date = '2025-12-01';
    });
    const f = fy2025(buildReport([late]));
    expect(f.plansAfterShien).toBe(0);
    expect(f.coordinatorLeadAfterShien).toBe(0);
  });
});

describe('any date range, and totals of any months', () => {
  it('keeps only events within from and to (inclusive; a month or a day)', () => {
    const q = buildReport([case8050], { from: '2025-07-01', to: '2025-09' });
    expect(q.months.map((m) => m.month)).toEqual(['2025-07', '2025-09']);
    const day = buildReport([case8050], { from: '2025-07-10', to: '2025-07-10' });
    expect(day.months.map((m) => m.month)).toEqual(['2025-07']);
    expect(buildReport([case8050], { from: '2025-07-11', to: '2025-07-31' }).months).toEqual([]);
  });

  it('sums a half-year (上半期) from the months, equal to a report built for that range', () => {
    const all = buildReport(sessionCases);
    const firstHalf = reportTotals(all.months.filter((m) => m.month >= '2025-04' && m.month <= '2025-09'));
    const { fiscalYears } = buildReport(sessionCases, { from: '2025-04-01', to: '2025-09-30' });
    expect(firstHalf).toEqual(Object.fromEntries(Object.entries(fiscalYears[0]!).filter(([k]) => k !== 'fiscalYear')));
    expect(firstHalf.juusouMeetings).toBeGreaterThan(0);
    expect(Object.keys(firstHalf)).not.toContain('month');
    expect(reportTotals([]).newConsultations).toBe(0);
  });
});

describe('free text as keys', () => {
  it('counts a team or a resource named like an object property as any other', () => {
    const odd = mutate(case8050, (c) => {
      c.intake = { team: '__proto__' };
      c.meetings[0]!.resources = [
        { name: 'constructor', type: 'informal', state: 'missing' },
        { name: 'toString', type: 'informal', state: 'missing' },
      ];
    });
    const f = fy2025(buildReport([odd, { ...odd, id: 'other' }]));
    expect(Object.entries(f.newByTeam)).toEqual([['__proto__', 2]]);
    expect(Object.entries(f.missingResources)).toEqual([
      ['constructor', 2],
      ['toString', 2],
    ]);
    expect(Object.entries(reportTotals([f, f]).newByTeam)).toEqual([['__proto__', 4]]);
  });
});
