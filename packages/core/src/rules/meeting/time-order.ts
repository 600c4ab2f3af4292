import { defineRule } from '../engine';
import type { SupportSharing } from '../../schema/support-sharing';

/**
 * `meeting.timeOrder`: A meeting ends after it starts.
 * @public
 */
export const meetingTimeOrder = defineRule({
  code: 'meeting.timeOrder',
  severity: 'error',
  messages: {
    ja: '終了時刻は開始時刻より後にしてください。',
    en: 'The end time must be after the start time.',
  },
  check: function* (d: SupportSharing) {
    const { startTime, endTime } = d.meeting ?? {};
    if (startTime && endTime && endTime <= startTime) yield { path: ['meeting', 'endTime'] };
  },
});
