import { defineRule } from '../engine';
import type { Case } from '../../schema/case';
import type { SituationPeriod } from '../../schema/common';

/**
 * `case.situationLog`: A person's situation log agrees with their situations: each period ends on or after it
 * began, and a period still open is of a situation the person has. A log that disagrees would make a past year's
 * report read situations the case no longer holds (or never held).
 * @public
 */
export const caseSituationLog = defineRule({
  code: 'case.situationLog',
  severity: 'error',
  messages: {
    ja: '状況の記録（開始日・終了日）が、現在の状況と合っていません。',
    en: 'The situation log does not agree with the current situations.',
  },
  check: function* (c: Case) {
    const people: [readonly (string | number)[], { situations?: readonly string[]; situationLog?: readonly SituationPeriod[] }][] = [
      [['household', 'person'], c.household.person],
      ...c.household.members.map((m, i): [readonly (string | number)[], typeof m] => [['household', 'members', i], m]),
    ];
    for (const [at, p] of people)
      for (const [k, e] of (p.situationLog ?? []).entries()) {
        if (e.from !== undefined && e.to !== undefined && e.to < e.from) yield { path: [...at, 'situationLog', k, 'to'] };
        else if (e.to === undefined && !(p.situations ?? []).includes(e.code)) yield { path: [...at, 'situationLog', k, 'code'] };
      }
  },
});
