import { defineRule } from '../define';
import type { SupportSharing } from '../../schema/support-sharing';
import { rule } from '../engine';

/**
 * `meeting.facilitatorInvolved`: The facilitator is directly involved in the case (高島 keeps the facilitator neutral).
 * @public
 */
export const meetingFacilitatorInvolvedMeta = defineRule({
  code: 'meeting.facilitatorInvolved',
  severity: 'warning',
  messages: {
    ja: '司会者がこのケースに直接関わっています。中立な立場の司会者を検討してください。',
    en: 'The facilitator is directly involved in this case. Consider a neutral facilitator.',
  },
});

const META = meetingFacilitatorInvolvedMeta;

export const meetingFacilitatorInvolved = rule<SupportSharing>(META, function* (d) {
  for (const [i, a] of (d.attendees ?? []).entries())
    if (a.role === 'facilitator' && a.directlyInvolved) yield { path: ['attendees', i, 'directlyInvolved'] };
});
