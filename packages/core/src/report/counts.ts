// The counts of one period, as the counters fill them and the report adds them up: tallies, zeroes, sums.
import { KEYS, MEASURES, type ReportCounts } from './measures';

/**
 * A tally keyed by codes and by free text (a team, a resource's name): no
 * prototype, so that a name such as `constructor` or `__proto__` is counted
 * like any other (found by a property test).
 */
export const tally = (): Record<string, number> => Object.create(null) as Record<string, number>;

/** Counts with every measure at zero. */
export function emptyCounts(): ReportCounts {
  const counts = {} as Record<string, number | Record<string, number>>;
  for (const k of KEYS) counts[k] = MEASURES[k].kind === 'count' ? 0 : tally();
  return counts as ReportCounts;
}

/** Adds counts into others, measure by measure. */
export function addInto(target: ReportCounts, from: Partial<ReportCounts>): void {
  const t = target as Record<string, number | Record<string, number>>;
  for (const k of KEYS) {
    const v = from[k];
    if (v === undefined) continue;
    if (typeof v === 'number') (t[k] as number) += v;
    else {
      const into = t[k] as Record<string, number>;
      for (const [code, n] of Object.entries(v)) into[code] = (into[code] ?? 0) + n;
    }
  }
}

/** Adds one to a tally. */
export const add = (r: Record<string, number>, key: string): number => (r[key] = (r[key] ?? 0) + 1);

/** A tally's count of a key, 0 when absent (own keys only: a tally has no prototype, a report read back from JSON may). */
export const own = (r: Readonly<Record<string, number>>, key: string): number => (Object.hasOwn(r, key) ? r[key]! : 0);
