import { defineRule } from '../define';
import type { SupportSharing } from '../../schema/support-sharing';
import { rule } from '../engine';
import { supporter } from '../plan-state';
import { supporterAt } from './confidentiality';

/**
 * `meeting.confidentialityJuusou`: In a 重層的支援会議 too, every supporter attending acknowledges confidentiality. Off nationally (the statute binds 支援会議 only); 坂井 makes it an error: its 「さかまる会議（重層的支援会議・支援会議）心得」 第九条 「守秘義務を徹底するべし」 covers both kinds (seed 001, l.432 and l.454).
 * @public
 */
export const meetingConfidentialityJuusouMeta = defineRule({
  code: 'meeting.confidentialityJuusou',
  severity: 'off',
  messages: {
    ja: 'この自治体では、重層的支援会議でも参加者全員が守秘義務を確認します。',
    en: 'In this municipality every attendee acknowledges confidentiality in a multi-layered support meeting too.',
  },
});

const META = meetingConfidentialityJuusouMeta;

const isJuusou = (d: SupportSharing): boolean => d.meeting?.legalKind === 'juusou';

export const meetingConfidentialityJuusou = rule<SupportSharing>(
  META,
  function* (d) {
    if (!isJuusou(d)) return;
    for (const [i, a] of (d.attendees ?? []).entries())
      if (supporter(a) && !a.confidentialityAcknowledged) yield { path: ['attendees', i, 'confidentialityAcknowledged'] };
  },
  [{ path: ['attendees', '*', 'confidentialityAcknowledged'], when: (d, path) => isJuusou(d) && supporterAt(d, path) }],
);
