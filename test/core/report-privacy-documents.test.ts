import { describe, expect, it } from 'vitest';
import {
  householdView,
  actionPlanFromSupportSharing,
  anonymizeCase,
  ageBand,
  buildReport,
  diffPlans,
  revisePlan,
  validate,
  type Case,
} from '@tsunagu/core';
import { case8050, dvFamilyMeeting, dvFamilyPlan, dvFamilyReferral } from '../fixtures/households';
import { mutate } from './helpers';

describe('buildReport (実績報告)', () => {
  it('counts the 8050 case by fiscal year and month', () => {
    const { months, fiscalYears } = buildReport([case8050]);
    expect(fiscalYears.map((f) => f.fiscalYear)).toEqual([2025]);
    const fy = fiscalYears[0]!;
    expect(fy.referrals).toBe(1);
    expect(fy.byRoute).toEqual({ agency: 1 });
    expect(fy.byField).toEqual({ elderly: 1, poverty: 1, disability: 1 });
    expect(fy.shienMeetings).toBe(1);
    expect(fy.juusouMeetings).toBe(2); // 2025-07 and the closing よりそい会議 of 2026-01
    expect(fy.plansMade).toBe(1);
    expect(fy.plansRevised).toBe(1);
    expect(fy.outreach).toBe(1); // y3 appears in both versions: counted once
    expect(fy.participationSupport).toBe(1);
    expect(fy.terminations).toBe(1); // 2026-01 is still fiscal 2025
    expect(fy.reopenings).toBe(1);
    expect(months.map((m) => m.month)).toEqual(['2025-05', '2025-06', '2025-07', '2025-09', '2026-01', '2026-03']);
    // 延支援回数 from the 支援経過記録, counted by hand: k1 visit, k2 phone, k3 meeting, k4 accompany (fiscal 2025), k5 phone (2026-03, still fiscal 2025).
    expect(fy.contacts).toBe(5);
    expect(fy.contactsByMethod).toEqual({ visit: 1, phone: 2, meeting: 1, accompany: 1 });
    expect(months.find((m) => m.month === '2025-05')).toMatchObject({ referrals: 1, shienMeetings: 1 });
  });

  it('keeps only the asked fiscal year, and sums linearly', () => {
    const shifted: Case = mutate(case8050, (c) => {
      c.referrals[0]!.referredOn = '2024-05-20';
    });
    const all = buildReport([case8050, shifted]);
    expect(all.fiscalYears.map((f) => [f.fiscalYear, f.referrals])).toEqual([
      [2024, 1],
      [2025, 1],
    ]);
    const only = buildReport([case8050, shifted], { fiscalYear: 2025 });
    expect(only.fiscalYears).toHaveLength(1);
    const many = buildReport(Array.from({ length: 50 }, () => case8050));
    expect(many.fiscalYears[0]!.juusouMeetings).toBe(100);
  });
});

describe('anonymizeCase', () => {
  const tricky: Case = mutate(case8050, (c) => {
    c.household.person.familyName = '田中';
    c.household.person.givenName = '花子';
    c.household.person.familyNameKana = 'タナカ';
    c.household.person.address = '架空市本町1-2-3 メゾン田中101';
    c.household.person.district = '本町';
    c.household.person.phone = '090-1234-5678';
    c.household.person.email = 'hanako@example.jp';
    c.household.person.birthDate = '1943-02-11';
    c.household.person.identityNote = '本町の角の家';
    c.household.members[0]!.givenName = '一郎';
    c.household.members[0]!.situationNote = '田中一郎は20年外出していない';
    c.referrals[0]!.content.problemView = '花子さんの息子';
    c.referrals[0]!.referrer.name = '石井 由美';
  });
  const summary = anonymizeCase(tricky, { today: '2025-10-01' });
  const text = JSON.stringify(summary);

  it.each(['田中', '花子', 'タナカ', '本町', '1-2-3', '090', '1234', 'hanako', 'example.jp', '1943', '02-11', '一郎', '石井', '角の家'])(
    'leaves out %s',
    (value) => expect(text).not.toContain(value),
  );

  it('keeps what the departments need: relationships, age bands, codes, counts', () => {
    expect(summary.household).toEqual([
      { relationship: 'self', ageBand: '80-89', situations: ['needsCare'], involvedFields: ['elderly'], issueFields: [] },
      // The son's issue, linked by memberId in the 重層的支援会議: its field, never its text.
      { relationship: 'son', ageBand: '50-59', situations: ['unemployed', 'withdrawn'], involvedFields: [], issueFields: ['disability'] },
    ]);
    expect(summary.issueTags).toEqual(['8050', 'hikikomori', 'isolation']);
    expect(summary.status).toBe('reopened');
    expect(summary.openedFiscalYear).toBe(2025);
    expect(summary.meetingsHeld).toBe(3);
  });

  it('bands ages', () => {
    expect(ageBand({ birthDate: '2000-10-02' }, '2025-10-01')).toBe('20-29');
    expect(ageBand({ approximateAge: 95 }, '2025-10-01')).toBe('90+');
    // 年代 only (「60代」): the band it names.
    expect(ageBand({ ageBand: '60s' }, '2025-10-01')).toBe('60-69');
    expect(ageBand({ ageBand: '0s' }, '2025-10-01')).toBe('0-9');
    expect(ageBand({ ageBand: '100s' }, '2025-10-01')).toBe('90+');
    expect(ageBand({}, '2025-10-01')).toBe('unknown');
  });
});

