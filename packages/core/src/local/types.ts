// A municipality's own questions (DOMAIN §8, §10: every municipality's sheet differs): what a policy declares.
import type { VocabularyEntry } from '../vocab';

/** Japanese and English text (the policy's `LocalizedText`, declared here so that the rules need not import the policy). */
interface LocalizedText {
  readonly ja: string;
  readonly en: string;
}

/**
 * What a local question asks for, and so which field of its {@link LocalAnswer} holds the answer:
 * `text` and `longText` → `text`, `choice` → `code`, `choices` → `codes`, `date` → `date`, `number` → `number`,
 * `yesNo` → `yes`.
 * @public
 */
export type LocalItemType = 'text' | 'longText' | 'choice' | 'choices' | 'date' | 'number' | 'yesNo';

/**
 * Where a local question is asked: a sheet, an entry of the case record's 支援経過記録, or the household assessment.
 * @public
 */
export type LocalItemPlace = 'referral' | 'supportSharing' | 'actionPlan' | 'meetingSession' | 'caseContact' | 'assessment';

/**
 * When a local question must be answered, by another question's answer: the answer to `question` is `equals` (a
 * choice's code, one of several codes, a yes/no, a number or a text).
 * @public
 */
export interface LocalCondition {
  /** The id of another question of the same place. */
  readonly question: string;
  readonly equals: string | number | boolean;
}

/**
 * One of a municipality's own questions, declared in its policy (`MunicipalPolicy.localItems`): a local 圏域 code,
 * 「民生委員への連絡の要否」, a checkbox the prefecture asks for. The core checks the answers with generic rules
 * (`local.required`, `local.value`, `local.option`), so a question needs no rule module and no release; the sheets
 * render it like their own fields. Check a policy with {@link validatePolicy}: a malformed question is reported
 * there and left out of every sheet.
 *
 * @example
 * ```ts
 * const ward: LocalQuestion = {
 *   id: 'ward', place: 'referral', type: 'choice', required: true, reportable: true,
 *   label: { ja: '圏域', en: 'Area' },
 *   options: [{ code: 'north', ja: '北部', en: 'North' }, { code: 'south', ja: '南部', en: 'South' }],
 * };
 * ```
 * @public
 */
export interface LocalQuestion {
  /** Stable id, the key its answers are stored under: a letter, then letters, digits, `-` and `_` (64 at most). */
  readonly id: string;
  /** Where it is asked. */
  readonly place: LocalItemPlace;
  /**
   * The section of the sheet it is asked in (`person`, `consent`, `content`, `response` of the referral …; the
   * sheets' docs list them). Absent or unknown: the sheet's own section of local questions, at its end.
   */
  readonly section?: string;
  readonly label: LocalizedText;
  readonly hint?: LocalizedText;
  readonly type: LocalItemType;
  /** The choices of a `choice` or `choices` question, in order (a municipality's own list). */
  readonly options?: readonly VocabularyEntry[];
  /** Must be answered: always (`true`), or when another question's answer says so. Not at all when absent. */
  readonly required?: boolean | LocalCondition;
  /** The answers are counted in the 実績報告 (`reportTables`, CSV, Excel) as a breakdown of their own. */
  readonly reportable?: boolean;
  /** The smallest and largest answer of a `number` question. */
  readonly min?: number;
  readonly max?: number;
  /** The item of a national form the question stands for (自立相談支援 standard forms): kept with each answer. */
  readonly nationalItemId?: string;
}
