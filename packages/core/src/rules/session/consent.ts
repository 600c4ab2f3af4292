import { defineRule, type RuleContext } from '../engine';
import type { MeetingSession } from '../../schema/session';
import { consentOn, consentValidOn } from '../../model/consent';
import { agendaCases } from './shared';
import { agendaKind } from '../../model/session';

/**
 * `session.consent`: Every case discussed as a 重層的支援会議 (the session's kind, or the case's own in a mixed session) has the person's consent on the session date; a case without it is discussed in a 支援会議 (米子: 「情報共有に対する本人同意がないものは支援会議、同意がある場合は重層的支援会議としている」, seed 001 l.2246; 盛岡: よりそい会議と支援会議は本人同意の有無で使い分けている, l.1076). Checked when the cases are given (`validate('meetingSession', s, { cases })`).
 * @public
 */
export const sessionConsent = defineRule({
  code: 'session.consent',
  severity: 'error',
  messages: {
    ja: 'この事例は会議の日に本人同意がないため、重層的支援会議では検討できません。支援会議で検討してください。',
    en: 'This case has no consent on the session date, so it cannot be discussed in a 重層的支援会議: discuss it in a 支援会議.',
  },
  check: function* (s: MeetingSession, ctx: RuleContext) {
    for (const { index, c } of agendaCases(s, ctx)) {
      if (agendaKind(s, s.agenda[index]) !== 'juusou') continue;
      const consent = consentOn(c.consentHistory ?? [], s.date, c.household?.person?.id);
      if (!consentValidOn(consent, s.date)) yield { path: ['agenda', index, s.agenda[index]!.legalKind ? 'legalKind' : 'caseId'] };
    }
  },
});
