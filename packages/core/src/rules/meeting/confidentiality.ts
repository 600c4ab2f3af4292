import { defineRule } from '../define';
import type { SupportSharing } from '../../schema/support-sharing';
import { rowAt, rule, type IssuePath } from '../engine';
import { supporter } from '../plan-state';

/**
 * `meeting.confidentiality`: In a 支援会議 every supporter attending acknowledges the statutory duty of confidentiality (art. 106-6; seed 001 l.579: 会議の構成員に対し守秘義務が課される支援会議). 本人 and 家族 are not asked. `meeting.confidentialityJuusou` asks the same in a 重層的支援会議 where the policy says so (坂井).
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

/** The attendee a path points into is a supporter (not 本人 or 家族). */
export const supporterAt = (d: SupportSharing, path: IssuePath): boolean => {
  const a = rowAt(d.attendees, path);
  return !!a && supporter(a);
};

export const meetingConfidentiality = rule<SupportSharing>(
  META,
  function* (d) {
    if (!isShien(d)) return;
    for (const [i, a] of (d.attendees ?? []).entries())
      if (supporter(a) && !a.confidentialityAcknowledged) yield { path: ['attendees', i, 'confidentialityAcknowledged'] };
  },
  [{ path: ['attendees', '*', 'confidentialityAcknowledged'], when: (d, path) => isShien(d) && supporterAt(d, path) }],
);
