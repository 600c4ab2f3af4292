import { defineRule, blank } from '../engine';
import type { SupportSharing } from '../../schema/support-sharing';

/**
 * `meeting.purposeRequired`: A meeting states its purpose (坂井 さかまる会議の心得 第三条; 北栄).
 * @public
 */
export const meetingPurposeRequired = defineRule({
  code: 'meeting.purposeRequired',
  severity: 'error',
  messages: {
    ja: '会議の目的を入力してください。',
    en: 'Enter the purpose of the meeting.',
  },
  check: function* (d: SupportSharing) {
    if (blank(d.purpose)) yield { path: ['purpose'] };
  },
  requires: [{ path: ['purpose'] }],
});
