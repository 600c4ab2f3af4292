import { defineRule } from '../engine';
import type { SupportSharing } from '../../schema/support-sharing';
import { consentValidOn } from '../../model/consent';

/**
 * `meeting.juusouPossible`: Consent is given: the 支援会議 could be a 重層的支援会議 (盛岡 chooses the meeting by consent). Off nationally.
 * @public
 */
export const meetingJuusouPossible = defineRule({
  code: 'meeting.juusouPossible',
  severity: 'off',
  messages: {
    ja: '本人同意があるため、重層的支援会議として開催できます。',
    en: 'Consent is given: this can be held as a multi-layered support meeting (重層的支援会議).',
  },
  check: function* (d: SupportSharing) {
    if (d.meeting?.legalKind === 'shien' && consentValidOn(d.consent, d.meeting.date)) yield { path: ['meeting', 'legalKind'] };
  },
});
