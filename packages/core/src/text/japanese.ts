/* Japanese text as people type it with an input method: readings in hiragana
 * or half-width katakana, numbers in full-width digits with 「－」 or 「ー」.
 * No tables: Unicode's own compatibility mapping (NFKC) turns half-width
 * katakana into full-width (ｶﾞ → ガ), and hiragana sits exactly 0x60 below
 * its katakana. */
import { halfWidthDigits } from './digits';

/**
 * A reading (フリガナ) in full-width katakana: hiragana becomes katakana
 * (やまだ → ヤマダ), half-width katakana becomes full-width (ﾔﾏﾀﾞ → ヤマダ),
 * runs of spaces become one. Anything else (kanji, Latin letters) is kept as
 * typed, for the `person.kana` rule to point out.
 *
 * @example
 * ```ts
 * toKatakanaReading('やまだ\u3000はなこ'); // 'ヤマダ\u3000ハナコ' (the ideographic space kept)
 * toKatakanaReading('ﾔﾏﾀﾞ'); // 'ヤマダ'
 * ```
 * @public
 */
export function toKatakanaReading(input: string): string {
  // NFKC would make the full-width space an ASCII one: keep the person's spacing style.
  return input
    .split('\u3000')
    .map((part) => part.normalize('NFKC').replace(/[\u3041-\u3096\u309D\u309E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60)))
    .join('\u3000')
    .replace(/([ \u3000])[ \u3000]+/gu, '$1')
    .trim();
}

/** What {@link normalizePhone} and {@link normalizePostalCode} return. @public */
export type NormalizedInput = { readonly ok: true; readonly value: string } | { readonly ok: false };

/** Full-width digits, dashes of every kind and spaces, made ASCII. */
function asciiNumber(input: string): string {
  return halfWidthDigits(input)
    .replace(/[－ー―‐−–—]/gu, '-')
    .replace(/[（(]/gu, '(')
    .replace(/[）)]/gu, ')')
    .replace(/[＋]/gu, '+')
    .replace(/[\s\u3000]+/gu, '');
}

/** Prefixes whose grouping is fixed nationally: mobile and PHS (3-4-4), IP phones (050, 3-4-4), free dial and navi dial (4-3-3 / 4-2-4). */
const FIXED_GROUPS: readonly (readonly [RegExp, readonly number[]])[] = [
  [/^0[5789]0\d{8}$/, [3, 4, 4]],
  [/^0120\d{6}$/, [4, 3, 3]],
  [/^0800\d{7}$/, [4, 3, 4]],
  [/^0570\d{6}$/, [4, 2, 4]],
];

/**
 * A phone number as typed (０１２０－１２３－４５６, 090 1234 5678, (03)1234-5678) in ASCII
 * digits and hyphens, the same way whatever the person typed between the groups: hyphens,
 * spaces, dots or parentheses all become one hyphen, where the person put them. A number typed
 * without any separator is grouped where the grouping is fixed nationally (携帯 090-1234-5678,
 * 050, 0120, 0800, 0570); a landline's area code varies in length, so 0312345678 is kept as typed.
 * Not ok when it holds anything else or has fewer than 10 or more than 11 digits (a domestic
 * number); the field then keeps the typed text and `contact.phoneUnreadable` warns.
 *
 * @example
 * ```ts
 * normalizePhone('０１２０－１２３－４５６'); // { ok: true, value: '0120-123-456' }
 * normalizePhone('090 1234 5678'); // { ok: true, value: '090-1234-5678' }
 * normalizePhone('09012345678'); // { ok: true, value: '090-1234-5678' }
 * normalizePhone('内線123'); // { ok: false }
 * ```
 * @public
 */
export function normalizePhone(input: string): NormalizedInput {
  const text = halfWidthDigits(input)
    .replace(/[－ー―‐−–—]/gu, '-')
    .replace(/[\s\u3000（）().．・]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  const digits = text.replace(/-/g, '');
  if (!/^[0-9-]+$/.test(text) || digits.length < 10 || digits.length > 11) return { ok: false };
  if (text !== digits) return { ok: true, value: text };
  const fixed = FIXED_GROUPS.find(([re]) => re.test(digits));
  if (!fixed) return { ok: true, value: digits };
  let at = 0;
  return { ok: true, value: fixed[1].map((n) => digits.slice(at, (at += n))).join('-') };
}

/**
 * A postal code (〒) as `NNN-NNNN`, from ７３０－０００１, 7300001 or 〒730-0001.
 *
 * @example
 * ```ts
 * normalizePostalCode('〒７３００００１'); // { ok: true, value: '730-0001' }
 * ```
 * @public
 */
export function normalizePostalCode(input: string): NormalizedInput {
  const digits = asciiNumber(input).replace(/^〒/u, '').replace(/-/g, '');
  return /^\d{7}$/.test(digits) ? { ok: true, value: `${digits.slice(0, 3)}-${digits.slice(3)}` } : { ok: false };
}
