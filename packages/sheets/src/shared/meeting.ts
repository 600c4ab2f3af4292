import { nothing, type TemplateResult } from 'lit';
import {
  LEGAL_BASES,
  fillMessage,
  legalBasesFor,
  legalBasisOf,
  type IssuePath,
  type Locale,
  type LegalBasis,
  type MeetingKind,
} from '@tsunagu/core';
import type { SheetFields } from '../kit/field-host';
import { selectField } from '../kit/choices';

/** Labels of what a meeting is — kind, local name, schedule, date, times, place — the same for a case's discussion and for a session. */
export const MEETING_LABELS = {
  ja: {
    legalKind: '会議の種類',
    legalBasis: '根拠法',
    legalBasisHint: '選ばないときは {basis}',
    existingKind: '既存の会議の種類',
    localName: '会議の名称（自治体での呼び方）',
    schedule: '開催の区分',
    date: '開催日',
    startTime: '開始時刻',
    endTime: '終了時刻',
    place: '場所',
    online: 'オンラインで開催',
  },
  en: {
    legalKind: 'Kind of meeting',
    legalBasis: 'Legal basis',
    legalBasisHint: 'When none is chosen: {basis}',
    existingKind: 'Which existing meeting',
    localName: "The municipality's name for the meeting",
    schedule: 'Regular or ad hoc',
    date: 'Date',
    startTime: 'Start time',
    endTime: 'End time',
    place: 'Place',
    online: 'Held online',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The law a meeting is held under, offered for its kind, with the policy's default said when none is chosen. */
export function legalBasisField(
  h: SheetFields,
  policy: Parameters<typeof legalBasisOf>[0],
  m: { readonly legalKind?: MeetingKind; readonly legalBasis?: LegalBasis } | undefined,
  l: { legalBasis: string; legalBasisHint: string },
  at: IssuePath,
): TemplateResult | typeof nothing {
  if (!m?.legalKind || m.legalKind === 'existing') return nothing;
  const fallback = legalBasisOf(policy, { legalKind: m.legalKind });
  const basis = LEGAL_BASES.find((b) => b.code === fallback)?.[h.locale] ?? '';
  return selectField(h, [...at, 'legalBasis'], l.legalBasis, legalBasesFor(m.legalKind), {
    hint: fillMessage(l.legalBasisHint, { basis }),
  });
}
