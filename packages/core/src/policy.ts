import { RULE_DEFAULTS, type RuleCode } from './rules/codes';
import type { MeetingKind, Vocabulary, VocabularyExtensions } from './vocab';
import { MEETING_KINDS } from './vocab/lists';

import type { RuleSetting } from './rules/define';

export type { RuleSetting };

/** Japanese and English text. @public */
export interface LocalizedText {
  readonly ja: string;
  readonly en: string;
}

/** The sheets a municipality names in its own words. @public */
export type SheetName = 'referral' | 'response' | 'supportSharing' | 'actionPlan' | 'caseRecord' | 'meetingSession';

/**
 * The national, neutral names of the sheets. No municipality uses these: each
 * names its own (高島 つむぎあいシート, 坂井 紹介シート, 米子 つなぐシート,
 * 盛岡 相談シート — seed 001 l.462, l.1669, l.2213, l.436), and a policy says so
 * in {@link MunicipalPolicy.sheetNames}.
 * @public
 */
export const NATIONAL_SHEET_NAMES: Readonly<Record<SheetName, LocalizedText>> = {
  referral: { ja: '紹介シート（多機関協働事業へのつなぎ）', en: 'Referral sheet' },
  response: { ja: '紹介への回答（今後の対応）', en: 'Response to the referral' },
  supportSharing: { ja: '支援共有シート', en: 'Support-sharing sheet' },
  actionPlan: { ja: '行動連携計画シート', en: 'Action plan sheet' },
  caseRecord: { ja: '支援経過記録', en: 'Case record' },
  meetingSession: { ja: '会議の開催（招集・出欠・検討事例）', en: 'Meeting session' },
};

/**
 * A municipality's policy: its changes to the national defaults (DOMAIN §5).
 * Everything is optional; what is not said follows {@link DEFAULT_POLICY}.
 *
 * @example
 * ```ts
 * const policy = definePolicy({
 *   id: 'example-city',
 *   name: { ja: '例市', en: 'Example City' },
 *   rules: { 'plan.attendeeWithoutAction': 'error' },
 *   sources: { 'plan.attendeeWithoutAction': '例市 会議運営要領 第3条' },
 *   vocabularies: { issueTags: [{ code: 'x-pets', ja: '多頭飼育', en: 'Animal hoarding' }] },
 * });
 * ```
 * @public
 */
export interface MunicipalPolicy {
  /** Stable identifier (ASCII). */
  readonly id: string;
  readonly name: LocalizedText;
  /** What the policy is drawn from, for the docs. */
  readonly source?: string;
  /**
   * Where each setting comes from, by setting: a rule code, or `sheetNames`,
   * `meetingNames`, `vocabularies`, `dateDisplay`. The example policies cite
   * the seed passage of every setting; a municipality cites its own rules.
   */
  readonly sources?: Readonly<
    Partial<Record<RuleCode | 'sheetNames' | 'meetingNames' | 'vocabularies' | 'dateDisplay' | 'drafts', string>>
  >;
  /** Rule severities that differ from the national defaults. */
  readonly rules?: Readonly<Partial<Record<RuleCode, RuleSetting>>>;
  /** The municipality's own entries in the extensible code lists. */
  readonly vocabularies?: VocabularyExtensions;
  /** How the sheets show dates. */
  readonly dateDisplay?: 'western' | 'wareki';
  /**
   * Local names of the meetings, by legal kind (盛岡 よりそい会議 is a
   * 重層的支援会議; 坂井 さかまる会議 is both). The legal kind stays what is
   * stored and counted; the local name is what people see.
   */
  readonly meetingNames?: Readonly<Partial<Record<MeetingKind, LocalizedText>>>;
  /** Local names of the sheets (title, print header, messages); {@link NATIONAL_SHEET_NAMES} otherwise. */
  readonly sheetNames?: Readonly<Partial<Record<SheetName, LocalizedText>>>;
  /** The notice in the footer of every printed page; 「個人情報につき取扱注意」 otherwise. */
  readonly paperNotice?: LocalizedText;
  /** Where and for how long the sheets keep drafts in the browser; a sheet's `draft-storage` and `draft-max-age` attributes override it. */
  readonly drafts?: DraftPolicy;
}

