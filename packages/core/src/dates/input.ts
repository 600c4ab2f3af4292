// Dates and times as people type them: ISO, slashes, Japanese, 和暦, full-width digits.
import { halfWidthDigits } from '../text/digits';
import { iso } from './calendar';
import { ERAS, type Era } from './wareki';

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
export type TimeInputResult = { ok: true; value: string } | { ok: false; reason: 'empty' | 'format' | 'outOfRange' };

/**
 * Reads a time of day as a person writes it and returns it as `HH:MM` (24-hour):
 * `13:30`, `9:30`, `１３：３０`, `14時30分`, `14時`, `2時半`, `午後2時`,
 * `午前9時15分`, `正午`, `1430`, `930`, `2:30 pm`. With 午前/午後 (am/pm) the hour
 * is 0–12: 午後0時 and 午後12時 are both noon, 午前0時 is midnight, and 午前12時,
 * which people read both ways, is refused. A bare 3–4 digit number is HHMM.
 *
 * @example
 * ```ts
 * parseTimeInput('午後2時30分') // { ok: true, value: '14:30' }
 * parseTimeInput('1430') // { ok: true, value: '14:30' }
 * parseTimeInput('25:00') // { ok: false, reason: 'outOfRange' }
 * ```
 * @public
 */
export function parseTimeInput(input: string): TimeInputResult {
  let s = halfWidthDigits(input).replace(/[：]/g, ':').replace(/\s+/g, '').toLowerCase();
  if (s === '') return { ok: false, reason: 'empty' };
  if (s === '正午') return { ok: true, value: '12:00' };
  let half: 'am' | 'pm' | undefined;
  const prefix = /^(午前|午後|am|pm|a\.m\.|p\.m\.)/.exec(s);
  const suffix = /(am|pm|a\.m\.|p\.m\.)$/.exec(s);
  if (prefix) {
    half = prefix[1]!.startsWith('午前') || prefix[1]!.startsWith('a') ? 'am' : 'pm';
    s = s.slice(prefix[1]!.length);
  } else if (suffix) {
    half = suffix[1]!.startsWith('a') ? 'am' : 'pm';
    s = s.slice(0, -suffix[1]!.length);
  }
  // 14:30, 14時, 14時30分, 14時半; then HHMM (1430, 930); a bare hour only with am/pm (2pm).
  const m =
    /^(\d{1,2})(?::(\d{2})|時(?:(\d{1,2})分?|(半))?)$/.exec(s) ?? /^(\d{1,2})(\d{2})$/.exec(s) ?? (half ? /^(\d{1,2})$/.exec(s) : null);
  if (!m) return { ok: false, reason: 'format' };
  let hour = Number(m[1]);
  const minute = m[4] ? 30 : Number(m[2] ?? m[3] ?? 0);
  if (minute > 59) return { ok: false, reason: 'outOfRange' };
  if (half) {
    if (hour > 12 || (half === 'am' && hour === 12)) return { ok: false, reason: 'outOfRange' };
    if (half === 'pm' && hour < 12) hour += 12;
  }
  if (hour > 23) return { ok: false, reason: 'outOfRange' };
  return { ok: true, value: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}
