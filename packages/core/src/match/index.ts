/**
 * @tsunagu/core/match — "is this the same person?" before a case is opened. A person re-referred through another
 * window under a slightly different spelling (ャ/ヤ, half-width kana, a space, ヴ/ブ) becomes a second case unless
 * the portal asks first; `matchPersons` ranks the people a portal already holds against the one about to be
 * entered. Pure, no network; its own entry point, so no sheet pays for it.
 * @packageDocumentation
 */
import { ageOn } from '../dates/calendar';
import { toKatakanaReading } from '../text/japanese';
import { fullSizeKana } from '../text/kana';
import { halfWidthDigits } from '../text/digits';

/** What is compared of a person: names and readings, birth date or age, address, phone. @public */
export interface PersonToMatch {
  readonly familyName?: string | undefined;
  readonly givenName?: string | undefined;
  readonly familyNameKana?: string | undefined;
  readonly givenNameKana?: string | undefined;
  readonly birthDate?: string | undefined;
  readonly approximateAge?: number | undefined;
  readonly address?: string | undefined;
  readonly phone?: string | undefined;
}

/** Why two people may be the same: what agreed, and what disagreed. @public */
export type MatchReason =
  'kana' | 'kanaFamily' | 'name' | 'birthDate' | 'birthDateDiffers' | 'age' | 'ageDiffers' | 'address' | 'addressArea' | 'phone';

/** A likely match: the person's place in the list given, a score from 0 to 1, and the reasons. @public */
export interface PersonMatch {
  readonly index: number;
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

/** Options of {@link matchPersons}. @public */
export interface MatchOptions {
  /** The day ages are read on (ISO); needed to compare a birth date with an approximate age. */
  readonly onDate?: string;
  /** The lowest score returned (default 0.5: the whole name or reading agrees; a reading one kana apart needs one more thing). */
  readonly threshold?: number;
  /** The most matches returned (default 5). */
  readonly limit?: number;
}

/** ヴ and the voiced B-row: ヴァイオリン is バイオリン, in registers as in names. */
const VU: Readonly<Record<string, string>> = { ヴァ: 'バ', ヴィ: 'ビ', ヴェ: 'ベ', ヴォ: 'ボ', ヴ: 'ブ' };

/**
 * A reading as compared: katakana (hiragana and half-width kana made full-width), no spaces or dots, small kana
 * full-size, ヴ as the B-row. `normalizeKana('ﾔﾏﾓﾄ ｷｬｸ')` and `normalizeKana('やまもと きやく')` are both ヤマモトキヤク.
 * @public
 */
export function normalizeKana(reading: string): string {
  return fullSizeKana(
    toKatakanaReading(reading)
      .replace(/[\s\u3000・･.]/gu, '')
      .replace(/ヴ[ァィェォ]?/gu, (m) => VU[m] ?? m),
  );
}

/** A name as compared: NFKC, no spaces. */
const normalizeName = (name: string): string => name.normalize('NFKC').replace(/[\s\u3000]/gu, '');

/** An address as compared: NFKC, no spaces, 丁目/番地/番/号 and every dash as one hyphen, digits ASCII. */
function normalizeAddress(address: string): string {
  return halfWidthDigits(address.normalize('NFKC'))
    .replace(/[\s\u3000]/gu, '')
    .replace(/(\d+)(?:丁目|番地|番|号|の)/gu, '$1-')
    .replace(/[－ー―‐−–—-]+/gu, '-')
    .replace(/-$/u, '');
}

const digits = (phone: string): string => halfWidthDigits(phone).replace(/\D/gu, '');

/** One edit apart at most (a kana typed wrong, or one left out). */
function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

/**
 * The people of `people` who may be `candidate`, best first: each with a score from 0 to 1 and what agreed
 * (`kana`: the readings, once normalised; `name`: the names; `birthDate`; `age`: an approximate age within two years
 * of the other's; `address`, or `addressArea` for the same town; `phone`) and what disagreed (`birthDateDiffers`,
 * `ageDiffers`). A reading or a name is needed for any match; a different birth date weighs heavily against one.
 * @example
 * ```ts
 * const likely = matchPersons({ familyNameKana: 'ﾀｶﾊｼ', givenNameKana: 'ｷｮｳｺ', birthDate: '1950-04-02' }, people);
 * if (likely.length) askTheWorker(likely.map((m) => people[m.index]));
 * ```
 * @public
 */
export function matchPersons(candidate: PersonToMatch, people: readonly PersonToMatch[], options: MatchOptions = {}): PersonMatch[] {
  const threshold = options.threshold ?? 0.5;
  const out: PersonMatch[] = [];
  people.forEach((p, index) => {
    const reasons: MatchReason[] = [];
    let score = 0;
    const kana = (x: PersonToMatch) => [normalizeKana(x.familyNameKana ?? ''), normalizeKana(x.givenNameKana ?? '')] as const;
    const [cf, cg] = kana(candidate);
    const [pf, pg] = kana(p);
    if (cf && pf && cf === pf && cg && pg && nearlyEqual(cg, pg)) {
      score += cg === pg ? 0.6 : 0.45;
      reasons.push('kana');
    } else if (cf && pf && cf === pf) {
      score += 0.2;
      reasons.push('kanaFamily');
    }
    const name = (x: PersonToMatch) => normalizeName(`${x.familyName ?? ''}${x.givenName ?? ''}`);
    if (name(candidate) && name(candidate) === name(p)) {
      if (!reasons.includes('kana')) score += reasons.includes('kanaFamily') ? 0.4 : 0.6;
      reasons.push('name');
    }
    if (!reasons.some((r) => r === 'kana' || r === 'name')) return;
    if (candidate.birthDate && p.birthDate) {
      if (candidate.birthDate === p.birthDate) {
        score += 0.3;
        reasons.push('birthDate');
      } else {
        score -= 0.4;
        reasons.push('birthDateDiffers');
      }
    } else if (options.onDate) {
      const age = (x: PersonToMatch) => (x.birthDate ? ageOn(x.birthDate, options.onDate!) : x.approximateAge);
      const [a, b] = [age(candidate), age(p)];
      if (a !== undefined && b !== undefined) {
        if (Math.abs(a - b) <= 2) {
          score += 0.1;
          reasons.push('age');
        } else {
          score -= 0.3;
          reasons.push('ageDiffers');
        }
      }
    }
    if (candidate.address && p.address) {
      const [ca, pa] = [normalizeAddress(candidate.address), normalizeAddress(p.address)];
      if (ca === pa) {
        score += 0.2;
        reasons.push('address');
      } else if (ca.replace(/\d.*$/u, '') === pa.replace(/\d.*$/u, '') && /\d/u.test(ca)) {
        score += 0.05;
        reasons.push('addressArea');
      }
    }
    if (candidate.phone && p.phone && digits(candidate.phone).length >= 10 && digits(candidate.phone) === digits(p.phone)) {
      score += 0.2;
      reasons.push('phone');
    }
    score = Math.max(0, Math.min(1, Math.round(score * 100) / 100));
    if (score >= threshold) out.push({ index, score, reasons });
  });
  return out.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, options.limit ?? 5);
}
