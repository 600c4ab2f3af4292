import { defineRule } from '../engine';
import type { Case } from '../../schema/case';

/** Whether a date falls while the case was open: on or after it was opened, and not between a 終結 and the next 再開. */
export function openOn(c: Pick<Case, 'statusHistory'>, date: string): boolean {
  const history = [...(c.statusHistory ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (history.length === 0 || date < history[0]!.date) return false;
  let open = true;
  for (const s of history) {
    if (s.date > date) break;
    if (s.status === 'terminated')
      open = s.date === date; // the day of closure still counts
    else open = true;
  }
  return open;
}

/**
 * `contact.outsideOpenPeriod`: A contact falls within the case's open periods: not before it was opened, nor between a 終結 and the next 再開. A warning: a call after closure may be the start of a re-opening — record the 再開 (高島, seed 001 l.2036: 多機関協働事業がいったん外れても、また何かのきっかけで関わりが必要になることがあり、その時にそれまでの経過が分からないと…関わりが難しくなる).
 * @public
 */
export const contactOutsideOpenPeriod = defineRule({
  code: 'contact.outsideOpenPeriod',
  severity: 'warning',
  messages: {
    ja: 'この日はケースが受付前か終結中です。支援を再開したときは「再開」を記録してください。',
    en: 'On this date the case was not yet opened or was closed. If support started again, record the re-opening.',
  },
  check: function* (c: Case) {
    for (const [i, e] of (c.contacts ?? []).entries()) if (!openOn(c, e.date)) yield { path: ['contacts', i, 'date'] };
  },
});
