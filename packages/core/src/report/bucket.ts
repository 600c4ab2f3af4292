import type { ReportCounts } from './measures';

/**
 * The counts of the month an event falls in, when the event is in the report's period; `undefined` otherwise. With
 * `pair`, the key of a two-part row (`route|team`) made once per report for each pair of parts: a 100,000-case report
 * would otherwise build the same string hundreds of thousands of times (its garbage cost more than its counting).
 */
export interface Bucket {
  (date: string | undefined): ReportCounts | undefined;
  pair(a: string, b: string, separator?: '|' | ':'): string;
}

/** Makes {@link Bucket.pair}: two-part keys, each made once. */
export function pairs(): Bucket['pair'] {
  const made = { '|': new Map<string, Map<string, string>>(), ':': new Map<string, Map<string, string>>() };
  return (a, b, separator = '|') => {
    let inner = made[separator].get(a);
    if (!inner) made[separator].set(a, (inner = new Map<string, string>()));
    let key = inner.get(b);
    if (key === undefined) inner.set(b, (key = `${a}${separator}${b}`));
    return key;
  };
}
