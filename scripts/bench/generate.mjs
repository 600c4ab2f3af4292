// Realistic generated documents for benchmarks: mostly Japanese text, a household of five,
// a referral, meetings, and a plan of 30 actions — the "realistic case document" of issue #9.
const FIELDS = ['elderly', 'disability', 'children', 'poverty', 'health'];
const ROUTES = ['self', 'family', 'acquaintance', 'community', 'agency', 'government'];
const text = (n, seed) => '世帯の状況を共有し、各機関の役割を決める。'.repeat(n).slice(0, 20 * n) + seed;

/** A deterministic pseudo-random generator (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
const dateIn = (r, fy) =>
  `${fy + (r() < 0.25 ? 1 : 0)}-${pad(r() < 0.25 ? 1 + Math.floor(r() * 3) : 4 + Math.floor(r() * 9))}-${pad(1 + Math.floor(r() * 28))}`;

export function referral(r, i, date) {
  return {
    kind: 'referral',
    schemaVersion: '1.0',
    id: `ref-${i}`,
    referredOn: date,
    urgency: 'medium',
    referrer: { name: '石井 由美', organization: '地域包括支援センター', field: 'elderly' },
    route: ROUTES[Math.floor(r() * ROUTES.length)],
    person: {
      id: 'p1',
      familyName: '高橋',
      givenName: 'キヨ',
      familyNameKana: 'タカハシ',
      givenNameKana: 'キヨ',
      birthDate: '1943-02-11',
      situations: ['needsCare'],
    },
    members: Array.from({ length: 4 }, (_, k) => ({
      id: `m${k}`,
      relationship: ['son', 'daughter', 'spouse', 'grandchild'][k],
      approximateAge: 20 + k * 10,
      situations: ['working'],
      situationNote: text(2, `${k}`),
    })),
    consent: { status: 'given', date, method: 'written', scope: { provide: true, collect: true } },
    content: {
      mainConcern: text(2, 'a'),
      problemView: text(8, 'b'),
      problemType: 'complex',
      troubles: ['care', 'incomeWork'],
      tags: ['8050', 'hikikomori'],
      fields: [FIELDS[i % 5], FIELDS[(i + 2) % 5]],
      history: text(10, 'c'),
      wishes: text(3, 'd'),
      strengths: text(3, 'e'),
    },
    needs: { requests: ['meeting'], detail: text(3, 'f') },
    response: {
      respondedOn: date,
      coordinator: { name: '前田 浩', organization: '多機関協働事業' },
      options: ['holdMeeting', ...(r() < 0.3 ? ['participationOutreach'] : [])],
    },
  };
}

export function meeting(r, i, date, kind) {
  return {
    kind: 'supportSharing',
    schemaVersion: '1.0',
    id: `mtg-${i}`,
    meeting: { legalKind: kind, schedule: 'regular', date, session: 1 },
    purpose: text(3, 'p'),
    attendees: Array.from({ length: 6 }, (_, k) => ({
      id: `a${k}`,
      name: `参加者${k}`,
      organization: `機関${k}`,
      field: FIELDS[k % 5],
      role: k === 0 ? 'facilitator' : 'participant',
      directlyInvolved: k !== 0,
      confidentialityAcknowledged: true,
    })),
    consent: { status: kind === 'juusou' ? 'given' : 'refused', date },
    shared: { situation: text(6, 's'), wishes: text(3, 'w'), unknown: [{ id: 'u1', text: text(1, 'u') }] },
  };
}

export function plan(r, i, date, actions = 30) {
  return {
    kind: 'actionPlan',
    schemaVersion: '1.0',
    id: `plan-${i}`,
    planDate: date,
    version: 1,
    status: 'active',
    consentStatus: 'given',
    team: { leadId: 'a0', leadIsCoordinator: true, mainSupporterId: 'a1', mainSupporterIsCoordinator: false },
    members: Array.from({ length: 6 }, (_, k) => ({ id: `a${k}`, name: `参加者${k}`, organization: `機関${k}` })),
    actions: Array.from({ length: actions }, (_, k) => ({
      id: `x${k}`,
      ownerId: `a${k % 6}`,
      task: text(2, `${k}`),
      due: date,
      kind: ['visit', 'participation', 'outreach', 'application'][k % 4],
      status: 'notStarted',
    })),
    monitoring: { nextDate: `${Number(date.slice(0, 4)) + 1}-04-01` },
  };
}

/** A realistic case: five members, a referral, two meetings, a plan of 30 actions, opened in one of `years` fiscal years from 2023. */
export function generateCase(i, seed = 1, years = 3) {
  const r = rng(seed * 100_003 + i);
  const fy = 2023 + (i % years);
  const d = dateIn(r, fy);
  return {
    kind: 'case',
    schemaVersion: '1.0',
    id: `case-${i}`,
    household: { person: referral(r, i, d).person, members: referral(r, i, d).members },
    consentHistory: [{ status: 'given', date: d }],
    statusHistory: [{ status: 'opened', date: d }, ...(r() < 0.3 ? [{ status: 'terminated', date: d }] : [])],
    referrals: [referral(r, i, d)],
    meetings: [meeting(r, i, d, 'shien'), meeting(r, i + 1, d, 'juusou')],
    plans: [plan(r, i, d)],
  };
}

