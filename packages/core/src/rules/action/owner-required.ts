import { defineRule, blank } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';

/**
 * `action.ownerRequired`: An action has an owner: an attendee of the team or a named organization (盛岡: どこの機関がいつまでに何をするか).
 * @public
 */
export const actionOwnerRequired = defineRule({
  code: 'action.ownerRequired',
  severity: 'error',
  messages: {
    ja: '担当者（参加者または機関名）を入力してください。',
    en: 'Enter who does this (an attendee or an organization).',
  },
  check: function* (d: ActionPlan) {
    for (const [i, a] of (d.actions ?? []).entries())
      if (blank(a.ownerId) && blank(a.ownerOrganization)) yield { path: ['actions', i, 'ownerId'] };
  },
});
