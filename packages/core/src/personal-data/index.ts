/**
 * Personal data in free text, found in the page: a name, phone number or address typed inside 主訴, 課題認識 or
 * meeting notes. The document itself lists the household's names, birth dates and addresses, and the staff
 * involved, so they are looked for as written in any of their usual forms; phone numbers, postcodes and e-mail
 * addresses are found by their shape. Pure: nothing leaves the page, and what is found is returned as spans with a
 * kind, never as text.
 * @packageDocumentation
 */
import { fold } from './fold';

/** What a span of free text is. @public */
export type PersonalDataKind = 'name' | 'staffName' | 'phone' | 'postcode' | 'address' | 'birthDate' | 'email';

/** A span of free text that holds personal data: `text.slice(start, end)`. @public */
export interface PersonalDataSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: PersonalDataKind;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object';
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** A name as it may be written alone: long enough to be found anywhere, or only before an honorific. */
interface Needle {
  readonly text: string;
  readonly kind: PersonalDataKind;
  /** Found only when an honorific follows (a one-character name, a short reading). */
  readonly honorific: boolean;
}

const KANJI_ONLY = /^[\p{Script=Han}々]+$/u;
/** After a name, in folded text (hiragana as katakana). */
const HONORIFIC = /^(?:サン|サマ|様|クン|君|チャン|氏|殿)/u;

/** What the document says about its people: every name, reading, birth date and address, wherever it is. */
function needlesOf(document: unknown): { names: Needle[]; births: Set<string>; addresses: string[] } {
  const names: Needle[] = [];
  const births = new Set<string>();
  const addresses: string[] = [];
  const name = (raw: string | undefined, kind: PersonalDataKind) => {
    if (!raw) return;
    const text = fold(raw).text;
    if (text.length === 0) return;
    // Two kanji (美咲, 青木) are a name anywhere; a reading or a single character only before さん・様.
    const long = text.length >= 3 || (text.length === 2 && KANJI_ONLY.test(text));
    names.push({ text, kind, honorific: !long });
  };
  const walk = (node: unknown, depth: number) => {
    if (depth > 12 || !isObject(node)) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    const family = str(node['familyName']);
    const given = str(node['givenName']);
    name(family, 'name');
    name(given, 'name');
    if (family && given) name(family + given, 'name');
    const familyKana = str(node['familyNameKana']);
    const givenKana = str(node['givenNameKana']);
    name(familyKana, 'name');
    name(givenKana, 'name');
    if (familyKana && givenKana) name(familyKana + givenKana, 'name');
    // Staff: a name beside an organization (the referrer, who confirmed consent, an attendee, who acted).
    const staff = str(node['name']);
    if (staff && 'organization' in node) {
      name(staff, 'staffName');
      for (const part of staff.split(/[\s\u3000]+/u)) if (part !== staff) name(part, 'staffName');
    }
    const birth = str(node['birthDate']);
    if (birth) births.add(birth);
    const address = str(node['address']);
    if (address) addresses.push(address);
    for (const value of Object.values(node)) if (isObject(value)) walk(value, depth + 1);
  };
  walk(document, 0);
  return { names, births, addresses };
}

/** The part of an address after its city (本町1-2-3), as it is written in notes; with a number only. */
function addressNeedles(address: string): string[] {
  const text = fold(address).text;
  const digit = text.search(/\d/u);
  if (digit < 0) return text.length >= 4 ? [text] : [];
  // After the city (市, 区, 郡; else the prefecture): 本町 keeps its 町.
  let cut = -1;
  for (const marks of ['市区郡', '都道府県']) if (cut < 0) for (let i = 0; i < digit; i++) if (marks.includes(text[i]!)) cut = i;
  const local = text.slice(cut + 1);
  return [...new Set([text, ...(local.length >= 3 ? [local] : [])])];
}

const ERA_START: Record<string, number> = {
  明治: 1868,
  大正: 1912,
  昭和: 1926,
  平成: 1989,
  令和: 2019,
  m: 1868,
  t: 1912,
  s: 1926,
  h: 1989,
  r: 2019,
};
const pad = (n: string) => n.padStart(2, '0');