/** The case with `n` weekly contacts (支援経過記録) from the day it was opened, for the case record's figures. */
export function withContacts(c, n) {
  const start = Date.parse(`${c.statusHistory[0].date}T00:00:00Z`);
  const day = (k) => new Date(start + k * 7 * 86_400_000).toISOString().slice(0, 10);
  const methods = ['visit', 'phone', 'officeVisit', 'accompany', 'online', 'letter'];
  return {
    ...c,
    statusHistory: [c.statusHistory[0]],
    contacts: Array.from({ length: n }, (_, k) => ({
      id: `w${k}`,
      date: day(k),
      method: methods[k % methods.length],
      by: { organization: '架空市社会福祉協議会', name: '小林 健' },
      withMemberIds: c.household.person.id ? [c.household.person.id] : [],
      content: '母と面談。生活費のやりくりと、子どもの様子について話を聞いた。',
      next: '来週、自宅を訪問する。',
    })),
  };
}

/** A household of 12 people and 30 supports (the household map's readability bound), on a generated case. */
export function withLargeHousehold(c) {
  const rel = ['spouse', 'father', 'mother', 'son', 'daughter', 'son', 'daughter', 'grandchild', 'grandchild', 'brother', 'sister'];
  const ties = ['strong', 'normal', 'weak', 'stressful'];
  return {
    ...c,
    household: {
      person: {
        ...c.household.person,
        sex: 'female',
        agencies: [
          { name: '福祉事務所', field: 'poverty', tie: 'strong' },
          { name: '精神科クリニック', field: 'health' },
          { name: '民生委員', type: 'informal' },
        ],
      },
      members: rel.map((relationship, k) => ({
        id: `h${k}`,
        familyName: '高橋',
        givenName: `家族${k}`,
        relationship,
        sex: k % 2 ? 'female' : 'male',
        approximateAge: 10 + k * 5,
        livesTogether: k < 9,
        agencies: [
          { name: `支援機関${k}`, field: 'community', tie: ties[k % 4] },
          { name: `近所の人${k}`, type: 'informal' },
          ...(k < 4 ? [{ name: `学校${k}`, field: 'children' }] : []),
          ...(k < 5 ? [{ name: '子育て支援課', field: 'children' }] : []),
        ],
      })),
    },
  };
}

/**
 * The case with what every dimension of the report reads: an intake (route, team, referrer's field),
 * an enrolment in a 事業, an application with its 相談 and 決定, a situation recorded later (the log a
 * past year is read from), referrals with issue tags, four contacts with their purpose and whose work,
 * issues shared for two members, a missing resource, meetings 定例 and 随時, and its 重層的支援会議 held
 * in a session shared with other cases (one session per 40 cases).
 */
export function forReport(c, i) {
  const routes = ['self', 'family', 'acquaintance', 'community', 'agency', 'government'];
  const methods = ['visit', 'phone', 'officeVisit', 'accompany'];
  const ids = [c.household.person.id, ...c.household.members.map((m) => m.id)].filter(Boolean);
  return {
    ...withContacts(c, 4),
    statusHistory: c.statusHistory,
    intake: {
      route: routes[i % 6],
      team: i % 3 ? 'センター' : 'CSW',
      referrerField: ['elderly', 'disability', 'children', 'poverty'][i % 4],
    },
    contacts: withContacts(c, 4).contacts.map((e, k) => ({
      ...e,
      method: methods[k],
      purpose: ['directSupport', 'coordination', 'supporterSupport', 'monitoring'][k],
      byCoordinatorOffice: k % 2 === 0,
    })),
    enrolments: [{ id: 'en1', program: ['outreach', 'participation', 'multiAgency'][i % 3], from: c.statusHistory[0].date }],
    applications: [
      {
        id: 'ap1',
        program: ['housingBenefit', 'welfareFund', 'employmentSupport'][i % 3],
        steps: [
          { step: 'consulted', date: c.statusHistory[0].date },
          { step: i % 3 === 2 ? 'supported' : 'decided', date: c.referrals.at(-1)?.referredOn ?? c.statusHistory[0].date },
        ],
      },
    ],
    household: {
      ...c.household,
      person: {
        ...c.household.person,
        situations: [...new Set([...(c.household.person.situations ?? []), 'dementia'])],
        situationLog: [{ code: 'dementia', from: c.meetings[0]?.meeting.date ?? c.statusHistory[0].date }],
      },
    },
    referrals: c.referrals.map((r) => ({
      ...r,
      content: { ...r.content, tags: [['8050', 'hikikomori'], ['dv'], ['schoolRefusal', 'financialHardship']][i % 3] },
    })),
    meetings: c.meetings.map((m, k) => ({
      ...m,
      meeting: { ...m.meeting, schedule: k % 2 ? 'regular' : 'adhoc' },
      ...(k === 1 ? { sessionId: `ses-${Math.floor(i / 40)}` } : {}),
      shared: {
        ...m.shared,
        memberIssues: ids.slice(0, 2).map((memberId, j) => ({ memberId, field: ['poverty', 'disability'][j], issue: '生活費が足りない' })),
      },
      resources: [{ name: ['夜間の居場所', '移動支援', '就労体験の場'][i % 3], type: 'informal', state: 'missing' }],
    })),
  };
}
