// つなぎ: how many were asked, what became of them by the period's end, and how long the reply and the outcome took.
import { daysBetween } from '../dates/calendar';
import type { Case } from '../schema/case';
import type { Bucket } from './bucket';
import { add } from './counts';

/** The outcomes counted: each status once a つなぎ, when reached by the period's end. */
const REACHED = ['accepted', 'declined', 'started', 'connected', 'notConnected', 'cancelled'] as const;

/**
 * Counts a case's つなぎ in the month of their 依頼, read as of `asOf` (the end of the report's period): a 受理 or an
 * outcome recorded later does not change a past year. The days are tallied by value so that months add up and the
 * table takes medians from the sums.
 */
export function countTsunagi(c: Case, bucket: Bucket, asOf: (date: string) => string): void {
  for (const t of c.tsunagi ?? []) {
    let asked: string | undefined;
    for (const s of t.steps)
      if (s.status === 'requested') {
        asked = s.date;
        break;
      }
    const b = asked === undefined ? undefined : bucket(asked);
    if (!b || asked === undefined) continue;
    const until = asOf(asked);
    const field = t.receiver.field ?? 'unknown';
    b.tsunagiRequested++;
    add(b.tsunagiOutcomes, bucket.pair(field, 'requested'));
    for (const status of REACHED) {
      let on: string | undefined;
      for (const s of t.steps) if (s.status === status && s.date <= until && (on === undefined || s.date < on)) on = s.date;
      if (on === undefined) continue;
      add(b.tsunagiOutcomes, bucket.pair(field, status));
      if (status === 'accepted') add(b.tsunagiDaysToAccept, bucket.pair(field, String(daysBetween(asked, on))));
      else if (status === 'connected' || status === 'notConnected')
        add(b.tsunagiDaysToOutcome, bucket.pair(field, String(daysBetween(asked, on))));
    }
  }
}