/**
 * Drafts in the browser, as a municipality's information-security rules allow them. Unset, the
 * sheets keep a draft in the tab only (`session`) for 8 hours: municipal PCs are shared.
 * @public
 */
export interface DraftPolicy {
  /** `none` (no draft is kept), `session` (this tab, until it is closed) or `local` (this browser, until it expires). */
  readonly storage?: 'none' | 'session' | 'local';
  /** Hours after the last edit when a draft is removed unread. */
  readonly maxAgeHours?: number;
}

/** A policy with every rule's setting filled in. @public */
export interface ResolvedPolicy {
  readonly id: string;
  readonly name: LocalizedText;
  readonly rules: Readonly<Record<RuleCode, RuleSetting>>;
  readonly vocabularies: VocabularyExtensions;
  readonly dateDisplay: 'western' | 'wareki';
  readonly meetingNames: Readonly<Partial<Record<MeetingKind, LocalizedText>>>;
  readonly sheetNames: Readonly<Record<SheetName, LocalizedText>>;
}

/** Checks and returns a policy (identity, for type inference). @public */
export function definePolicy<const P extends MunicipalPolicy>(policy: P): P {
  return policy;
}

/** A sheet's name under a policy: the municipality's own, or the national one. @public */
export function sheetNameOf(policy: MunicipalPolicy | undefined, sheet: SheetName, locale: 'ja' | 'en' = 'ja'): string {
  return (policy?.sheetNames?.[sheet] ?? NATIONAL_SHEET_NAMES[sheet])[locale];
}

/**
 * A meeting kind's label under a policy: the legal kind, with the local name
 * when the municipality has one — 「重層的支援会議（よりそい会議）」.
 * @public
 */
export function meetingNameOf(
  policy: MunicipalPolicy | undefined,
  kind: MeetingKind,
  legal: LocalizedText,
  locale: 'ja' | 'en' = 'ja',
): string {
  const local = policy?.meetingNames?.[kind];
  if (!local) return legal[locale];
  return locale === 'ja' ? `${legal.ja}（${local.ja}）` : `${legal.en} — ${local.en}`;
}

/** The meeting kinds as a code list under a policy, each labelled by {@link meetingNameOf}: what a sheet offers. @public */
export function meetingKindsOf(policy: MunicipalPolicy | undefined): Vocabulary {
  return MEETING_KINDS.map((e) => ({
    code: e.code,
    ja: meetingNameOf(policy, e.code, e, 'ja'),
    en: meetingNameOf(policy, e.code, e, 'en'),
  }));
}

/** The national defaults of DOMAIN §5. @public */
export const DEFAULT_POLICY: MunicipalPolicy = {
  id: 'national-default',
  name: { ja: '国の標準', en: 'National defaults' },
  source: 'DOMAIN §5 and seed 001 (重層的支援体制整備事業 ガイドブック, 令和5年3月): what the guidebook says of every municipality',
};

/**
 * Example: 高島市 (Shiga). Holds 支援会議 whatever the consent; every attendee
 * must have a role (行動連携) — an error, not a warning; a neutral facilitator.
 * Each setting cites its passage in seed 001.
 * @public
 */
