import { defineRule } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';

/**
 * `plan.attendeeWithoutAction`: 行動連携: every member of the team has at least one action — a warning nationally, an error in 高島.
 * @public
 */
export const planAttendeeWithoutAction = defineRule({
  code: 'plan.attendeeWithoutAction',
  severity: 'warning',
  messages: {
    ja: '役割（行動）がない参加者がいます。全員が役割を持つようにしてください。',
    en: 'This attendee has no action. Give every attendee a role.',
  },
  check: function* (d: ActionPlan) {
    const owners = new Set((d.actions ?? []).filter((a) => a.status !== 'cancelled').map((a) => a.ownerId));
    for (const [i, m] of (d.members ?? []).entries()) if (!owners.has(m.id)) yield { path: ['members', i] };
  },
});
