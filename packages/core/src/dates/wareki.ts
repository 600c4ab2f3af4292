// Japanese eras (和暦): the eras, the era of a date, and dates formatted for people.
import { isIsoDate } from './calendar';

/** A Japanese era. @public */
export interface Era {
  /** Romanized initial used in short forms (R7.4.1). */
  readonly initial: 'M' | 'T' | 'S' | 'H' | 'R';
  /** Kanji name. */
  readonly name: '明治' | '大正' | '昭和' | '平成' | '令和';
  /** First day of the era (ISO). */
  readonly start: string;
}

/** The eras from 明治, oldest first. @public */
export const ERAS: readonly Era[] = [
  { initial: 'M', name: '明治', start: '1868-01-25' },
  { initial: 'T', name: '大正', start: '1912-07-30' },
  { initial: 'S', name: '昭和', start: '1926-12-25' },
  { initial: 'H', name: '平成', start: '1989-01-08' },
  { initial: 'R', name: '令和', start: '2019-05-01' },
];

/** The era of an ISO date, or undefined before 明治. @public */
export function eraOf(isoDate: string): Era | undefined {
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const era = ERAS[i]!;
    if (isoDate >= era.start) return era;
  }
  return undefined;
}

/** How a date is shown. @public */
export type DateStyle = 'western' | 'wareki' | 'warekiShort' | 'iso';

/**
 * Formats an ISO date for people: `2025年4月1日` (western), `令和7年4月1日`
 * (wareki, with 元年 for year 1), `R7.4.1` (warekiShort) or the ISO text.
 * Returns the input unchanged when it is not a real date.
 * @public
 */
export function formatDate(isoDate: string, style: DateStyle = 'western'): string {
  if (!isIsoDate(isoDate)) return isoDate;
  const y = Number(isoDate.slice(0, 4));
  const mo = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  if (style === 'iso') return isoDate;
  const era = style === 'western' ? undefined : eraOf(isoDate);
  if (!era) return `${y}年${mo}月${d}日`;
  const eraYear = y - Number(era.start.slice(0, 4)) + 1;
  if (style === 'warekiShort') return `${era.initial}${eraYear}.${mo}.${d}`;
  return `${era.name}${eraYear === 1 ? '元' : eraYear}年${mo}月${d}日`;
}
