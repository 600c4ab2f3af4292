import { defineRule, blank } from '../engine';
import type { SupportSharing } from '../../schema/support-sharing';

const isExisting = (d: SupportSharing): boolean => d.meeting?.legalKind === 'existing';

/**
 * `meeting.existingKindRequired`: A meeting held as an existing meeting says which (地域ケア会議, 要保護児童対策地域協議会 …).
 * @public
 */
export const meetingExistingKindRequired = defineRule({
  code: 'meeting.existingKindRequired',
  severity: 'error',
  messages: {
    ja: '既存の会議の種類を選んでください。',
    en: 'Choose which existing meeting this is.',
  },
  check: function* (d: SupportSharing) {
    if (isExisting(d) && blank(d.meeting.existingKind)) yield { path: ['meeting', 'existingKind'] };
  },
  requires: [{ path: ['meeting', 'existingKind'], when: isExisting }],
});
