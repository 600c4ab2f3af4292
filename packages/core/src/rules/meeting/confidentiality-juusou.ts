import { defineRule } from '../engine';
import { confidentialityIn } from './confidentiality';

/**
 * `meeting.confidentialityJuusou`: In a 重層的支援会議 too, every supporter attending acknowledges confidentiality. Off nationally (the statute binds 支援会議 only); 坂井 makes it an error: its 「さかまる会議（重層的支援会議・支援会議）心得」 第九条 「守秘義務を徹底するべし」 covers both kinds (seed 001, l.432 and l.454).
 * @public
 */
export const meetingConfidentialityJuusouMeta = defineRule({
  code: 'meeting.confidentialityJuusou',
  severity: 'off',
  messages: {
    ja: '重層的支援会議でも、参加者全員が守秘義務を確認します。',
    en: 'Every attendee acknowledges confidentiality in a multi-layered support meeting too.',
  },
});

export const meetingConfidentialityJuusou = confidentialityIn('juusou', meetingConfidentialityJuusouMeta);
