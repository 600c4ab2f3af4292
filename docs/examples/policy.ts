import { definePolicy } from '@tsunagu/core';

export const EXAMPLE_TOWN_POLICY = definePolicy({
  id: 'example-town',
  name: { ja: '例町', en: 'Example Town' },
  rules: {
    'plan.attendeeWithoutAction': 'error', // 行動連携: every attendee must have an action
    'case.attendeeWithoutAction': 'error', // …checked against the meeting's attendees too
    'consent.dateMissing': 'error',
    'action.dueRequiredOngoing': 'off', // 見守り and informal support never carry a due date here
  },
  // Where each setting comes from: the town's own rules, for whoever reads the policy next.
  sources: {
    'plan.attendeeWithoutAction': '例町 会議運営要領 第3条',
    'action.dueRequiredOngoing': '例町 会議運営要領 第5条',
    localItems: '例町 相談受付要領 第4条',
  },
  vocabularies: {
    issueTags: [{ code: 'x-animal-hoarding', ja: '多頭飼育', en: 'Animal hoarding' }],
  },
  dateDisplay: 'wareki',
  // The legal kind is stored and counted; the local name is shown: 「重層的支援会議（まるごと会議）」.
  meetingNames: { juusou: { ja: 'まるごと会議', en: 'Marugoto meeting' } },
  // The town's own names for its sheets, in the title and on paper.
  sheetNames: { referral: { ja: 'つなぐシート', en: 'Referral sheet' } },
  // The town's own questions, asked beside the national ones: no release of tsunagu needed. Answers are stored
  // under the ids (referral.localItems.minsei.yes); `validatePolicy(EXAMPLE_TOWN_POLICY)` checks the declarations.
  localItems: [
    {
      id: 'minsei',
      place: 'referral',
      section: 'person',
      type: 'yesNo',
      reportable: true, // counted in the 実績報告 (the table localItems, CSV and Excel)
      label: { ja: '民生委員への連絡の要否', en: 'Tell the district welfare volunteer (民生委員)?' },
    },
    {
      id: 'minsei-name',
      place: 'referral',
      section: 'person',
      type: 'text',
      required: { question: 'minsei', equals: true }, // ※必須 once 「はい」 is answered
      label: { ja: '連絡する民生委員', en: 'Which volunteer' },
      hint: { ja: '地区と氏名', en: 'District and name' },
    },
  ],
});
