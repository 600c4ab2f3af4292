// The names people read under a policy: the sheets', and the meetings' with their local names.
import type { LegalBasis, MeetingKind, Vocabulary } from '../vocab';
import { LEGAL_BASES, MEETING_KINDS } from '../vocab/lists';
import { DEFAULT_BASES, legalBasisFits } from '../model/meeting';
import type { LocalizedText, MunicipalPolicy, SheetName } from './types';

/**
 * The national, neutral names of the sheets. No municipality uses these: each
 * names its own (高島 つむぎあいシート, 坂井 紹介シート, 米子 つなぐシート,
 * 盛岡 相談シート — seed 001 l.462, l.1669, l.2213, l.436), and a policy says so
 * in {@link MunicipalPolicy.sheetNames}.
 * @public
 */
export const NATIONAL_SHEET_NAMES: Readonly<Record<SheetName, LocalizedText>> = {
  referral: { ja: '紹介シート（多機関協働事業へのつなぎ）', en: 'Referral sheet' },
  response: { ja: '紹介への回答（今後の対応）', en: 'Response to the referral' },
  supportSharing: { ja: '支援共有シート', en: 'Support-sharing sheet' },
  actionPlan: { ja: '行動連携計画シート', en: 'Action plan sheet' },
  caseRecord: { ja: '支援経過記録', en: 'Case record' },
  meetingSession: { ja: '会議の開催（招集・出欠・検討事例）', en: 'Meeting session' },
};

/** A sheet's name under a policy: the municipality's own, or the national one. @public */
export function sheetNameOf(policy: MunicipalPolicy | undefined, sheet: SheetName, locale: 'ja' | 'en' = 'ja'): string {
  return (policy?.sheetNames?.[sheet] ?? NATIONAL_SHEET_NAMES[sheet])[locale];
}

/**
 * A meeting kind's label under a policy: the legal kind, with the local name
 * when the municipality has one — 「重層的支援会議（よりそい会議）」.
 * @public
 */
export function meetingNameOf(
  policy: MunicipalPolicy | undefined,
  kind: MeetingKind,
  legal: LocalizedText,
  locale: 'ja' | 'en' = 'ja',
): string {
  const local = policy?.meetingNames?.[kind];
  if (!local) return legal[locale];
  return locale === 'ja' ? `${legal.ja}（${local.ja}）` : `${legal.en} — ${local.en}`;
}

/** The meeting kinds as a code list under a policy, each labelled by {@link meetingNameOf}: what a sheet offers. @public */
export function meetingKindsOf(policy: MunicipalPolicy | undefined): Vocabulary {
  return MEETING_KINDS.map((e) => ({
    code: e.code,
    ja: meetingNameOf(policy, e.code, e, 'ja'),
    en: meetingNameOf(policy, e.code, e, 'en'),
  }));
}

/**
 * The law a meeting is held under: its own `legalBasis`, else the policy's for its kind
 * ({@link MunicipalPolicy.meetingLegalBases}), else the national one — 社会福祉法第106条の6 for a 支援会議,
 * 第106条の4 (the 事業) for a 重層的支援会議. An existing field meeting has its own law: `undefined`.
 * @public
 */
export function legalBasisOf(
  policy: MunicipalPolicy | undefined,
  meeting: { readonly legalKind: MeetingKind; readonly legalBasis?: LegalBasis | undefined },
): LegalBasis | undefined {
  const own = meeting.legalBasis;
  if (own !== undefined) return own;
  const local = policy?.meetingLegalBases?.[meeting.legalKind];
  return local !== undefined && legalBasisFits(local, meeting.legalKind) ? local : DEFAULT_BASES[meeting.legalKind];
}

/** The legal bases a meeting of `kind` may be held under, as a code list: what a sheet offers. @public */
export function legalBasesFor(kind: MeetingKind | undefined): Vocabulary {
  return LEGAL_BASES.filter((b) => kind !== undefined && legalBasisFits(b.code, kind));
}
