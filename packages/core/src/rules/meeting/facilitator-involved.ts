import { defineRule } from '../engine';
import type { SupportSharing } from '../../schema/support-sharing';

/**
 * `meeting.facilitatorInvolved`: The facilitator is directly involved in the case. Off nationally: only some municipalities separate the facilitator from the case (seed 001, around l.745: ファシリテーターは、そのケースへの直接の関わりがない職員が担当することとする、といった工夫をしている自治体もあります), and 米子 asks the 主担 to run the meeting (l.2263). 高島 makes it an error (l.2082: 当該ケースへの直接の関わりがないくらし連携支援室の職員が進行を務める).
 * @public
 */
export const meetingFacilitatorInvolved = defineRule({
  code: 'meeting.facilitatorInvolved',
  severity: 'off',
  messages: {
    ja: '司会者がこのケースに直接関わっています。中立な立場の司会者を検討してください。',
    en: 'The facilitator is directly involved in this case. Consider a neutral facilitator.',
  },
  check: function* (d: SupportSharing) {
    for (const [i, a] of (d.attendees ?? []).entries())
      if (a.role === 'facilitator' && a.directlyInvolved) yield { path: ['attendees', i, 'directlyInvolved'] };
  },
});
