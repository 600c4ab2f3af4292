// The measures of the 実績報告, in one table: what each count is (its TSDoc), how people read it (its
// label), and for a breakdown, its table. The counts type, the empty counts, the summary, monthly and
// long tables, the breakdown tables and so the CSV and Excel exports all derive from it: a new measure
// is one entry here and the counting that fills it (report/count-*.ts).
import type { Vocabulary, VocabularyName } from '../vocab';
import {
  APPLICATION_PROGRAMS,
  APPLICATION_STEPS,
  CONSENT_STATUSES,
  CONTACT_METHODS,
  CONTACT_PURPOSES,
  EXISTING_MEETINGS,
  FIELDS,
  ISSUE_TAGS,
  MEETING_KINDS,
  MEETING_SCHEDULES,
  RESOURCE_THEMES,
  ROUTES,
  SESSION_PURPOSES,
  SITUATIONS,
  SUPPORT_PROGRAMS,
  TSUNAGI_STATUSES,
} from '../vocab/lists';

/** Japanese and English text. */
type L = { readonly ja: string; readonly en: string };

/** A single count, shown in the summary, the monthly and the long tables under its label. */
interface Count {
  readonly kind: 'count';
  readonly label: L;
}
/** A count by code or by text; with `table`, its own table (and rows of the long table) in the report's tables. */
interface Breakdown {
  readonly kind: 'breakdown';
  readonly table?: {
    readonly id: string;
    readonly title: L;
    /** What the rows are (the label column's header). */
    readonly rowsAre: L;
    /** The code list that labels and orders the rows, with the municipality's additions. */
    readonly vocabulary?: readonly [VocabularyName, Vocabulary];
    /** Whether each year's shares are shown beside its counts, with a total row. */
    readonly shares: boolean;
    /**
     * For a key of two parts joined by `|` (`government|CSW`): how each part is labelled, by a code list or as
     * text. The first part is a code, never holding `|`; the label joins the parts with 「・」.
     */
    readonly parts?: readonly [readonly [VocabularyName, Vocabulary] | 'text', readonly [VocabularyName, Vocabulary] | 'text'];
  };
}

const count = (ja: string, en: string): Count => ({ kind: 'count', label: { ja, en } });
const breakdown = <const T extends NonNullable<Breakdown['table']>>(table: T) => ({ kind: 'breakdown', table }) as const;
/** A breakdown kept in the counts and the long table's sums, with no table of its own. */
const untabled = { kind: 'breakdown' } as const;
const FIELD = { ja: '分野', en: 'Field' } as const;
const byField = ['fields', FIELDS] as const;

/**
 * Every measure of the report, in the order people read them: the single counts first (the summary's rows
 * and the monthly table's columns), then the breakdowns (their tables, in this order).
 */
