// What a municipal policy is: its shape, and the policy with every setting filled in.
import type { RuleCode } from '../rules/codes';
import type { RuleSetting } from '../rules/engine';
import type { LegalBasis, MeetingKind, VocabularyExtensions } from '../vocab';
import type { LocalQuestion } from '../local/types';

export type { RuleSetting };

/** Japanese and English text. @public */
export interface LocalizedText {
  readonly ja: string;
  readonly en: string;
}

/** The sheets a municipality names in its own words. @public */
export type SheetName = 'referral' | 'response' | 'supportSharing' | 'actionPlan' | 'caseRecord' | 'meetingSession';

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
    Partial<
      Record<
        RuleCode | 'sheetNames' | 'meetingNames' | 'meetingLegalBases' | 'vocabularies' | 'dateDisplay' | 'drafts' | 'localItems',
        string
      >
    >
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
  /**
   * The law the municipality holds each kind of meeting under, when not the national default (a 支援会議 under
   * 社会福祉法第106条の6): 坂井's さかまる会議 is a 支援会議 of 生活困窮者自立支援法第9条 (seed 001 l.1597).
   * A meeting's own `legalBasis` wins; {@link legalBasisOf} reads both.
   */
  readonly meetingLegalBases?: Readonly<Partial<Record<MeetingKind, LegalBasis>>>;
  /** Local names of the sheets (title, print header, messages); {@link NATIONAL_SHEET_NAMES} otherwise. */
  readonly sheetNames?: Readonly<Partial<Record<SheetName, LocalizedText>>>;
  /** The notice in the footer of every printed page; 「個人情報につき取扱注意」 otherwise. */
  readonly paperNotice?: LocalizedText;
  /** Where and for how long the sheets keep drafts in the browser; a sheet's `draft-storage` and `draft-max-age` attributes override it. */
  readonly drafts?: DraftPolicy;
  /** つなぎ: the days a receiving agency has to reply (受理 or 辞退) before `tsunagi.replyOverdue` warns; 14 when absent. */
  readonly tsunagi?: { readonly replyDays?: number };
  /**
   * The municipality's own questions, asked in the sheets beside the national ones and checked by the core's
   * generic rules (`local.required`, `local.value`, `local.outdated`): adding one needs no release. Check the policy
   * with {@link validatePolicy}; a malformed question is left out of every sheet.
   */
  readonly localItems?: readonly LocalQuestion[];
  /** Summaries sent to many departments: the smallest group of households one may describe (k); 3 when absent (`checkReidentification`). */
  readonly privacy?: { readonly smallestGroup?: number };
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
