import { defineRule } from '../define';
import type { SupportSharing } from '../../schema/support-sharing';
import { rule } from '../engine';

/**
 * `meeting.confidentiality`: In a 支援会議 every attendee acknowledges the statutory duty of confidentiality (art. 106-6).
 * @public
 */
export const meetingConfidentialityMeta = defineRule({
  code: 'meeting.confidentiality',
  severity: 'error',
  messages: {
    ja: '支援会議では、参加者全員が守秘義務を確認する必要があります。',
    en: 'In a support meeting (支援会議) every attendee must acknowledge confidentiality.',
  },
});

const META = meetingConfidentialityMeta;

const isShien = (d: SupportSharing): boolean => d.meeting?.legalKind === 'shien';

export const meetingConfidentiality = rule<SupportSharing>(
  META,
  function* (d) {
    if (!isShien(d)) return;
    for (const [i, a] of (d.attendees ?? []).entries())
      if (!a.confidentialityAcknowledged) yield { path: ['attendees', i, 'confidentialityAcknowledged'] };
  },
  [{ path: ['attendees', '*', 'confidentialityAcknowledged'], when: isShien }],
);
