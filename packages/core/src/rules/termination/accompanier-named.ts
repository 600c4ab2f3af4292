import { defineRule, blank } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';

/**
 * `termination.accompanierNamed`: Everyone listed as accompanying the person after the closure is named — by
 * agency or group, or by name (a 民生委員, a neighbour) — so that whoever reads the closure knows whom to ask.
 * @public
 */
export const terminationAccompanierNamed = defineRule({
  code: 'termination.accompanierNamed',
  severity: 'error',
  messages: {
    ja: '伴走する人の所属（機関・団体）か氏名を入力してください。',
    en: 'Enter the agency or group, or the name, of who keeps accompanying the person.',
  },
  check: function* (d: ActionPlan) {
    for (const [k, a] of (d.termination?.accompaniers ?? []).entries())
      if (blank(a.organization) && blank(a.name)) yield { path: ['termination', 'accompaniers', k, 'organization'] };
  },
});
