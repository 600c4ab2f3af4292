import { defineRule } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';

/**
 * `action.ownerUnknown`: An action's owner is one of the plan's members.
 * @public
 */
export const actionOwnerUnknown = defineRule({
  code: 'action.ownerUnknown',
  severity: 'error',
  messages: {
    ja: '担当者が参加者の一覧にありません。',
    en: 'The owner is not one of the attendees.',
  },
  check: function* (d: ActionPlan) {
    const ids = new Set((d.members ?? []).map((m) => m.id));
    for (const [i, a] of (d.actions ?? []).entries()) if (a.ownerId && !ids.has(a.ownerId)) yield { path: ['actions', i, 'ownerId'] };
  },
});
