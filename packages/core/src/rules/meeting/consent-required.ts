import { defineRule } from '../engine';
import type { SupportSharing } from '../../schema/support-sharing';
import { consentValidOn } from '../../model/consent';

/**
 * `meeting.consentRequired`: A 重層的支援会議 is held only with consent given, not withdrawn, on the meeting date, covering both providing and collecting information (盛岡's 本人同意, seed 001 l.437); without it the meeting is a 支援会議 (Social Welfare Act art. 106-6).
 * @public
 */
export const meetingConsentRequired = defineRule({
  code: 'meeting.consentRequired',
  severity: 'error',
  messages: {
    ja: '重層的支援会議は、会議の日に本人同意（情報の提供と収集の両方）がある場合にだけ開催できます。同意がない場合は支援会議として開催してください。',
    en: "A multi-layered support meeting needs the person's consent, to both sharing and collecting information, on the meeting date. Without it, hold a support meeting (支援会議) instead.",
  },
  check: function* (d: SupportSharing) {
    if (d.meeting?.legalKind === 'juusou' && !consentValidOn(d.consent, d.meeting.date)) yield { path: ['meeting', 'legalKind'] };
  },
});
