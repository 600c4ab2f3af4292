import { defineRule, type RuleContext } from '../engine';
import type { MeetingSession } from '../../schema/session';
import { sameOrganization } from '../termination/successor-is-coordinator';
import { attends } from '../../model/session';
import { agendaCases } from './shared';

/**
 * `session.attendeeNotInvited`: Whoever attends a case's discussion is among the session's attendees (by id, or by name and agency): the session's list is who was in the room, its confidentiality and the minutes' distribution follow from it (坂井 さかまる会議 心得 第二条・第九条, seed 001 l.447, l.454). A warning: a late arrival may be recorded in one list only.
 * @public
 */
export const sessionAttendeeNotInvited = defineRule({
  code: 'session.attendeeNotInvited',
  severity: 'warning',
  messages: {
    ja: 'この事例の検討に、会議の出席者にない人が参加しています。',
    en: "Someone in this case's discussion is not among the session's attendees.",
  },
  check: function* (s: MeetingSession, ctx: RuleContext) {
    const present = (s.invitations ?? []).filter(attends);
    for (const { index, discussion } of agendaCases(s, ctx)) {
      for (const a of discussion?.attendees ?? []) {
        const known = present.some((i) => i.id === a.id || (i.name === a.name && sameOrganization(i.organization, a.organization)));
        if (!known) {
          yield { path: ['agenda', index, 'supportSharingId'] };
          break;
        }
      }
    }
  },
});
