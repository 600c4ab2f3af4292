/* Dates are stored as ISO calendar dates (YYYY-MM-DD). Everything here works on
 * calendar days, never on instants, so a result never depends on the host's
 * time zone. The one instant read — today — is read in Japan's time zone:
 * municipal dates are Japan's, whether the code runs on a UTC server or in a
 * browser abroad. date-fns does the calendar work that is easy to get wrong
 * (the zone's offset, month arithmetic at month ends), imported by function
 * so that only what is used is bundled. */
import { addMonths } from 'date-fns/addMonths';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The number written by `n` ASCII digits from `at`; -1 when any is not a digit. */
export function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let k = at; k < at + n; k++) {
    const d = s.charCodeAt(k) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** ISO text of a date from its year, month and day. */
export function isoOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A local calendar date as ISO text. */
export function toIso(d: Date): string {
  return isoOf(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** An instant read in UTC, where every day has 24 hours, as ISO text. */
export function utcIso(t: Date): string {
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

/** Whether a string is a real ISO calendar date (2025-02-29 is not). @public */
export function isIsoDate(value: string): boolean {
  const t = utcMidnight(value);
  return t !== undefined && utcIso(t) === value;
}

export function iso(y: number, m: number, d: number): string | undefined {
  if (!Number.isInteger(y) || y < 1 || y > 9999) return undefined;
  const s = isoOf(y, m, d);
  return isIsoDate(s) ? s : undefined;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). @public */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** An ISO date plus a number of days. @public */
export function addDaysIso(isoDate: string, days: number): string {
  return utcIso(new Date((dayNumber(isoDate) + days) * DAY_MS));
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
  // From the digits when both are ISO dates (the report asks it of every case); as before otherwise.
  const by = digits(birthDate, 0, 4);
  const oy = digits(onDate, 0, 4);
  const bm = digits(birthDate, 5, 2);
  const bd = digits(birthDate, 8, 2);
  const om = digits(onDate, 5, 2);
  const od = digits(onDate, 8, 2);
  if (by >= 0 && oy >= 0 && bm >= 0 && bd >= 0 && om >= 0 && od >= 0 && birthDate.length === 10 && onDate.length === 10)
    return oy - by - (om * 100 + od < bm * 100 + bd ? 1 : 0);
  const beforeBirthday = onDate.slice(5) < birthDate.slice(5);
  return Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (beforeBirthday ? 1 : 0);
}
