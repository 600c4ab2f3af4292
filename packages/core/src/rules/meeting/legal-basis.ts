import { defineRule } from '../engine';
import type { SupportSharing } from '../../schema/support-sharing';
import type { MeetingSession } from '../../schema/session';
import { legalBasisFits } from '../../model/meeting';

/**
 * `meeting.legalBasis`: The law a meeting names fits its kind: a 支援会議 is held under 社会福祉法第106条の6 (seed 001
 * l.1397) or 生活困窮者自立支援法第9条 (坂井's さかまる会議, l.1597), a 重層的支援会議 under the 事業 of 第106条の4
 * (l.366). An existing field meeting names none here. The duty of confidentiality and the consent rules follow the
 * kind; the law says which statute binds the members, and goes on the paper.
 * @public
 */
export const meetingLegalBasis = defineRule({
  code: 'meeting.legalBasis',
  severity: 'error',
  messages: {
    ja: 'この根拠法は、選んだ会議の種類に合いません。',
    en: 'This legal basis does not fit the kind of meeting chosen.',
  },
  check: function* (d: SupportSharing | MeetingSession) {
    const [m, path] = d.kind === 'meetingSession' ? [d, ['legalBasis']] : [d.meeting, ['meeting', 'legalBasis']];
    if (m?.legalBasis !== undefined && m.legalKind !== undefined && !legalBasisFits(m.legalBasis, m.legalKind)) yield { path };
  },
});
