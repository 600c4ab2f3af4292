import { defineRule } from '../engine';
import type { Case } from '../../schema/case';
import { consentOn, consentValidOn } from '../../model/consent';

/**
 * `case.meetingWithoutConsent`: A 重層的支援会議 of the case needs consent valid on its date in the case's consent history (a withdrawal ends it).
 * @public
 */
export const caseMeetingWithoutConsent = defineRule({
  code: 'case.meetingWithoutConsent',
  severity: 'error',
  messages: {
    ja: 'この日には有効な本人同意がないため、重層的支援会議は開催できません。',
    en: 'There is no valid consent on this date, so a multi-layered support meeting cannot be held.',
  },
  check: function* (c: Case) {
    for (const [i, m] of (c.meetings ?? []).entries()) {
      if (m.meeting?.legalKind !== 'juusou') continue;
      const personId = c.household?.person?.id;
      if (!consentValidOn(consentOn(c.consentHistory ?? [], m.meeting.date, personId), m.meeting.date))
        yield { path: ['meetings', i, 'meeting', 'legalKind'] };
    }
  },
});