export const TAKASHIMA_EXAMPLE_POLICY = /* @__PURE__ */ definePolicy({
  id: 'example-takashima',
  name: { ja: '高島市の例', en: 'Takashima example' },
  source: 'Seed 001, 第3部 事例集「滋賀県高島市」 (l.1883–2104) and l.462',
  rules: {
    'plan.attendeeWithoutAction': 'error',
    'case.attendeeWithoutAction': 'error',
    'meeting.facilitatorInvolved': 'error',
    'meeting.juusouPossible': 'off',
  },
  sources: {
    'plan.attendeeWithoutAction':
      '001 l.2082: 会議出席者を記載して、各々の役割を記載することで「行動連携」(特定のメンバーではなく、チーム全員が役割を持つ)を促している',
    'case.attendeeWithoutAction': '001 l.2082 (the same passage: every attendee of the meeting, not only those left on the plan)',
    'meeting.facilitatorInvolved': '001 l.2082: 当該ケースへの直接の関わりがないくらし連携支援室の職員が進行を務めるようにしている',
    'meeting.juusouPossible': '001 l.2030: 本人同意の有無に関わらず支援会議として開催している',
    sheetNames: '001 l.462 and l.2029: つむぎあいシート A・B 票, C 票で今後の対応について回答; l.638 支援共有・行動連携計画シート',
  },
  sheetNames: {
    referral: { ja: 'つむぎあいシート（A・B票）', en: 'Tsumugiai sheet (A/B)' },
    response: { ja: 'つむぎあいシート（C票）', en: 'Tsumugiai sheet (C: response)' },
    supportSharing: { ja: '支援共有・行動連携計画シート（支援共有）', en: 'Support-sharing and action plan sheet (sharing)' },
    actionPlan: { ja: '支援共有・行動連携計画シート（支援計画）', en: 'Support-sharing and action plan sheet (plan)' },
  },
});

/**
 * Example: 盛岡市 (Iwate), from its 「重層的支援体制整備事業の共通ルール」.
 * Consent is always checked before a referral; consent chooses the meeting
 * (よりそい会議 is the 重層的支援会議; without consent, a 支援会議) and the
 * team lead; at 終結 an agency other than 社協 carries on, and 終結 is decided
 * in a meeting.
 * @public
 */
export const MORIOKA_EXAMPLE_POLICY = /* @__PURE__ */ definePolicy({
  id: 'example-morioka',
  name: { ja: '盛岡市の例', en: 'Morioka example' },
  source: 'Seed 001: 盛岡市「重層的支援体制整備事業の共通ルール」 (l.434–440) and 事例集「岩手県盛岡市」 (l.990–1100)',
  rules: {
    'referral.consentUnchecked': 'error',
    'consent.dateMissing': 'error',
    'meeting.juusouPossible': 'warning',
    'plan.leadByConsent': 'error',
    'plan.leadRequired': 'error',
    'termination.successorIsCoordinator': 'error',
    'termination.meetingRequired': 'error',
  },
  sources: {
    'referral.consentUnchecked': '001 l.436: つなぐ場合、相談シートの作成は必須であり、必ず本人同意の確認を行う',
    'consent.dateMissing': '001 l.436: 必ず本人同意の確認を行う (a check that is recorded has its date)',
    'meeting.juusouPossible': '001 l.1076: よりそい会議と支援会議は、機能としては同一で、本人同意の有無で使い分けている',
    'plan.leadByConsent':
      '001 l.438: 本人同意ありのケースは、社協がチームリーダーとなり … 本人同意なしのケースは、関係機関がチームリーダーとなり支援を進めることとなる（社協とは限らない）',
    'plan.leadRequired': '001 l.438: チームリーダーとなり、関係機関の進捗状況等を確認しながら、支援を進める',
    'termination.successorIsCoordinator':
      '001 l.438: 重層事業の利用は終了となる。その場合、社協以外の関係機関が新たなチームリーダーとなり支援を継続する',
    'termination.meetingRequired':
      '001 l.1095: 多機関協働事業としての終結は、重層的支援会議の場で決めることとしており、各機関の判断で終結させないように説明している',
    meetingNames: '001 l.1004: よりそい会議 ※重層的支援会議に該当; l.1004 本人同意が取れない場合は、支援会議を実施',
    sheetNames: '001 l.436: 相談シートの作成は必須',
  },
  meetingNames: {
    juusou: { ja: 'よりそい会議', en: 'Yorisoi meeting' },
  },
  sheetNames: {
    referral: { ja: '相談シート', en: 'Consultation sheet' },
  },
});

/**
 * Example: 坂井市 (Fukui). Its さかまる会議 is both its 重層的支援会議 and its
 * 支援会議, under one set of ground rules (心得) whose 第九条 asks everyone for
 * confidentiality in both; the referrer's view of the problem is always
 * written on the 紹介シート.
 * @public
 */
