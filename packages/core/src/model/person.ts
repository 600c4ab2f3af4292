import { addDaysIso } from '../dates/calendar';
import type { SituationPeriod } from '../schema/common';

/**
 * A person's full name as Japanese forms write it: family name, a space, given name; either alone when
 * the other is missing; `''` when both are.
 *
 * @example
 * ```ts
 * fullName({ familyName: '山田', givenName: '花子' }) // '山田 花子'
 * fullName({ givenName: '誠' }) // '誠'
 * ```
 * @public
 */
export function fullName(p: { readonly familyName?: string | undefined; readonly givenName?: string | undefined } | undefined): string {
  if (!p) return '';
  const { familyName, givenName } = p;
  return familyName && givenName ? `${familyName} ${givenName}` : familyName || givenName || '';
}

/**
 * Whether a dated period holds on a date (`from` and `to` inclusive; absent: open): a situation of the log, an agency
 * of the household map, a phase of the support.
 */
export const periodHolds = (e: { readonly from?: string | undefined; readonly to?: string | undefined }, date: string): boolean =>
  (e.from === undefined || e.from <= date) && (e.to === undefined || date <= e.to);

/** What {@link situationsOn} and {@link changeSituations} read of a person. @public */
export interface WithSituations {
  readonly situations?: readonly string[] | undefined;
  readonly situationLog?: readonly SituationPeriod[] | undefined;
}

/**
 * A person's situations on a date, as the case knew them then: those of the log whose period holds that day
 * (`from` and `to` inclusive), and the codes of `situations` the log has no open period for (recorded before the
 * log began: taken as known throughout). The 実績報告 reads a past year so, and does not change when a situation is
 * added or removed later.
 *
 * @example
 * ```ts
 * const p = changeSituations({ situations: ['hikikomori'] }, ['hikikomori', 'poverty'], '2025-06-01');
 * situationsOn(p, '2025-03-31'); // ['hikikomori']
 * situationsOn(p, '2025-06-01'); // ['hikikomori', 'poverty']
 * ```
 * @public
 */
export function situationsOn(p: WithSituations, date: string): string[] {
  const out: string[] = [];
  const log = p.situationLog;
  if (log) for (const e of log) if (periodHolds(e, date) && !out.includes(e.code)) out.push(e.code);
  for (const code of p.situations ?? [])
    if (!out.includes(code) && !log?.some((e) => e.code === code && e.to === undefined)) out.push(code);
  return out;
}

/**
 * A person with new situations from a date on, the log kept: a code added opens a period from that date, a code
 * removed closes its period the day before (or gets one, `to` only, when it was known before the log began). Use it
 * wherever a portal changes a case's situations, so that past reports stay as they were. The person is not changed.
 * @public
 */
export function changeSituations<P extends WithSituations>(
  p: P,
  next: readonly string[],
  date: string,
): P & { situations: string[]; situationLog: SituationPeriod[] } {
  const before = situationsOn(p, date);
  const log: SituationPeriod[] = [...(p.situationLog ?? [])];
  const dayBefore = addDaysIso(date, -1);
  for (const code of before) {
    if (next.includes(code)) continue;
    const open = log.findIndex((e) => e.code === code && e.to === undefined);
    if (open >= 0) {
      const e = log[open]!;
      // Opened the same day and removed again: no day held it.
      if (e.from === date) log.splice(open, 1);
      else log[open] = { ...e, to: dayBefore };
    } else log.push({ code, to: dayBefore });
  }
  for (const code of next) if (!before.includes(code)) log.push({ code, from: date });
  return { ...p, situations: [...new Set(next)], situationLog: log };
}
