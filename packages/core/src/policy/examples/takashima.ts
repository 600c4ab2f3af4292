import { definePolicy } from '../types';

/**
 * Example: 高島市 (Shiga). Holds 支援会議 whatever the consent; every attendee
 * must have a role (行動連携) — an error, not a warning; a neutral facilitator.
 * Each setting cites its passage in seed 001.
 * @public
 */
export const TAKASHIMA_EXAMPLE_POLICY = /* @__PURE__ */ definePolicy({
  id: 'example-takashima',
  name: { ja: '高島市の例', en: 'Takashima example' },
  source: 'Seed 001, 第3部 事例集「滋賀県高島市」 (l.1883–2104) and l.462',
  rules: {
    'plan.attendeeWithoutAction': 'warning',
    'case.attendeeWithoutAction': 'warning',
    'meeting.facilitatorInvolved': 'error',
    'meeting.juusouPossible': 'off',
  },
  sources: {
    'plan.attendeeWithoutAction':
      '001 l.2082: 会議出席者を記載して、各々の役割を記載することで「行動連携」(特定のメンバーではなく、チーム全員が役割を持つ)を促している — encourages, so a warning, not a block (#32)',
    'case.attendeeWithoutAction': '001 l.2082 (the same passage: every attendee of the meeting, not only those left on the plan)',
    'meeting.facilitatorInvolved': '001 l.2082: 当該ケースへの直接の関わりがないくらし連携支援室の職員が進行を務めるようにしている',
    'meeting.juusouPossible': '001 l.2030: 本人同意の有無に関わらず支援会議として開催している',
    sheetNames: '001 l.462 and l.2029: つむぎあいシート A・B 票, C 票で今後の対応について回答; l.638 支援共有・行動連携計画シート',
  },
  sheetNames: {
    referral: { ja: 'つむぎあいシート（A・B票）', en: 'Tsumugiai sheet (A/B)' },
    response: { ja: 'つむぎあいシート（C票）', en: 'Tsumugiai sheet (C: response)' },
    supportSharing: { ja: '支援共有・行動連携計画シート（支援共有）', en: 'Support-sharing and action plan sheet (sharing)' },
    actionPlan: { ja: '支援共有・行動連携計画シート（支援計画）', en: 'Support-sharing and action plan sheet (plan)' },
  },
});
