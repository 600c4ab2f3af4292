import { definePolicy } from '../types';

/**
 * Example: 米子市 (Tottori). Consent chooses the meeting; the person likely to
 * become the 主担 runs it (so the facilitator may be involved); an in-house
 * 援助方針会議 serves cases that stay inside the city office; referrals go on
 * the つなぐシート.
 * @public
 */
export const YONAGO_EXAMPLE_POLICY = /* @__PURE__ */ definePolicy({
  id: 'example-yonago',
  name: { ja: '米子市の例', en: 'Yonago example' },
  source: 'Seed 001: 事例集「鳥取県米子市」 (l.2205–2300)',
  rules: {
    'meeting.facilitatorInvolved': 'off',
    'meeting.juusouPossible': 'warning',
  },
  sources: {
    'meeting.facilitatorInvolved':
      '001 l.2263: 重層的支援会議・支援会議は、支援の主担となりうる人に、会議事務（日時調整や参加者の調整、当日の運営など）をお願いしている',
    'meeting.juusouPossible': '001 l.2246: 情報共有に対する本人同意がないものは支援会議、同意がある場合は重層的支援会議としている',
    vocabularies: '001 l.2246: 庁内での連携で済む場合等は、援助方針会議（庁内会議）を開催している',
    sheetNames: '001 l.2213: 他課につなげる際に活用するための『つなぐシート』を開発',
  },
  vocabularies: {
    existingMeetings: [{ code: 'x-enjoHoshin', ja: '援助方針会議（庁内会議）', en: 'Support policy meeting (in-house)' }],
  },
  sheetNames: {
    referral: { ja: 'つなぐシート', en: 'Tsunagu sheet' },
  },
});
