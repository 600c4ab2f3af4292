/* Dates are stored as ISO calendar dates (YYYY-MM-DD). Everything here works on
 * calendar days, never on instants, so a result never depends on the host's
 * time zone. The one instant read — today — is read in Japan's time zone:
 * municipal dates are Japan's, whether the code runs on a UTC server or in a
 * browser abroad. date-fns does the calendar work that is easy to get wrong
 * (the zone's offset, month arithmetic at month ends), imported by function
 * so that only what is used is bundled. */
import { tzOffset } from '@date-fns/tz/tzOffset';
import { addMonths } from 'date-fns/addMonths';
import { halfWidthDigits } from '../text/digits';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** ISO text of a date from its year, month and day. */
function isoOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A local calendar date as ISO text. */
function toIso(d: Date): string {
  return isoOf(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** An instant read in UTC, where every day has 24 hours, as ISO text. */
function utcIso(t: Date): string {
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * Midnight UTC of `YYYY-MM-DD` text (an out-of-range day rolls over: 02-30 is
 * 03-02), or undefined for other text. Calendar arithmetic in UTC cannot be
 * shifted by a time zone or a daylight-saving change.
 */
function utcMidnight(isoDate: string): Date | undefined {
  const m = ISO_RE.exec(isoDate);
  if (!m) return undefined;
  const t = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  t.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return t;
}

/** Days since 1970-01-01; NaN for text that is not an ISO date. */
function dayNumber(isoDate: string): number {
  const t = utcMidnight(isoDate);
  return t ? t.getTime() / DAY_MS : NaN;
}

/** A Japanese era. @public */
export interface Era {
  /** Romanized initial used in short forms (R7.4.1). */
  readonly initial: 'M' | 'T' | 'S' | 'H' | 'R';
  /** Kanji name. */
  readonly name: '明治' | '大正' | '昭和' | '平成' | '令和';
  /** First day of the era (ISO). */
  readonly start: string;
}

/** The eras from 明治, oldest first. @public */
export const ERAS: readonly Era[] = [
  { initial: 'M', name: '明治', start: '1868-01-25' },
  { initial: 'T', name: '大正', start: '1912-07-30' },
  { initial: 'S', name: '昭和', start: '1926-12-25' },
  { initial: 'H', name: '平成', start: '1989-01-08' },
  { initial: 'R', name: '令和', start: '2019-05-01' },
];

/** Whether a string is a real ISO calendar date (2025-02-29 is not). @public */
export function isIsoDate(value: string): boolean {
  const t = utcMidnight(value);
  return t !== undefined && utcIso(t) === value;
}

function iso(y: number, m: number, d: number): string | undefined {
  if (!Number.isInteger(y) || y < 1 || y > 9999) return undefined;
  const s = isoOf(y, m, d);
  return isIsoDate(s) ? s : undefined;
}

/** The era of an ISO date, or undefined before 明治. @public */
export function eraOf(isoDate: string): Era | undefined {
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const era = ERAS[i]!;
    if (isoDate >= era.start) return era;
  }
  return undefined;
}

/** The result of reading a date a person typed. @public */
export type DateInputResult = { ok: true; value: string } | { ok: false; reason: 'empty' | 'format' | 'notADate' | 'outsideEra' };

/** Turns full-width digits and separators into ASCII, and trims. */
function normalize(input: string): string {
  return halfWidthDigits(input)
    .replace(/[／]/g, '/')
    .replace(/[－ー―‐−]/g, '-')
    .replace(/[．]/g, '.')
    .replace(/\s+/g, '')
    .trim();
}

const ERA_BY_KEY: Record<string, Era> = Object.fromEntries(
  ERAS.flatMap((e) => [
    [e.name, e],
    [e.initial, e],
    [e.initial.toLowerCase(), e],
  ]),
);

/**
 * Reads a date as a person types it: ISO (2025-04-01), slashes (2025/4/1),
 * Japanese (2025年4月1日), or 和暦 (令和7年4月1日, 令和元年5月1日, R7.4.1,
 * H31/4/30), with full-width digits too. 和暦 is checked against the era's
 * span: 平成31年5月1日 and 昭和64年1月8日 do not exist.
 *
 * @example
 * ```ts
 * parseDateInput('令和7年4月1日') // { ok: true, value: '2025-04-01' }
 * parseDateInput('平成31年5月1日') // { ok: false, reason: 'outsideEra' }
 * ```
 * @public
 */
export function parseDateInput(input: string): DateInputResult {
  const s = normalize(input);
  if (s === '') return { ok: false, reason: 'empty' };

  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (m) {
    const value = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return value ? { ok: true, value } : { ok: false, reason: 'notADate' };
  }
  m = /^(明治|大正|昭和|平成|令和|[MTSHRmtshr])(元|\d{1,3})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (m) {
    const era = ERA_BY_KEY[m[1]!]!;
    const eraYear = m[2] === '元' ? 1 : Number(m[2]);
    if (eraYear < 1) return { ok: false, reason: 'notADate' };
    const year = Number(era.start.slice(0, 4)) + eraYear - 1;
    const value = iso(year, Number(m[3]), Number(m[4]));
    if (!value) return { ok: false, reason: 'notADate' };
    const next = ERAS[ERAS.indexOf(era) + 1];
    if (value < era.start || (next && value >= next.start)) return { ok: false, reason: 'outsideEra' };
    return { ok: true, value };
  }
  return { ok: false, reason: 'format' };
}

/** The result of reading a time a person typed. @public */
export type TimeInputResult = { ok: true; value: string } | { ok: false; reason: 'empty' | 'format' };

/**
 * Reads a time of day as a person types it — `13:30`, `9:30`, `１３：３０` —
 * and returns it as `HH:MM`.
 *
 * @example
 * ```ts
 * parseTimeInput('９：３０') // { ok: true, value: '09:30' }
 * ```
 * @public
 */
export function parseTimeInput(input: string): TimeInputResult {
  const s = halfWidthDigits(input).replace(/：/g, ':').replace(/\s+/g, '');
  if (s === '') return { ok: false, reason: 'empty' };
  const m = /^(\d{1,2}):(\d{2})$/.exec(s);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return { ok: false, reason: 'format' };
  return { ok: true, value: `${m[1]!.padStart(2, '0')}:${m[2]}` };
}

/** How a date is shown. @public */
export type DateStyle = 'western' | 'wareki' | 'warekiShort' | 'iso';

/**
 * Formats an ISO date for people: `2025年4月1日` (western), `令和7年4月1日`
 * (wareki, with 元年 for year 1), `R7.4.1` (warekiShort) or the ISO text.
 * Returns the input unchanged when it is not a real date.
 * @public
 */
export function formatDate(isoDate: string, style: DateStyle = 'western'): string {
  if (!isIsoDate(isoDate)) return isoDate;
  const y = Number(isoDate.slice(0, 4));
  const mo = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  if (style === 'iso') return isoDate;
  const era = style === 'western' ? undefined : eraOf(isoDate);
  if (!era) return `${y}年${mo}月${d}日`;
  const eraYear = y - Number(era.start.slice(0, 4)) + 1;
  if (style === 'warekiShort') return `${era.initial}${eraYear}.${mo}.${d}`;
  return `${era.name}${eraYear === 1 ? '元' : eraYear}年${mo}月${d}日`;
}

/**
 * The Japanese fiscal year (年度, April to March) of an ISO date:
 * 2026-03-31 belongs to fiscal year 2025.
 * @public
 */
export function fiscalYearOf(isoDate: string): number {
  const y = Number(isoDate.slice(0, 4));
  const mo = Number(isoDate.slice(5, 7));
  return mo >= 4 ? y : y - 1;
}

/** First and last day of a fiscal year. @public */
export function fiscalYearRange(fiscalYear: number): { start: string; end: string } {
  return { start: `${fiscalYear}-04-01`, end: `${fiscalYear + 1}-03-31` };
}

/**
 * `令和7年度` (or `2025年度`) for a fiscal year. The era is the one in force at
 * the end of the fiscal year's first calendar year, as official usage does:
 * fiscal 2019 is 令和元年度, fiscal 1989 is 平成元年度.
 * @public
 */
export function formatFiscalYear(fiscalYear: number, style: 'western' | 'wareki' = 'wareki'): string {
  if (style === 'western') return `${fiscalYear}年度`;
  const era = eraOf(`${fiscalYear}-12-31`);
  if (!era) return `${fiscalYear}年度`;
  const n = fiscalYear - Number(era.start.slice(0, 4)) + 1;
  return `${era.name}${n === 1 ? '元' : n}年度`;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). @public */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** An ISO date plus a number of days. @public */
export function addDaysIso(isoDate: string, days: number): string {
  return utcIso(new Date((dayNumber(isoDate) + days) * DAY_MS));
}

/** The time zone municipal dates are in. @public */
export const JAPAN_TIME_ZONE = 'Asia/Tokyo';
/** From 1952 on, Asia/Tokyo is UTC+9 without summer time. */
const JST_FIXED_SINCE = Date.UTC(1952, 0, 1);

/**
 * Today's calendar date in Japan (or another IANA time zone), as ISO. A UTC
 * server at 23:30 on 3 April and a browser in Tokyo at 08:30 on 4 April agree:
 * it is the 4th. An unknown zone falls back to the host's own.
 *
 * @example
 * ```ts
 * todayIso(new Date('2026-04-03T23:30:00Z')); // '2026-04-04'
 * todayIso(new Date('2026-04-03T23:30:00Z'), 'UTC'); // '2026-04-03'
 * ```
 * @public
 */
export function todayIso(now: Date = new Date(), timeZone: string = JAPAN_TIME_ZONE): string {
  // Japan has kept UTC+9 all year since its last summer time ended in September 1951 (IANA Asia/Tokyo).
  // Asking Intl for it costs a page ~25 ms the first time (the zone's data loads), on every sheet's first render.
  const minutes = timeZone === JAPAN_TIME_ZONE && now.getTime() >= JST_FIXED_SINCE ? 540 : tzOffset(timeZone, now);
  return Number.isFinite(minutes) ? utcIso(new Date(now.getTime() + minutes * 60_000)) : toIso(now);
}

/**
 * An ISO date plus whole months, ending on the month's last day when the day
 * does not exist there: 2026-01-31 plus one month is 2026-02-28 (monitoring
 * every month, every three months). Undefined for text that is not a date.
 *
 * @example
 * ```ts
 * addMonthsIso('2026-01-31', 1); // '2026-02-28'
 * addMonthsIso('2025-11-30', 3); // '2026-02-28'
 * ```
 * @public
 */
export function addMonthsIso(isoDate: string, months: number): string | undefined {
  if (!isIsoDate(isoDate) || !Number.isInteger(months)) return undefined;
  // Local noon: date-fns works in the host's zone, and no zone skips noon for daylight saving.
  const start = new Date(2000, 0, 1, 12);
  // setFullYear, not the constructor: the constructor reads years 0–99 as 1900–1999.
  start.setFullYear(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
  return toIso(addMonths(start, months));
}

/**
 * Whether an action is overdue on `today`: due before today and neither done
 * nor cancelled.
 * @public
 */
export function isOverdue(due: string | undefined, status: string, today: string): boolean {
  return !!due && due < today && status !== 'done' && status !== 'cancelled';
}

/** Age in whole years on a date. @public */
export function ageOn(birthDate: string, onDate: string): number {
  const by = Number(birthDate.slice(0, 4));
  const oy = Number(onDate.slice(0, 4));
  const beforeBirthday = onDate.slice(5) < birthDate.slice(5);
  return oy - by - (beforeBirthday ? 1 : 0);
}
