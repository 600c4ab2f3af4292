import { defineRule } from '../engine';
import type { Case } from '../../schema/case';
import { supporter } from '../../model/plan';

/**
 * `case.attendeeWithoutAction`: 行動連携 checked against the meeting, not the plan's editable member list: every supporter who attended the meeting a plan was made in has an action in it (高島: 会議出席者を記載して、各々の役割を記載することで「行動連携」, seed 001 l.2082). Deleting a member from the plan no longer silences `plan.attendeeWithoutAction`. A warning nationally, like that rule; 高島 makes it an error.
 * @public
 */
export const caseAttendeeWithoutAction = defineRule({
  code: 'case.attendeeWithoutAction',
  severity: 'warning',
  messages: {
    ja: '計画を作った会議の出席者のうち{count}人に、役割（行動）がありません。全員が役割を持つようにしてください。',
    en: '{count} {count|attendee|attendees} of the meeting this plan was made in {count|has|have} no action in it. Give every attendee a role.',
  },
  check: function* (c: Case) {
    const plans = c.plans ?? [];
    for (const [i, p] of plans.entries()) {
      // A plan revised later is history; the version in force is the one to act on.
      if (p.id !== undefined && plans.some((q) => q.previousVersionId === p.id)) continue;
      const meeting = p.meetingId ? (c.meetings ?? []).find((m) => m.id === p.meetingId) : undefined;
      if (!meeting) continue;
      const owners = new Set((p.actions ?? []).filter((a) => a.status !== 'cancelled').map((a) => a.ownerId));
      const count = (meeting.attendees ?? []).filter((a) => supporter(a) && !owners.has(a.id)).length;
      if (count > 0) yield { path: ['plans', i, 'members'], params: { count } };
    }
  },
});
