import { defineRule, type RuleContext } from '../engine';
import type { MeetingSession } from '../../schema/session';
import { agendaCases } from './shared';

/**
 * `session.reference`: What a session points at exists: its facilitator, recorder, the minutes' recipients and those who sat for each case are among its invitations; with the cases given, each agenda item's case is one of them, and its support-sharing document is that case's, linked back to this session (`sessionId`) and dated the session's day.
 * @public
 */
export const sessionReference = defineRule({
  code: 'session.reference',
  severity: 'error',
  messages: {
    ja: '会議の記録にない人、事例、または別の会議の記録が選ばれています。',
    en: 'This points at a person, case or record that is not part of this session.',
  },
  check: function* (s: MeetingSession, ctx: RuleContext) {
    const ids = new Set((s.invitations ?? []).map((i) => i.id));
    if (s.facilitatorId !== undefined && !ids.has(s.facilitatorId)) yield { path: ['facilitatorId'] };
    if (s.recorderId !== undefined && !ids.has(s.recorderId)) yield { path: ['recorderId'] };
    for (const [n, id] of (s.minutesTo ?? []).entries()) if (!ids.has(id)) yield { path: ['minutesTo', n] };
    for (const [k, item] of (s.agenda ?? []).entries()) {
      for (const [n, id] of (item.attendeeIds ?? []).entries()) if (!ids.has(id)) yield { path: ['agenda', k, 'attendeeIds', n] };
      for (const [n, id] of (item.minutesTo ?? []).entries()) if (!ids.has(id)) yield { path: ['agenda', k, 'minutesTo', n] };
    }
    if (!ctx.cases) return;
    const found = new Set<number>();
    for (const { index, discussion } of agendaCases(s, ctx)) {
      found.add(index);
      const item = s.agenda[index]!;
      if (item.supportSharingId === undefined) continue;
      if (!discussion || discussion.meeting?.date !== s.date || (s.id !== undefined && discussion.sessionId !== s.id))
        yield { path: ['agenda', index, 'supportSharingId'] };
    }
    for (const [index] of (s.agenda ?? []).entries()) if (!found.has(index)) yield { path: ['agenda', index, 'caseId'] };
  },
});
