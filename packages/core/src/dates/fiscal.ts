// The Japanese fiscal year (年度, April to March).
import { digits } from './calendar';
import { eraOf } from './wareki';

/**
 * The Japanese fiscal year (年度, April to March) of an ISO date:
 * 2026-03-31 belongs to fiscal year 2025.
 * @public
 */
export function fiscalYearOf(isoDate: string): number {
  // Read from the digits (the report calls this millions of times); anything else as before, through Number.
  const y = digits(isoDate, 0, 4);
  const mo = digits(isoDate, 5, 2);
  if (y >= 0 && mo >= 0) return mo >= 4 ? y : y - 1;
  const ny = Number(isoDate.slice(0, 4));
  return Number(isoDate.slice(5, 7)) >= 4 ? ny : ny - 1;
}

/** First and last day of a fiscal year. @public */
export function fiscalYearRange(fiscalYear: number): { start: string; end: string } {
  return { start: `${fiscalYear}-04-01`, end: `${fiscalYear + 1}-03-31` };
}

/**
 * `令和7年度` (or `2025年度`) for a fiscal year. The era is the one in force at
 * the end of the fiscal year's first calendar year, as official usage does:
 * fiscal 2019 is 令和元年度, fiscal 1989 is 平成元年度.
 * @public
 */
export function formatFiscalYear(fiscalYear: number, style: 'western' | 'wareki' = 'wareki'): string {
  if (style === 'western') return `${fiscalYear}年度`;
  const era = eraOf(`${fiscalYear}-12-31`);
  if (!era) return `${fiscalYear}年度`;
  const n = fiscalYear - Number(era.start.slice(0, 4)) + 1;
  return `${era.name}${n === 1 ? '元' : n}年度`;
}