export const MEASURES = {
  /**
   * 新規相談件数: cases opened (受付) in the period, each once, whether they came by a referral or directly (氷見, seed
   * 003 l.684). A case's later referrals are not new consultations; a re-opening is counted in `reopenings`.
   */
  newConsultations: count('新規相談件数', 'New consultations'),
  /**
   * New consultations where several people of the household have a 地域生活課題 (a situation marked `lifeProblem` —
   * every category of 東海村's household pictures, seed 003 l.298–330, and 尾道's mix, seed 002 l.145: 不登校, 認知症,
   * DV, 依存症, 子育ての困難, ごみ屋敷 as well — that held at the end of the report's period (the intake's fiscal year,
   * or `to`), or an issue shared for them in a meeting held by then): 氷見's 「同一世帯内で複数の人が地域生活課題
   * を抱えるケース」 (seed 003 l.827). 相談率 = this / newConsultations.
   */
  multiMemberHouseholds: count('複数の人が課題を抱える世帯', 'Households with several people in difficulty'),
  /** Referrals received (consultations brought to multi-agency coordination). */
  referrals: count('つなぎ（紹介）件数', 'Referrals'),
  /** New plans (version 1). */
  plansMade: count('プラン作成件数', 'Plans made'),
  /** Plan revisions (version 2 and later). */
  plansRevised: count('プラン見直し件数', 'Plans revised'),
  /**
   * 重層的支援会議 held (「開催回数」, seed 001 l.851): a session counts once however many cases it discussed; a case's
   * meeting with no session counts on its own. A session that discussed some cases as 重層的支援会議 and others as
   * 支援会議 (米子, l.2246) counts once under each: this project's reading, since both were held (so the kinds may sum
   * to more than `sessions`).
   */
  juusouMeetings: count('重層的支援会議 開催回数', 'Multi-layered support meetings held'),
  /** 支援会議 held, counted the same way. */
  shienMeetings: count('支援会議 開催回数', 'Support meetings held'),
  /** Existing field meetings used for a case, counted the same way. */
  existingMeetings: count('既存の会議 活用回数', 'Existing meetings used'),
  /** Meetings held as sessions (`sessionId` on the case's meeting, or a session given). */
  sessions: count('会議の開催（回）', 'Meeting sessions'),
  /** Case discussions in those sessions (cases per session = casesDiscussed / sessions). */
  casesDiscussed: count('検討した事例数', 'Cases discussed'),
  /**
   * Attendances at the period's meetings: a session's attendees (出席 or 代理出席) once each, a case meeting's
   * attendees when it names no session. This project's figure: 福山 asks 「参加者はどうか（人数・分野は増えて
   * いるか）」 of its 支援者支援会議 (seed 000 l.696), a network and training meeting (l.720), not of case meetings —
   * a session with purpose `supporterSupport` is where its count is.
   */
  participants: count('会議の参加者（延べ人数）', 'Meeting attendances'),
  /** Plans (new or revised) made after a 支援会議 of the same case. */
  plansAfterShien: count('支援会議後のプラン', 'Plans after a support meeting'),
  /**
   * Of those, the plans whose 主担当 is the multi-agency coordinator: 福山 checks
   * that after a 支援会議 the coordinator does not become the main supporter
   * (「支援会議開催後に多機関協働事業者が主担当として支援していないか」, seed 000 l.696): the plan's 主たる支援者
   * (`team.mainSupporterIsCoordinator`), not its チームリーダー, whom 盛岡 makes the coordinator with consent.
   */
  coordinatorLeadAfterShien: count('うち多機関協働事業者が主担当', 'Of which the coordinator is the main supporter'),
  /** Participation-support actions started (counted once, in the plan they first appear in). */
  participationSupport: count('参加支援（件）', 'Participation support (actions)'),
  /**
   * 実人数 of 参加支援 in each fiscal year: people (cases) enrolled in 参加支援事業 at any time in the year, or with a
   * participation-support action in a plan made in the year — each once a year, in the month of the year they are
   * first known in. So a year's total is its 実人数, and a month's figure is those first counted that month. An
   * enrolment still open counts in every year up to the case's latest record.
   */
  participationPeople: count('参加支援（実人数）', 'Participation support (people)'),
  /** Outreach actions started (counted once). */
  outreach: count('アウトリーチ（件）', 'Outreach (actions)'),
  /**
   * 実人数 of アウトリーチ in each fiscal year, counted as `participationPeople`: enrolment in アウトリーチ等事業 —
   * which before consent is how a person is supported (seed 001 l.585) — or an outreach action in a plan of the year.
   */
  outreachPeople: count('アウトリーチ（実人数）', 'Outreach (people)'),
  /** Cases moved from 支援会議 to 重層的支援会議 (「同意が取れて、重層的支援会議に移行」, seed 001 l.1494–1496; l.585, l.1830): at the first 重層的支援会議 after a 支援会議 of the case (`phaseMove`). */
  phaseMoves: count('支援会議から重層的支援会議への移行', 'Moved from support to multi-layered meetings'),
  /** 延支援回数: contacts in the 支援経過記録 (氷見, seed 003 l.685), by anyone who recorded one. */
  contacts: count('延支援回数', 'Contacts (total)'),
  /** Of those, the coordinator's office's own (`byCoordinatorOffice`): what the guidebook asks a municipality to watch, the coordinator being a manager rather than a player (seed 001 l.257, l.734). */
  coordinatorContacts: count('うち多機関協働事業者の支援', "Of which the coordinator's office's"),
  /** Of the coordinator's office's contacts, those of direct support of the household (`purpose: directSupport`): the player share's numerator. */
  coordinatorDirectSupport: count('うち本人・世帯への直接支援', 'Of which direct support of the household'),
  /**
   * つなぎ件数: the case handed on to an agency or service (`Case.tsunagi`), counted at its 依頼 — 行政事業レビュー's
   * 「他制度・他機関へのつなぎ」. Their outcomes are in `tsunagiOutcomes` and the table `tsunagi`.
   */
  tsunagiRequested: count('つなぎ件数', 'Referrals out'),
  /** Terminations (終結). */
  terminations: count('終結件数', 'Closures'),
  /** Re-openings. */
  reopenings: count('再開件数', 'Re-openings'),

  /** New consultations by 相談経路 (the intake's route, else the first referral's; `unknown`). Shares: {@link shares}. */
  newByRoute: breakdown({
    id: 'routes',
    title: { ja: '相談経路別 新規相談', en: 'New consultations by route' },
    rowsAre: { ja: '相談経路', en: 'Route' },
    vocabulary: ['routes', ROUTES],
    shares: true,
  }),
  /** New consultations by the team that received them (氷見: CSW or the centre, seed 003 l.815; `unknown`). */
  newByTeam: breakdown({
    id: 'teams',
    title: { ja: '受付チーム別 新規相談', en: 'New consultations by team' },
    rowsAre: { ja: '受付', en: 'Team' },
    shares: true,
  }),
  /** New consultations by the 分野 of who brought them (`unknown`). */
  newByReferrerField: breakdown({
    id: 'referrerFields',
    title: { ja: '相談者の分野別 新規相談', en: 'New consultations by field' },
    rowsAre: FIELD,
    vocabulary: byField,
    shares: true,
  }),
  /**
   * New consultations by the person's sex and age band at intake (`female:80-89`; `unknown` for either part): cases,
   * one person each. Not 氷見's 民生委員 survey, which counts people of the households (「88世帯(126人)」, seed 003
   * l.703–711) outside any case record.
   */
  newBySexAge: breakdown({
    id: 'sexAge',
    title: { ja: '性別・年代別 新規相談', en: 'New consultations by sex, age' },
    rowsAre: { ja: '性別・年代', en: 'Sex and age' },
    shares: true,
  }),
  /**
   * New consultations by the person's situations as they stood at the end of the report's period (`situationsOn`:
   * a situation recorded later does not change a past year; a person with two counts in both).
   */
  newBySituation: breakdown({
    id: 'situations',
    title: { ja: '状況別 新規相談', en: 'New consultations by situation' },
    rowsAre: { ja: '状況', en: 'Situation' },
    vocabulary: ['situations', SITUATIONS],
    shares: false,
  }),
  /** Those attendances by 分野 (`unknown` when not recorded). */
  participantsByField: breakdown({
    id: 'participants',
    title: { ja: '分野別 会議の参加者', en: 'Meeting attendances by field' },
    rowsAre: FIELD,
    vocabulary: byField,
    shares: true,
  }),
  /**
   * Case discussions by the 分野 of the issues shared for the household (a
   * discussion counts once in each field): the mix of issues 尾道 reports for its
   * case meetings (seed 002 l.141–146).
   */
  discussionsByIssueField: breakdown({
    id: 'issueFields',
    title: { ja: '課題の分野別 事例検討', en: 'Case discussions by issue' },
    rowsAre: FIELD,
    vocabulary: byField,
    shares: false,
  }),
  /**
   * Case discussions by the case's issue tags known by the meeting (its referrals' `tags`; a discussion counts once
   * in each): 尾道 reports its 個別ケース会議 by 8050問題・ひきこもり・薬物依存・不登校・経済的困窮 (seed 002 l.145–146).
   */
  discussionsByIssueTag: breakdown({
    id: 'issueTags',
    title: { ja: '課題タグ別 事例検討', en: 'Case discussions by issue tag' },
    rowsAre: { ja: '課題', en: 'Issue' },
    vocabulary: ['issueTags', ISSUE_TAGS],
    shares: false,
  }),
  /** New consultations by the issue tags of the referrals received by the intake (a case counts once in each). */
  newByIssueTag: breakdown({
    id: 'newIssueTags',
    title: { ja: '課題タグ別 新規相談', en: 'New consultations by issue tag' },
    rowsAre: { ja: '課題', en: 'Issue' },
    vocabulary: ['issueTags', ISSUE_TAGS],
    shares: false,
  }),
  /** 延支援回数 by contact method code. */
  contactsByMethod: breakdown({
    id: 'contacts',
    title: { ja: '方法別 延支援回数', en: 'Contacts by method' },
    rowsAre: { ja: '方法', en: 'Method' },
    vocabulary: ['contactMethods', CONTACT_METHODS],
    shares: true,
  }),
  /** Referrals by 分野 code; a referral with several fields counts once in each. */
  byField: breakdown({
    id: 'referralFields',
    title: { ja: '分野別 つなぎ', en: 'Referrals by field' },
    rowsAre: FIELD,
    vocabulary: byField,
    shares: false,
  }),
  /** 不足している資源 named in the period's meetings, by name: how many cases named each, a case once a month (地域課題 for the 推進会議; no personal data). */
  missingResources: breakdown({
    id: 'missingResources',
    title: { ja: '不足している資源', en: 'Missing resources' },
    rowsAre: { ja: '資源', en: 'Resource' },
    shares: false,
  }),
  /** 不足している資源 by theme and 圏域 (`theme|area`, the 地域課題 register's lines): cases, once a month a line; the resource's area, else the person's district. */
  missingByThemeArea: breakdown({
    id: 'missingThemes',
    title: { ja: 'テーマ・圏域別 不足している資源', en: 'Missing by theme and area' },
    rowsAre: { ja: 'テーマ・圏域', en: 'Theme, area' },
    shares: false,
    parts: [['resourceThemes', RESOURCE_THEMES], 'text'],
  }),
  /**
   * 事業別 相談受付件数 (「各事業の相談受付件数」, seed 001 l.851): enrolments in each 事業 begun in the period
   * (`enrolments[].from`); a case enrolled twice in one 事業 counts twice.
   */
  newByProgram: breakdown({
    id: 'programs',
    title: { ja: '事業別 相談受付件数', en: 'Enrolments by programme' },
    rowsAre: { ja: '事業', en: 'Programme' },
    vocabulary: ['supportPrograms', SUPPORT_PROGRAMS],
    shares: false,
  }),
  /** New consultations by route and receiving team (氷見's CSW 経路別 新規相談, seed 003 l.815–825): `route|team`. */
  newByRouteTeam: breakdown({
    id: 'routeTeams',
    title: { ja: '経路別・受付チーム別 新規相談', en: 'New by route and team' },
    rowsAre: { ja: '経路・受付', en: 'Route, team' },
    shares: true,
    parts: [['routes', ROUTES], 'text'],
  }),
  /**
   * Sessions by what they were for (`sessionPurpose`; a session known only from the cases' meetings discussed cases):
   * 盛岡's まるごと推進会議 and 市原's 相談機関連絡会 discuss no case (seed 001 l.1004, l.1180–1197).
   */
  sessionsByPurpose: breakdown({
    id: 'sessionPurposes',
    title: { ja: '目的別 会議の開催', en: 'Sessions by purpose' },
    rowsAre: { ja: '目的', en: 'Purpose' },
    vocabulary: ['sessionPurposes', SESSION_PURPOSES],
    shares: false,
  }),
  /**
   * Meetings held, 定例 or 随時 (盛岡 holds its よりそい会議 定例 and the 支援会議 随時, seed 001 l.1075): a session once,
   * a case's meeting with no session on its own (`unknown` when not recorded).
   */
  meetingsBySchedule: breakdown({
    id: 'schedules',
    title: { ja: '定例・随時別 会議の開催', en: 'Meetings, regular or ad hoc' },
    rowsAre: { ja: '開催の区分', en: 'Schedule' },
    vocabulary: ['meetingSchedules', MEETING_SCHEDULES],
    shares: false,
  }),
  /**
   * Existing meetings by kind (支援調整会議 apart: 氷見 reports it on its own, seed 003 l.694): a meeting held as an
   * existing one, and an existing meeting a session was combined with (`combinedWith`, 名張, seed 001 l.1829).
   */
  existingByKind: breakdown({
    id: 'existingMeetings',
    title: { ja: '種類別 既存の会議', en: 'Existing meetings by kind' },
    rowsAre: { ja: '会議', en: 'Meeting' },
    vocabulary: ['existingMeetings', EXISTING_MEETINGS],
    shares: false,
  }),
  /** Plans made (version 1) by the consent recorded with them and the kind of the meeting they were made in: `consent|kind`. */
  plansByConsentKind: breakdown({
    id: 'planConsent',
    title: { ja: '同意・会議の種類別 プラン作成', en: 'Plans by consent, meeting' },
    rowsAre: { ja: '同意・会議', en: 'Consent, meeting' },
    shares: false,
    parts: [
      ['consentStatuses', CONSENT_STATUSES],
      ['meetingKinds', MEETING_KINDS],
    ],
  }),
  /** 延支援回数 by what each contact was for (`unknown` when not recorded). */
  contactsByPurpose: breakdown({
    id: 'contactPurposes',
    title: { ja: '目的別 延支援回数', en: 'Contacts by purpose' },
    rowsAre: { ja: '目的', en: 'Purpose' },
    vocabulary: ['contactPurposes', CONTACT_PURPOSES],
    shares: true,
  }),
  /**
   * 支援実績 (氷見, seed 003 l.690–701): the steps of applications and services by 制度, `program|step`, each step
   * once an application in the month of its date — 住居確保給付金 相談 and 決定, 就労支援 支援 and 就労 (就労者数). An
   * application is usually one person's, so its 就労 and 収入増 rows are people.
   */
  applicationSteps: breakdown({
    id: 'applications',
    title: { ja: '制度別 相談・申請・決定', en: 'Applications by programme' },
    rowsAre: { ja: '制度・段階', en: 'Programme, step' },
    shares: false,
    parts: [
      ['applicationPrograms', APPLICATION_PROGRAMS],
      ['applicationSteps', APPLICATION_STEPS],
    ],
  }),
  /**
   * つなぎ by the receiving agency's 分野 and what became of them by the end of the report's period, `field|status`,
   * each in the month of its 依頼: `requested` for every one, then `accepted` (受理), `declined` (辞退), `started`
   * (利用開始), `connected` (つながった), `notConnected` (つながらなかった), `cancelled` (取消) as reached by then. 受理率
   * and つながった割合 are `accepted` and `connected` over `requested` (the table `tsunagi`).
   */
  tsunagiOutcomes: breakdown({
    id: 'tsunagiOutcomes',
    title: { ja: '分野別 つなぎの結果', en: 'Referrals out by outcome' },
    rowsAre: { ja: '分野・結果', en: 'Field, outcome' },
    shares: false,
    parts: [byField, ['tsunagiStatuses', TSUNAGI_STATUSES]],
  }),
  /** Days from 依頼 to 受理, by the receiver's 分野: `field|days`, a tally to take medians from (the table `tsunagi`). */
  tsunagiDaysToAccept: untabled,
  /** Days from 依頼 to the outcome (つながった or つながらなかった), by the receiver's 分野: `field|days`. */
  tsunagiDaysToOutcome: untabled,
  /** Referrals by 相談経路 code (`unknown` when not recorded). */
  byRoute: untabled,
  /** Answers to the municipality's own questions, in the documents of the month (`id|code`, `id|yes`, `id|=sum`, `id|=answered`; count-local.ts). */
  localAnswers: untabled,
} as const;

