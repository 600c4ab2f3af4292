import type { Locale } from '@tsunagu/core';

/** Labels of what a meeting is — kind, local name, schedule, date, times, place — the same for a case's discussion and for a session. */
export const MEETING_LABELS = {
  ja: {
    legalKind: '会議の種類',
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
