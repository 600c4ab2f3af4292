import { defineRule, blank } from '../engine';
import type { Case } from '../../schema/case';

/**
 * `contact.purposeRequired`: A contact says what it was for (direct support, coordination with agencies, 支援者支援, …) and whose work it was (the coordinator's office or another agency), so that the coordinator's balance of managing and doing — which the guidebook asks municipalities to watch (seed 001 l.257, l.734) — can be seen. A warning: a contact recorded in a hurry is still a record.
 * @public
 */
export const contactPurposeRequired = defineRule({
  code: 'contact.purposeRequired',
  severity: 'warning',
  messages: {
    ja: '何のための支援か（目的）と、誰の業務か（多機関協働事業者か、ほかの機関か）を選んでください。',
    en: 'Choose what the contact was for, and whose work it was (the coordinator’s office or another agency).',
  },
  check: function* (c: Case) {
    for (const [i, e] of (c.contacts ?? []).entries()) {
      if (blank(e.purpose)) yield { path: ['contacts', i, 'purpose'] };
      else if (e.byCoordinatorOffice === undefined) yield { path: ['contacts', i, 'byCoordinatorOffice'] };
    }
  },
});