export const SAKAI_EXAMPLE_POLICY = /* @__PURE__ */ definePolicy({
  id: 'example-sakai',
  name: { ja: '坂井市の例', en: 'Sakai example' },
  source: 'Seed 001: 坂井市「さかまる会議 心得」 (l.442–458) and 事例集「福井県坂井市」 (l.1573–1725)',
  rules: {
    'meeting.confidentialityJuusou': 'error',
    'referral.problemViewRequired': 'error',
    'meeting.purposeRequired': 'error',
  },
  sources: {
    'meeting.confidentialityJuusou': '001 l.432 「さかまる会議（重層的支援会議・支援会議）心得」 and l.454 第九条 守秘義務を徹底するべし',
    'referral.problemViewRequired': '001 l.1669: 支援の方針を決定するために、課題認識を必ず記載してもらうようにしている',
    'meeting.purposeRequired': '001 l.448 第三条: 会議のはじめに目的を共有するべし',
    meetingNames: '001 l.432: さかまる会議（重層的支援会議・支援会議）; l.1597 notes it is also the 支援会議 of 生活困窮者自立支援法第9条',
    sheetNames: '001 l.1669: 紹介シートに情報を記載してもらっている',
  },
  meetingNames: {
    juusou: { ja: 'さかまる会議', en: 'Sakamaru meeting' },
    shien: { ja: 'さかまる会議', en: 'Sakamaru meeting' },
  },
  sheetNames: {
    referral: { ja: '紹介シート', en: 'Referral sheet (shōkai)' },
  },
});

/**
 * Example: 米子市 (Tottori). Consent chooses the meeting; the person likely to
 * become the 主担 runs it (so the facilitator may be involved); an in-house
 * 援助方針会議 serves cases that stay inside the city office; referrals go on
 * the つなぐシート.
 * @public
 */
export const YONAGO_EXAMPLE_POLICY = /* @__PURE__ */ definePolicy({
  id: 'example-yonago',
  name: { ja: '米子市の例', en: 'Yonago example' },
  source: 'Seed 001: 事例集「鳥取県米子市」 (l.2205–2300)',
  rules: {
    'meeting.facilitatorInvolved': 'off',
    'meeting.juusouPossible': 'warning',
  },
  sources: {
    'meeting.facilitatorInvolved':
      '001 l.2263: 重層的支援会議・支援会議は、支援の主担となりうる人に、会議事務（日時調整や参加者の調整、当日の運営など）をお願いしている',
    'meeting.juusouPossible': '001 l.2246: 情報共有に対する本人同意がないものは支援会議、同意がある場合は重層的支援会議としている',
    vocabularies: '001 l.2246: 庁内での連携で済む場合等は、援助方針会議（庁内会議）を開催している',
    sheetNames: '001 l.2213: 他課につなげる際に活用するための『つなぐシート』を開発',
  },
  vocabularies: {
    existingMeetings: [{ code: 'x-enjoHoshin', ja: '援助方針会議（庁内会議）', en: 'Support policy meeting (in-house)' }],
  },
  sheetNames: {
    referral: { ja: 'つなぐシート', en: 'Tsunagu sheet' },
  },
});

/** The example policies shipped with tsunagu. @public */
export const EXAMPLE_POLICIES = [TAKASHIMA_EXAMPLE_POLICY, MORIOKA_EXAMPLE_POLICY, SAKAI_EXAMPLE_POLICY, YONAGO_EXAMPLE_POLICY] as const;

/** Fills in a policy's unset rules from the national defaults. @public */
export function resolvePolicy(policy: MunicipalPolicy = DEFAULT_POLICY): ResolvedPolicy {
  return {
    id: policy.id,
    name: policy.name,
    rules: { ...RULE_DEFAULTS, ...(policy.rules ?? {}) },
    vocabularies: policy.vocabularies ?? {},
    dateDisplay: policy.dateDisplay ?? 'western',
    meetingNames: policy.meetingNames ?? {},
    sheetNames: { ...NATIONAL_SHEET_NAMES, ...(policy.sheetNames ?? {}) },
  };
}
