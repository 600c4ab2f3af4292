import { defineRule } from '../engine';
import type { Case } from '../../schema/case';

/**
 * `assessment.memberUnknown`: Each member assessed is someone of the case's household: the person's or a member's id. A member who left the household stays in it (with the date they left), so an earlier assessment keeps its people.
 * @public
 */
export const assessmentMemberUnknown = defineRule({
  code: 'assessment.memberUnknown',
  severity: 'error',
  messages: {
    ja: 'アセスメントの対象者が世帯にいません。',
    en: 'This person is not in the household.',
  },
  check: function* (c: Case) {
    const ids = new Set([c.household?.person?.id, ...(c.household?.members ?? []).map((m) => m.id)].filter(Boolean));
    for (const [i, a] of (c.assessments ?? []).entries())
      for (const [j, m] of (a.members ?? []).entries())
        if (!ids.has(m.memberId)) yield { path: ['assessments', i, 'members', j, 'memberId'] };
  },
});
