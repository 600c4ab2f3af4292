import { defineRule } from '../engine';
import type { Case } from '../../schema/case';
import { planInForce } from '../../case-work';

/**
 * `case.terminationMismatch`: The plan's termination and the case's status history say the same thing. A terminated plan has a 終結 in the status history on its termination date; a 終結 in the history leaves no plan of that time still 実施中. The plan records why and who carries on; the history records when — two records of one fact (DOMAIN §9), so they must agree; and the closure's details are written once, in the plan that ended that day (`caseClosure`).
 * @public
 */
export const caseTerminationMismatch = defineRule({
  code: 'case.terminationMismatch',
  severity: 'error',
  messages: {
    ja: '計画の終結とケースの状況（終結）の日付が一致していません。',
    en: "The plan's case closure and the case status (closed) do not agree.",
  },
  check: function* (c: Case) {
    const history = c.statusHistory ?? [];
    const plans = c.plans ?? [];
    const closedOn = new Set(history.filter((s) => s.status === 'terminated').map((s) => s.date));
    for (const [i, p] of plans.entries()) {
      const date = p.status === 'terminated' ? p.termination?.date : undefined;
      if (date && !closedOn.has(date)) yield { path: ['plans', i, 'termination', 'date'] };
    }
    for (const [i, s] of history.entries()) {
      if (s.status !== 'terminated') continue;
      if (planInForce(c, s.date) !== undefined) yield { path: ['statusHistory', i, 'status'] };
      // A plan that ended that day holds the closure: the change does not record it a second time.
      else if (s.termination && plans.some((p) => p.status === 'terminated' && p.termination?.date === s.date))
        yield { path: ['statusHistory', i, 'termination'] };
    }
  },
});
