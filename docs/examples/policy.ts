import { definePolicy } from '@tsunagu/core';

export const EXAMPLE_TOWN_POLICY = definePolicy({
  id: 'example-town',
  name: { ja: '例町', en: 'Example Town' },
  rules: {
    'plan.attendeeWithoutAction': 'error', // 行動連携: every attendee must have an action
    'consent.dateMissing': 'error',
    'meeting.facilitatorInvolved': 'off',
  },
  vocabularies: {
    issueTags: [{ code: 'x-animal-hoarding', ja: '多頭飼育', en: 'Animal hoarding' }],
  },
  dateDisplay: 'wareki',
  meetingNames: { shien: { ja: 'よりそい会議', en: 'Yorisoi meeting' } },
});
