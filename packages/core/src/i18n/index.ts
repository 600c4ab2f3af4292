import type { IssueCode } from '../rules/codes';
import { RULE_METAS } from '../rules/catalog';
import { enStructure } from './en';
import { jaStructure } from './ja';
import type { Locale, Messages, StructureMessages } from './types';

export type { Locale, Messages };

/** The structure codes' messages by locale (the rules carry their own). */
export const STRUCTURE_MESSAGES: Readonly<Record<Locale, StructureMessages>> = { ja: jaStructure, en: enStructure };

const catalog = (locale: Locale): Messages =>
  ({ ...STRUCTURE_MESSAGES[locale], ...Object.fromEntries(RULE_METAS.map((m) => [m.code, m.messages[locale]])) }) as Messages;

/**
 * The catalogs by locale: the structure codes' messages and every rule's own
 * (each rule module holds its messages; test/core/vocab-i18n.test.ts checks parity).
 * @public
 */
export const MESSAGES: Readonly<Record<Locale, Messages>> = /* @__PURE__ */ (() => ({ ja: catalog('ja'), en: catalog('en') }))();

/**
 * The message for an issue code in a locale, with `{name}` parameters filled.
 * @public
 */
export function messageFor(code: IssueCode, locale: Locale = 'ja', params?: Readonly<Record<string, string | number>>): string {
  const template = (MESSAGES[locale] ?? MESSAGES.ja)[code] ?? code;
  return params ? fillMessage(template, params) : template;
}

/**
 * Fills `{name}` placeholders of a message template; unknown names stay as
 * written. `{name|one|other}` is the word that agrees with the number `name`
 * under English plural rules (`Intl.PluralRules`): `'{n} {n|entry|entries}'`.
 * For messages of one's own that follow the catalog's style.
 *
 * @example
 * ```ts
 * fillMessage('{item}を追加しました。', { item: '行動3' }) // '行動3を追加しました。'
 * fillMessage('At least {min} {min|entry is|entries are} needed.', { min: 1 }) // 'At least 1 entry is needed.'
 * ```
 * @public
 */
export function fillMessage(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (m, k: string, one?: string, other?: string) => {
    if (!(k in params)) return m;
    if (one === undefined) return String(params[k]);
    return new Intl.PluralRules('en').select(Number(params[k])) === 'one' ? one : (other ?? one);
  });
}
