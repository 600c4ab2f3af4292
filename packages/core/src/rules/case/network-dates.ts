import { defineRule } from '../engine';
import type { Case } from '../../schema/case';
import type { IssuePath } from '../../path';

/**
 * `case.networkDates`: The household's network keeps its dates in order: a support, the coordinator or a link
 * between agencies ends on or after the day it began, and each phase of the support begins after the one before it
 * (two phases from one day would leave one of them empty). The household map draws each day from these.
 * @public
 */
export const caseNetworkDates = defineRule({
  code: 'case.networkDates',
  severity: 'error',
  messages: {
    ja: '支援の時期や関わりの期間の日付が前後しています（終わりの日が始まりの日より前、または時期の始まりが同じ日か前の時期より前）。',
    en: 'The dates of the network are out of order (an end before its start, or a phase that does not begin after the one before).',
  },
  check: function* (c: Case) {
    const ended = (x: { from?: string | undefined; to?: string | undefined }) =>
      x.from !== undefined && x.to !== undefined && x.to < x.from;
    const people: [IssuePath, { agencies?: readonly { from?: string; to?: string }[] | undefined }][] = [
      [['household', 'person'], c.household.person],
      ...c.household.members.map((m, i): [IssuePath, typeof m] => [['household', 'members', i], m]),
    ];
    for (const [at, p] of people)
      for (const [k, a] of (p.agencies ?? []).entries()) if (ended(a)) yield { path: [...at, 'agencies', k, 'to'] };
    const n = c.network;
    if (n?.coordinator && ended(n.coordinator)) yield { path: ['network', 'coordinator', 'to'] };
    for (const [k, l] of (n?.links ?? []).entries()) if (ended(l)) yield { path: ['network', 'links', k, 'to'] };
    const phases = n?.phases ?? [];
    for (let k = 1; k < phases.length; k++) if (phases[k]!.from <= phases[k - 1]!.from) yield { path: ['network', 'phases', k, 'from'] };
  },
});
