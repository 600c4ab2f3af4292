import { defineRule } from '../define';
import type { SupportSharing } from '../../schema/support-sharing';
import { blank, rule } from '../engine';

/**
 * `meeting.purposeRequired`: A meeting states its purpose (坂井 さかまる会議の心得 第三条; 北栄).
 * @public
 */
export const meetingPurposeRequiredMeta = defineRule({
  code: 'meeting.purposeRequired',
  severity: 'error',
  messages: {
    ja: '会議の目的を入力してください。',
    en: 'Enter the purpose of the meeting.',
  },
});

const META = meetingPurposeRequiredMeta;

export const meetingPurposeRequired = rule<SupportSharing>(
  META,
  function* (d) {
    if (blank(d.purpose)) yield { path: ['purpose'] };
  },
  [{ path: ['purpose'] }],
);
