import { defineRule } from '../define';
import type { SupportSharing } from '../../schema/support-sharing';
import { blank, rule } from '../engine';

/**
 * `meeting.existingKindRequired`: A meeting held as an existing meeting says which (地域ケア会議, 要保護児童対策地域協議会 …).
 * @public
 */
export const meetingExistingKindRequiredMeta = defineRule({
  code: 'meeting.existingKindRequired',
  severity: 'error',
  messages: {
    ja: '既存の会議の種類を選んでください。',
    en: 'Choose which existing meeting this is.',
  },
});

const META = meetingExistingKindRequiredMeta;

const isExisting = (d: SupportSharing): boolean => d.meeting?.legalKind === 'existing';

export const meetingExistingKindRequired = rule<SupportSharing>(
  META,
  function* (d) {
    if (isExisting(d) && blank(d.meeting.existingKind)) yield { path: ['meeting', 'existingKind'] };
  },
  [{ path: ['meeting', 'existingKind'], when: isExisting }],
);
