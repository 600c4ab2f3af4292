// The tables the seeds print that the other report tests do not already reproduce: 尾道's 上半期 個別ケース会議
// (seed 002 l.141–150), 福山's outputs of its logic model (seed 000 l.720, l.736) and 氷見's 延支援回数 (seed 003
// l.683–686). docs/reporting.md lists every table of the three seeds with the test that reproduces it, or why none can.
import { describe, expect, it } from 'vitest';
import {
  addDaysIso,
  buildReport,
  emptyCase,
  emptyMeetingSession,
  emptyReferral,
  emptySupportSharing,
  reportTotals,
  type Case,
  type MeetingSession,
} from '@tsunagu/core';
import { himiCases } from '../fixtures/himi';

describe('尾道: 令和3年度上半期の個別ケース会議 「件数：5件」, the issues mixed', () => {
  // 8050問題・障害・引きこもり・薬物依存・子育て・不登校・経済的困窮: the seed prints the mix, not a count per issue.
  const mix = [
    ['8050', 'hikikomori'],
    ['suspectedDisability', 'addiction'],
    ['schoolRefusal'],
    ['financialHardship', 'hikikomori'],
    ['addiction'],
  ];
  const cases: Case[] = mix.map((tags, k) => {
    const opened = `2021-0${4 + k}-05`;
    const meeting = emptySupportSharing(addDaysIso(opened, 30));
    return {
      ...emptyCase(opened, `onomichi-${k}`),
      referrals: [{ ...emptyReferral(opened), id: `r${k}`, content: { tags } }],
      // 尾道's 個別ケース会議 is its multi-agency case meeting (a 重層的支援会議 or 支援会議 under a local name).
      meetings: [{ ...meeting, id: `m${k}`, meeting: { ...meeting.meeting, legalKind: k % 2 ? 'shien' : 'juusou' } }],
    };
  });
  // One more in October: the second half, not in the count.
  const october = {
    ...cases[0]!,
    id: 'onomichi-late',
    meetings: [{ ...cases[0]!.meetings[0]!, meeting: { ...cases[0]!.meetings[0]!.meeting, date: '2021-10-12' } }],
  };
  const report = buildReport([...cases, october]);
  const firstHalf = reportTotals(report.months.filter((m) => m.month >= '2021-04' && m.month <= '2021-09'));

  it('counts the five meetings of the first half, whatever their legal kind', () => {
    expect(firstHalf.juusouMeetings + firstHalf.shienMeetings).toBe(5);
    expect(reportTotals(report.months).juusouMeetings + reportTotals(report.months).shienMeetings).toBe(6);
  });

  it('gives the mix of issues discussed, each case once per discussion', () => {
    expect({ ...firstHalf.discussionsByIssueTag }).toEqual({
      '8050': 1,
      hikikomori: 2,
      suspectedDisability: 1,
      addiction: 2,
      schoolRefusal: 1,
      financialHardship: 1,
    });
  });
});

describe('福山: the outputs of its logic model in a year', () => {
  // 支援者支援会議: 福山市全域 年4回 and 5 blocks 年2回 each; 担当者ミーティング 月3回; 出前講座 as requested (seed
  // 000 l.720, l.736). Attendees by field: 「参加者はどうか（人数・分野は増えているか）」 (l.696).
  const fields = ['elderly', 'disability', 'children', 'poverty', 'community'] as const;
  const session = (date: string, purpose: MeetingSession['sessionPurpose'], n: number, id: string): MeetingSession => ({
    ...emptyMeetingSession(date),
    id,
    sessionPurpose: purpose,
    invitations: Array.from({ length: n }, (_, k) => ({
      id: `i${k}`,
      name: `架空 参加者${k}`,
      organization: `機関${k}`,
      field: fields[k % fields.length],
      reply: k % 7 === 6 ? ('absent' as const) : ('attending' as const),
    })),
  });
  const sessions: MeetingSession[] = [
    ...[0, 1, 2, 3].map((q) => session(addDaysIso('2025-05-20', q * 91), 'supporterSupport', 21, `all-${q}`)),
    ...Array.from({ length: 10 }, (_, k) => session(addDaysIso('2025-06-10', k * 30), 'supporterSupport', 7, `block-${k}`)),
    ...Array.from({ length: 36 }, (_, k) => session(addDaysIso('2025-04-03', k * 10), 'staffMeeting', 3, `staff-${k}`)),
    ...[0, 1, 2].map((k) => session(addDaysIso('2025-07-01', k * 60), 'lecture', 14, `lecture-${k}`)),
  ];

  it('counts 支援者支援会議 (4 + 10), 担当者ミーティング (36) and 出前講座 by purpose', () => {
    const fy = buildReport([], { sessions }).fiscalYears[0]!;
    expect({ ...fy.sessionsByPurpose }).toEqual({ supporterSupport: 14, staffMeeting: 36, lecture: 3 });
  });

  it('counts the participants of the 支援者支援会議 alone, by field, from a report over those sessions', () => {
    const only = sessions.filter((s) => s.sessionPurpose === 'supporterSupport');
    const fy = buildReport([], { sessions: only }).fiscalYears[0]!;
    // 21 invited to each of the four, 3 absent (every seventh); 7 to each of the ten, 1 absent.
    expect(fy.participants).toBe(4 * 18 + 10 * 6);
    const expected: Record<string, number> = {};
    for (const s of only) for (const i of s.invitations) if (i.reply === 'attending') expected[i.field!] = (expected[i.field!] ?? 0) + 1;
    expect({ ...fy.participantsByField }).toEqual(expected);
  });
});

describe('氷見: 延支援回数 3,479 / 5,894 / 6,242 / 6,456 (H26–H29) beside the 新規相談件数', () => {
  const CONTACTS: Record<number, number> = { 2014: 3479, 2015: 5894, 2016: 6242, 2017: 6456 };
  const cases = himiCases().map((c) => ({ ...c, contacts: [] as NonNullable<Case['contacts']> }));
  for (const [fy, total] of Object.entries(CONTACTS)) {
    const year = cases.filter((c) => c.id.startsWith(`h-${fy}-`));
    for (let k = 0; k < total; k++)
      year[k % year.length]!.contacts!.push({
        id: `k${k}`,
        date: addDaysIso(`${fy}-04-01`, k % 365),
        method: ['visit', 'phone', 'officeVisit'][k % 3]!,
        content: '支援',
      });
  }
  it('counts every contact of the year once, whichever case it belongs to', () => {
    const report = buildReport(cases);
    expect(report.fiscalYears.map((f) => f.contacts)).toEqual([3479, 5894, 6242, 6456]);
    expect(report.fiscalYears.map((f) => f.newConsultations)).toEqual([180, 156, 180, 229]);
    // 地域を経由した相談 19 / 14 / 29 / 52: the 地域 route of the route table.
    expect(report.fiscalYears.map((f) => f.newByRoute['community'])).toEqual([19, 14, 29, 52]);
  });
});
