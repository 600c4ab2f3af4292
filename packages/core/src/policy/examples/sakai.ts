import { definePolicy } from '../types';

/**
 * Example: 坂井市 (Fukui). Its さかまる会議 is both its 重層的支援会議 and its
 * 支援会議, under one set of ground rules (心得) whose 第九条 asks everyone for
 * confidentiality in both, and its 支援会議 is the one of 生活困窮者自立支援法第9条
 * (seed 001 l.1597), not of 社会福祉法第106条の6; the referrer's view of the problem is always
 * written on the 紹介シート.
 * @public
 */
export const SAKAI_EXAMPLE_POLICY = /* @__PURE__ */ definePolicy({
  id: 'example-sakai',
  name: { ja: '坂井市の例', en: 'Sakai example' },
  source: 'Seed 001: 坂井市「さかまる会議 心得」 (l.442–458) and 事例集「福井県坂井市」 (l.1573–1725)',
  rules: {
    'meeting.confidentialityJuusou': 'error',
    'referral.problemViewRequired': 'error',
    'meeting.purposeRequired': 'error',
    'plan.mainSupporterNotCoordinator': 'error',
  },
  sources: {
    'meeting.confidentialityJuusou': '001 l.432 「さかまる会議（重層的支援会議・支援会議）心得」 and l.454 第九条 守秘義務を徹底するべし',
    'referral.problemViewRequired': '001 l.1669: 支援の方針を決定するために、課題認識を必ず記載してもらうようにしている',
    'meeting.purposeRequired': '001 l.448 第三条: 会議のはじめに目的を共有するべし',
    'plan.mainSupporterNotCoordinator': '001 l.1693: 相談支援包括化推進員はケースを持たない（対象者への直接支援は行わない）',
    meetingLegalBases: '001 l.1597: さかまる会議 ※生活困窮者自立支援法第9条の支援会議に該当',
    meetingNames: '001 l.432: さかまる会議（重層的支援会議・支援会議）; l.1597 notes it is also the 支援会議 of 生活困窮者自立支援法第9条',
    sheetNames: '001 l.1669: 紹介シートに情報を記載してもらっている',
  },
  meetingNames: {
    juusou: { ja: 'さかまる会議', en: 'Sakamaru meeting' },
    shien: { ja: 'さかまる会議', en: 'Sakamaru meeting' },
  },
  meetingLegalBases: { shien: 'selfReliance9' },
  sheetNames: {
    referral: { ja: '紹介シート', en: 'Referral sheet (shōkai)' },
  },
});