type Measures = typeof MEASURES;
/** The key of a single count. */
export type CountKey = { [K in keyof Measures]: Measures[K]['kind'] extends 'count' ? K : never }[keyof Measures];
/** The key of a breakdown. */
export type BreakdownKey = Exclude<keyof Measures, CountKey>;
/** The id of a breakdown's table. */
export type BreakdownTableId = { [K in BreakdownKey]: Measures[K] extends { table: { id: infer I } } ? I : never }[BreakdownKey];

/**
 * The counts reported for one period (実績報告): a number for each single count, a tally by code for each
 * breakdown. Each measure's definition is on its entry in the measures table (hover a key).
 * @public
 */
export type ReportCounts = { -readonly [K in keyof Measures]: K extends CountKey ? number : Record<string, number> };

/** Every measure's key, in reading order. */
export const KEYS = Object.keys(MEASURES) as (keyof Measures)[];
/** The single counts, in reading order, with their labels. */
export const COUNT_MEASURES = KEYS.filter((k): k is CountKey => MEASURES[k].kind === 'count').map((key) => ({
  key,
  label: MEASURES[key].label,
}));
/** The breakdowns with a table, in table order. */
export const BREAKDOWN_TABLES = KEYS.flatMap((key) => {
  const table = (MEASURES[key] as Breakdown).table;
  return table && MEASURES[key].kind === 'breakdown' ? [{ key: key as BreakdownKey, ...table, id: table.id as BreakdownTableId }] : [];
});