describe('hand-offs between sheets', () => {
  it('starts a plan from a meeting: attendees become the team, unknowns become information gathering', () => {
    const plan = actionPlanFromSupportSharing(dvFamilyMeeting);
    expect(plan.members).toHaveLength(12);
    expect(plan.meetingId).toBe('mtg-2025-031');
    expect(plan.actions).toEqual([
      {
        id: 'info-u1',
        ownerId: 'a4',
        task: '前住所地での支援の経過',
        kind: 'informationGathering',
        status: 'notStarted',
        fromUnknownId: 'u1',
      },
      { id: 'info-u2', task: '次男の発達検査の結果', kind: 'informationGathering', status: 'notStarted', fromUnknownId: 'u2' },
    ]);
    // Structurally valid; the rules then ask for what the meeting still has to decide.
    const codes = validate('actionPlan', plan, { today: '2025-04-08' }).issues.map((i) => i.code);
    expect(codes).toContain('action.ownerRequired');
    expect(codes).toContain('plan.attendeeWithoutAction');
    expect(codes).not.toContain('structure.type');
  });

  it('revises a plan into version 2 and shows what changed', () => {
    const v2 = revisePlan(dvFamilyPlan, '2025-05-13', 'plan-2025-031-v2');
    expect(v2).toMatchObject({ version: 2, previousVersionId: 'plan-2025-031-v1', planDate: '2025-05-13', status: 'active' });
    v2.actions[2]!.status = 'done';
    v2.actions.push({ id: 'x14', ownerId: 'a3', task: '就労支援の案内', due: '2025-06-30', status: 'notStarted' });
    v2.actions.splice(0, 1);
    expect(diffPlans(dvFamilyPlan, v2)).toEqual({ added: ['x14'], removed: ['x1'], changed: ['x3'] });
    expect(dvFamilyPlan.actions[2]!.status).toBe('notStarted'); // the earlier version is untouched
  });

  it('keeps the referral intact through JSON', () => {
    const r = validate('referral', JSON.parse(JSON.stringify(dvFamilyReferral)));
    expect(r.ok && r.value).toEqual(dvFamilyReferral);
  });
});

describe('householdView: the household member by member', () => {
  it('links issues, agencies and consent to each member by id', () => {
    const view = householdView(case8050, { onDate: '2025-06-01' });
    expect(view.map((m) => [m.id, m.relationship])).toEqual([
      ['p1', 'self'],
      ['m1', 'son'],
    ]);
    expect(view[1]!.issues).toEqual([
      { meetingId: 'mtg-2025-052', meetingDate: '2025-07-10', field: 'disability', issue: '20年以上ほとんど外出していない。' },
    ]);
    expect(view[0]!.issues).toEqual([]);
    expect(view[0]!.agencies.map((a) => a.field)).toEqual(['elderly']);
    expect(view[0]!.consent?.status).toBe('refused'); // on 2025-06-01
    expect(householdView(case8050, { onDate: '2025-08-01' })[0]!.consent?.status).toBe('given');
  });
  it('gives a member their own consent when it is recorded per person', () => {
    const c = mutate(case8050, (d) => d.consentHistory.push({ personId: 'm1', status: 'notContacted', date: '2025-09-01' }));
    const [person, son] = householdView(c);
    expect(son!.consent?.status).toBe('notContacted');
    expect(person!.consent?.status).toBe('given');
  });
});
