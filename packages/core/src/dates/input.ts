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
