import { defineRule } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';
import { planTerminated } from '../../model/plan';

/**
 * `termination.meetingRequired`: A terminated plan names the meeting that decided the termination. Off nationally; 盛岡 makes it an error: 「多機関協働事業としての終結は、重層的支援会議の場で決めることとしており、各機関の判断で終結させないように説明している」 (seed 001, around l.1095). In a case, `case.terminationMeeting` checks the meeting is there.
 * @public
 */
export const terminationMeetingRequired = defineRule({
  code: 'termination.meetingRequired',
  severity: 'off',
  messages: {
    ja: '終結を決めた会議を選んでください。終結は会議で決めます。',
    en: 'Choose the meeting that decided the case closure: closure is decided in a meeting.',
  },
  check: function* (d: ActionPlan) {
    if (planTerminated(d) && !d.termination?.decidedInMeetingId) yield { path: ['termination', 'decidedInMeetingId'] };
  },
  requires: [{ path: ['termination', 'decidedInMeetingId'], when: planTerminated }],
});