/** Dates as people write them (2025-04-01, 2025/4/1, 2025年4月1日, 令和7年4月1日, R7.4.1), read as ISO dates. */
function* datesIn(text: string): Generator<{ start: number; end: number; iso: string }> {
  for (const m of text.matchAll(/(?<!\d)(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/gu))
    yield { start: m.index, end: m.index + m[0].length, iso: `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}` };
  for (const m of text.matchAll(/(明治|大正|昭和|平成|令和|[mtshr])(\d{1,2}|元)[-/.年](\d{1,2})[-/.月](\d{1,2})日?/gu)) {
    const year = ERA_START[m[1]!]! + (m[2] === '元' ? 1 : Number(m[2])) - 1;
    yield { start: m.index, end: m.index + m[0].length, iso: `${year}-${pad(m[3]!)}-${pad(m[4]!)}` };
  }
}

/** Shapes found whatever the document says: phone numbers, postcodes, e-mail addresses (in folded text). */
const SHAPES: readonly [PersonalDataKind, RegExp][] = [
  [
    'phone',
    /(?<![\d-])(?:0\d{1,4}-\d{1,4}-\d{3,4}|0\d{1,4}\(\d{1,4}\)\d{3,4}|\(0\d{1,4}\)\d{1,4}-\d{3,4}|0[5789]0\d{8}|0\d{9})(?![\d-])/gu,
  ],
  ['postcode', /〒?-?(?<![\d-])\d{3}-\d{4}(?![\d-])/gu],
  ['email', /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gu],
];

/**
 * Finds the personal data in a free text of a document: the household's names (kanji and readings, with or
 * without a space, before さん・様 or not, in hiragana, katakana or half-width), the staff names the document holds,
 * the household's birth dates however written (ISO, slashes, 年月日, 和暦, full-width digits), the household's
 * addresses (丁目・番地 or hyphens), and any phone number, postcode or e-mail address. A name of one character, or a
 * reading of two, counts only before an honorific (さん, 様, くん, ちゃん, 氏). Returns spans in text order, never
 * overlapping, with their kind — never the text — so that they can be counted, masked or shown as a warning.
 *
 * @example
 * ```ts
 * const spans = findPersonalData(referral, referral.content.problemView ?? '');
 * spans.map((s) => s.kind); // ['name', 'phone']
 * ```
 * @public
 */
export function findPersonalData(document: unknown, text: string): PersonalDataSpan[] {
  if (typeof text !== 'string' || text === '') return [];
  const folded = fold(text);
  const t = folded.text;
  const found: { start: number; end: number; kind: PersonalDataKind }[] = [];
  const { names, births, addresses } = needlesOf(document);
  for (const n of names)
    for (let at = t.indexOf(n.text); at >= 0; at = t.indexOf(n.text, at + 1))
      if (!n.honorific || HONORIFIC.test(t.slice(at + n.text.length))) found.push({ start: at, end: at + n.text.length, kind: n.kind });
  for (const address of addresses)
    for (const needle of addressNeedles(address))
      for (let at = t.indexOf(needle); at >= 0; at = t.indexOf(needle, at + 1))
        found.push({ start: at, end: at + needle.length, kind: 'address' });
  if (births.size > 0) for (const d of datesIn(t)) if (births.has(d.iso)) found.push({ start: d.start, end: d.end, kind: 'birthDate' });
  for (const [kind, shape] of SHAPES) for (const m of t.matchAll(shape)) found.push({ start: m.index, end: m.index + m[0].length, kind });
  // Longest first at each place; a span inside another is the other's.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: { start: number; end: number; kind: PersonalDataKind }[] = [];
  let reach = -1;
  for (const f of found) {
    if (f.start >= reach) spans.push({ start: folded.from[f.start]!, end: folded.to[f.end - 1]!, kind: f.kind });
    else if (f.end > reach) spans.at(-1)!.end = folded.to[f.end - 1]!; // overlapping: one span, the first's kind
    reach = Math.max(reach, f.end);
  }
  return spans;
}

/**
 * The text with each span replaced by a mark (＊＊＊ by default): what an anonymized summary sends instead of
 * the personal data found in it.
 * @public
 */
export function maskPersonalData(text: string, spans: readonly PersonalDataSpan[], mark = '＊＊＊'): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + mark;
    at = s.end;
  }
  return out + text.slice(at);
}
