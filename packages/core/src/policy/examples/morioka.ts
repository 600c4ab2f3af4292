import { definePolicy } from '../types';

/**
 * Example: 盛岡市 (Iwate), from its 「重層的支援体制整備事業の共通ルール」.
 * Consent is always checked before a referral; consent chooses the meeting
 * (よりそい会議 is the 重層的支援会議; without consent, a 支援会議) and the
 * team lead; at 終結 an agency other than 社協 carries on, and 終結 is decided
 * in a meeting.
 * @public
 */
export const MORIOKA_EXAMPLE_POLICY = /* @__PURE__ */ definePolicy({
  id: 'example-morioka',
  name: { ja: '盛岡市の例', en: 'Morioka example' },
  source: 'Seed 001: 盛岡市「重層的支援体制整備事業の共通ルール」 (l.434–440) and 事例集「岩手県盛岡市」 (l.990–1100)',
  rules: {
    'referral.consentUnchecked': 'error',
    'consent.dateMissing': 'error',
    'meeting.juusouPossible': 'warning',
    'plan.leadByConsent': 'error',
    'plan.leadRequired': 'error',
    'termination.successorIsCoordinator': 'error',
    'termination.meetingRequired': 'error',
  },
  sources: {
    'referral.consentUnchecked': '001 l.436: つなぐ場合、相談シートの作成は必須であり、必ず本人同意の確認を行う',
    'consent.dateMissing': '001 l.436: 必ず本人同意の確認を行う (a check that is recorded has its date)',
    'meeting.juusouPossible': '001 l.1076: よりそい会議と支援会議は、機能としては同一で、本人同意の有無で使い分けている',
    'plan.leadByConsent':
      '001 l.438: 本人同意ありのケースは、社協がチームリーダーとなり … 本人同意なしのケースは、関係機関がチームリーダーとなり支援を進めることとなる（社協とは限らない）',
    'plan.leadRequired': '001 l.438: チームリーダーとなり、関係機関の進捗状況等を確認しながら、支援を進める',
    'termination.successorIsCoordinator':
      '001 l.438: 重層事業の利用は終了となる。その場合、社協以外の関係機関が新たなチームリーダーとなり支援を継続する',
    'termination.meetingRequired':
      '001 l.1095: 多機関協働事業としての終結は、重層的支援会議の場で決めることとしており、各機関の判断で終結させないように説明している',
    meetingNames: '001 l.1004: よりそい会議 ※重層的支援会議に該当; l.1004 本人同意が取れない場合は、支援会議を実施',
    sheetNames: '001 l.436: 相談シートの作成は必須',
  },
  meetingNames: {
    juusou: { ja: 'よりそい会議', en: 'Yorisoi meeting' },
  },
  sheetNames: {
    referral: { ja: '相談シート', en: 'Consultation sheet' },
  },
});
