import { defineRule, rowAt, rule, type RuleMeta, type Rule } from '../engine';
import type { SupportSharing } from '../../schema/support-sharing';
import type { MeetingKind } from '../../vocab';
import { supporter } from '../../model/plan';

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

/** Every supporter attending a meeting of `kind` has acknowledged confidentiality. */
export function confidentialityIn(kind: MeetingKind, meta: RuleMeta): Rule<SupportSharing> {
  const applies = (d: SupportSharing): boolean => d.meeting?.legalKind === kind;
  return rule<SupportSharing>(
    meta,
    function* (d) {
      if (!applies(d)) return;
      for (const [i, a] of (d.attendees ?? []).entries())
        if (supporter(a) && !a.confidentialityAcknowledged) yield { path: ['attendees', i, 'confidentialityAcknowledged'] };
    },
    [
      {
        path: ['attendees', '*', 'confidentialityAcknowledged'],
        when: (d, path) => applies(d) && supporter(rowAt(d.attendees, path) ?? { role: '' }),
      },
    ],
  );
}

export const meetingConfidentiality = confidentialityIn('shien', meetingConfidentialityMeta);
