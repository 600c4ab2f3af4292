import { defineRule } from '../engine';
import type { Case } from '../../schema/case';

/**
 * `contact.documentUnknown`: A contact linked to a document links to one of the case's referrals, meetings or plan versions.
 * @public
 */
export const contactDocumentUnknown = defineRule({
  code: 'contact.documentUnknown',
  severity: 'error',
  messages: {
    ja: 'このケースにない書類が選ばれています。',
    en: 'This links to a document that is not in this case.',
  },
  check: function* (c: Case) {
    const ids = new Set(
      [...(c.referrals ?? []), ...(c.meetings ?? []), ...(c.plans ?? [])].map((d) => d.id).filter((id) => id !== undefined),
    );
    for (const [i, e] of (c.contacts ?? []).entries())
      if (e.documentId !== undefined && !ids.has(e.documentId)) yield { path: ['contacts', i, 'documentId'] };
  },
});
