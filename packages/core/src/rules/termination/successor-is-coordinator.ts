import { defineRule, blank } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';
import { planTerminated } from '../../model/plan';

/** Whether two agency names are the same agency: width, spaces and case do not count. */
export const sameOrganization = (a: string, b: string): boolean => {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
  return norm(a) === norm(b);
};

/**
 * `termination.successorIsCoordinator`: At 終結 the one who takes the case on as its team leader (an accompanier who `leads`) is not the coordinator's own office (`team.coordinatorOrganization`). Off nationally; 盛岡 makes it an error: 「支援の見通しがついた段階で、重層事業の利用は終了となる。その場合、社協以外の関係機関が新たなチームリーダーとなり支援を継続する」 (seed 001, l.438).
 * @public
 */
export const terminationSuccessorIsCoordinator = defineRule({
  code: 'termination.successorIsCoordinator',
  severity: 'off',
  messages: {
    ja: '終結後は、コーディネーター（多機関協働事業者）以外の関係機関が支援を引き継ぎます。',
    en: 'After case closure an agency other than the coordinator carries on.',
  },
  check: function* (d: ActionPlan) {
    const coordinator = d.team?.coordinatorOrganization;
    if (!planTerminated(d) || blank(coordinator)) return;
    for (const [k, a] of (d.termination?.accompaniers ?? []).entries())
      if (a.leads && !blank(a.organization) && sameOrganization(a.organization!, coordinator!))
        yield { path: ['termination', 'accompaniers', k, 'organization'] };
  },
});
