import { defineRule } from '../define';
import type { SupportSharing } from '../../schema/support-sharing';
import { rule } from '../engine';

/**
 * `meeting.timeOrder`: A meeting ends after it starts.
 * @public
 */
export const meetingTimeOrderMeta = defineRule({
  code: 'meeting.timeOrder',
  severity: 'error',
  messages: {
    ja: '終了時刻は開始時刻より後にしてください。',
    en: 'The end time must be after the start time.',
  },
});

const META = meetingTimeOrderMeta;

export const meetingTimeOrder = rule<SupportSharing>(META, function* (d) {
  const { startTime, endTime } = d.meeting ?? {};
  if (startTime && endTime && endTime <= startTime) yield { path: ['meeting', 'endTime'] };
});
