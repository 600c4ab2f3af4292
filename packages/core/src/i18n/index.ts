import { STRUCTURE_CODES, type IssueCode } from '../rules/codes';
import { en } from './en';
import { ja } from './ja';
import type { Locale, Messages } from './types';

export { en, ja };
export type { Locale, Messages };

/** The catalogs by locale. @public */
export const MESSAGES: Readonly<Record<Locale, Messages>> = { ja, en };

/**
 * The message for an issue code in a locale, with `{name}` parameters filled.
 * @public
 */
export function messageFor(
  code: IssueCode,
  locale: Locale = 'ja',
  params?: Readonly<Record<string, string | number>>,
): string {
  const template = (MESSAGES[locale] ?? ja)[code] ?? code;
  return params ? fillMessage(template, params) : template;
}

/**
 * Fills `{name}` placeholders of a message template; unknown names stay as
 * written. For messages of one's own that follow the catalog's style.
 *
 * @example
 * ```ts
 * fillMessage('{item}を追加しました。', { item: '行動3' }) // '行動3を追加しました。'
 * ```
 * @public
 */
export function fillMessage(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** Codes whose messages do not say which field they are about (「入力してください。」). */
const GENERIC_CODES: ReadonlySet<IssueCode> = /* @__PURE__ */ new Set<IssueCode>([
  ...STRUCTURE_CODES,
  'field.required',
  'vocabulary.unknownCode',
  'document.duplicateId',
]);

/**
 * Whether an issue's message names its field. Where it does not
 * (「入力してください。」), a form lists it as 「label：message」 in its summary.
 *
 * @example
 * ```ts
 * messageNamesField('field.required'); // false
 * messageNamesField('referral.problemViewRequired'); // true: 「課題認識（…）を入力してください。」
 * ```
 * @public
 */
export function messageNamesField(code: IssueCode): boolean {
  return !GENERIC_CODES.has(code);
}
