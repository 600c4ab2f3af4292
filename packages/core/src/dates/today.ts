// Today, read in Japan's time zone: the one instant the dates read.
import { tzOffset } from '@date-fns/tz/tzOffset';
import { toIso, utcIso } from './calendar';

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
