import { RULE_DEFAULTS, type RuleCode } from './rules/codes';
import type { MeetingKind, VocabularyExtensions } from './vocab';

/** How a rule applies under a policy. @public */
export type RuleSetting = 'error' | 'warning' | 'off';

/** Japanese and English text. @public */
export interface LocalizedText {
  readonly ja: string;
  readonly en: string;
}

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
  /** Rule severities that differ from the national defaults. */
  readonly rules?: Readonly<Partial<Record<RuleCode, RuleSetting>>>;
  /** The municipality's own entries in the extensible code lists. */
  readonly vocabularies?: VocabularyExtensions;
  /** How the sheets show dates. */
  readonly dateDisplay?: 'western' | 'wareki';
  /** Local names of the meetings (よりそい会議, さかまる会議…), by legal kind. */
  readonly meetingNames?: Readonly<Partial<Record<MeetingKind, LocalizedText>>>;
}

/** A policy with every rule's setting filled in. @public */
export interface ResolvedPolicy {
  readonly id: string;
  readonly name: LocalizedText;
  readonly rules: Readonly<Record<RuleCode, RuleSetting>>;
  readonly vocabularies: VocabularyExtensions;
  readonly dateDisplay: 'western' | 'wareki';
  readonly meetingNames: Readonly<Partial<Record<MeetingKind, LocalizedText>>>;
}

/** Checks and returns a policy (identity, for type inference). @public */
export function definePolicy<const P extends MunicipalPolicy>(policy: P): P {
  return policy;
}

/** The national defaults of DOMAIN §5. @public */
export const DEFAULT_POLICY: MunicipalPolicy = {
  id: 'national-default',
  name: { ja: '国の標準', en: 'National defaults' },
  source: 'DOMAIN §5: rules seen across the guidebook (令和5年3月)',
};

/**
 * Example: 高島市 (Shiga). Holds 支援会議 whatever the consent; every attendee
 * must have a role (行動連携) — an error, not a warning; a neutral facilitator.
 * @public
 */
export const TAKASHIMA_EXAMPLE_POLICY = definePolicy({
  id: 'example-takashima',
  name: { ja: '高島市の例', en: 'Takashima example' },
  source: 'Seed 001: つむぎあいシート, 支援共有・行動連携計画シート, 高島市 case study',
  rules: {
    'plan.attendeeWithoutAction': 'error',
    'meeting.facilitatorInvolved': 'error',
    'meeting.juusouPossible': 'off',
  },
  meetingNames: {
    shien: { ja: '支援会議（くらし連携会議）', en: 'Support meeting (Kurashi renkei)' },
  },
  dateDisplay: 'wareki',
});

/**
 * Example: 盛岡市 (Iwate). Consent is always checked before a referral;
 * consent chooses the meeting and the team lead (with consent the coordinator
 * leads, without it a field agency); every action says which agency does what
 * by when.
 * @public
 */
export const MORIOKA_EXAMPLE_POLICY = definePolicy({
  id: 'example-morioka',
  name: { ja: '盛岡市の例', en: 'Morioka example' },
  source: 'Seed 001: 盛岡市 相談シート and common rules (必ず本人同意の確認を行う)',
  rules: {
    'referral.consentUnchecked': 'error',
    'consent.dateMissing': 'error',
    'meeting.juusouPossible': 'warning',
    'plan.leadByConsent': 'error',
    'plan.leadRequired': 'error',
  },
  dateDisplay: 'western',
});

/** The example policies shipped with tsunagu. @public */
export const EXAMPLE_POLICIES = [TAKASHIMA_EXAMPLE_POLICY, MORIOKA_EXAMPLE_POLICY] as const;

/** Fills in a policy's unset rules from the national defaults. @public */
export function resolvePolicy(policy: MunicipalPolicy = DEFAULT_POLICY): ResolvedPolicy {
  return {
    id: policy.id,
    name: policy.name,
    rules: { ...RULE_DEFAULTS, ...(policy.rules ?? {}) },
    vocabularies: policy.vocabularies ?? {},
    dateDisplay: policy.dateDisplay ?? 'western',
    meetingNames: policy.meetingNames ?? {},
  };
}
