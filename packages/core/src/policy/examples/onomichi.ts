import { definePolicy } from '../types';

/**
 * Example: 尾道市 (Hiroshima). Its 個別ケース会議 is its multi-agency case meeting — the place where the plan is made
 * and the case closed — not a field's own case meeting: it is called when 「各支援機関がそれぞれで開催しているケース
 * 会議のみでは課題解決が困難」. Above it sit the 実務者会議 and the 地域共生包括化推進会議, which discuss no case
 * (sessions with a purpose and no agenda).
 * @public
 */
export const ONOMICHI_EXAMPLE_POLICY = /* @__PURE__ */ definePolicy({
  id: 'example-onomichi',
  name: { ja: '尾道市の例', en: 'Onomichi example' },
  source: 'Seed 002: 尾道市「多機関協働による総合相談支援体制の構築に向けて」 (l.70–200)',
  rules: {
    'termination.meetingRequired': 'error',
    'plan.mainSupporterRequired': 'error',
  },
  sources: {
    'termination.meetingRequired': '002 l.94–98: 個別ケース会議 具体的なケース検討の場 … プランの決定、終結',
    'plan.mainSupporterRequired': '002 l.174–177: あいまい・押付け合い防止 … 役割分担を明確化し、多機関連携のもとでの伴走支援に繋げること',
    meetingNames:
      '002 l.94 and l.168–172: 個別ケース会議, for cases where 各支援機関がそれぞれで開催しているケース会議のみでは課題解決が困難',
  },
  meetingNames: {
    juusou: { ja: '個別ケース会議', en: 'Individual case meeting (Onomichi)' },
    shien: { ja: '個別ケース会議', en: 'Individual case meeting (Onomichi)' },
  },
});
