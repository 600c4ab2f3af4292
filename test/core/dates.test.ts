import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDaysIso,
  daysBetween,
  eraOf,
  fiscalYearOf,
  fiscalYearRange,
  formatDate,
  formatFiscalYear,
  isIsoDate,
  isOverdue,
  parseDateInput,
  parseTimeInput,
  halfWidthDigits,
} from '@tsunagu/core';

describe('parseDateInput', () => {
  it.each([
    ['2025-04-01', '2025-04-01'],
    ['2025/4/1', '2025-04-01'],
    ['2025年4月1日', '2025-04-01'],
    ['２０２５年４月１日', '2025-04-01'],
    ['令和7年4月1日', '2025-04-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['R7.4.1', '2025-04-01'],
    ['r7/4/1', '2025-04-01'],
    ['H31.4.30', '2019-04-30'],
    ['平成元年1月8日', '1989-01-08'],
    ['昭和64年1月7日', '1989-01-07'],
    ['昭和元年12月25日', '1926-12-25'],
    ['大正15年12月24日', '1926-12-24'],
    ['大正元年7月30日', '1912-07-30'],
    [' 令和 7年 4月 1日 ', '2025-04-01'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s', (input, value) => {
    expect(parseDateInput(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['平成31年5月1日', 'outsideEra'],
    ['昭和64年1月8日', 'outsideEra'],
    ['令和元年4月30日', 'outsideEra'],
    ['大正元年7月29日', 'outsideEra'],
    ['2025-02-29', 'notADate'],
    ['令和7年2月30日', 'notADate'],
    ['令和0年1月1日', 'notADate'],
    ['2025-13-01', 'notADate'],
    ['昨日', 'format'],
    ['', 'empty'],
    ['   ', 'empty'],
  ])('refuses %s (%s)', (input, reason) => {
    expect(parseDateInput(input)).toEqual({ ok: false, reason });
  });
});

describe('formatDate', () => {
  it('formats western, 和暦, short 和暦 and ISO', () => {
    expect(formatDate('2025-04-01')).toBe('2025年4月1日');
    expect(formatDate('2025-04-01', 'wareki')).toBe('令和7年4月1日');
    expect(formatDate('2019-05-01', 'wareki')).toBe('令和元年5月1日');
    expect(formatDate('2019-04-30', 'wareki')).toBe('平成31年4月30日');
    expect(formatDate('1943-02-11', 'warekiShort')).toBe('S18.2.11');
    expect(formatDate('2025-04-01', 'iso')).toBe('2025-04-01');
    expect(formatDate('not a date', 'wareki')).toBe('not a date');
  });

  const isoDates = fc
    .date({ min: new Date(Date.UTC(1868, 0, 25)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('round-trips every date since 明治 through 和暦 text (property)', () => {
    fc.assert(
      fc.property(
        isoDates,
        fc.constantFrom('wareki', 'warekiShort', 'western') as fc.Arbitrary<'wareki' | 'warekiShort' | 'western'>,
        (iso, style) => {
          expect(parseDateInput(formatDate(iso, style))).toEqual({ ok: true, value: iso });
        },
      ),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 2000) },
    );
  });

  it('never throws on any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const r = parseDateInput(s);
        if (r.ok) expect(isIsoDate(r.value)).toBe(true);
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 1000) },
    );
  });
});

describe('fiscal year and day arithmetic', () => {
  it('runs April to March', () => {
    expect(fiscalYearOf('2025-04-01')).toBe(2025);
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2026-01-15')).toBe(2025);
    expect(fiscalYearRange(2025)).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    expect(formatFiscalYear(2025)).toBe('令和7年度');
    expect(formatFiscalYear(2019)).toBe('令和元年度');
    expect(formatFiscalYear(2018)).toBe('平成30年度');
  });
  it('counts calendar days in any time zone', () => {
    expect(daysBetween('2025-03-30', '2025-04-02')).toBe(3);
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29');
    expect(eraOf('1989-01-07')?.name).toBe('昭和');
    expect(eraOf('1989-01-08')?.name).toBe('平成');
  });
  it('knows an overdue action', () => {
    expect(isOverdue('2025-04-01', 'inProgress', '2025-04-02')).toBe(true);
    expect(isOverdue('2025-04-02', 'inProgress', '2025-04-02')).toBe(false);
    expect(isOverdue('2025-04-01', 'done', '2025-04-02')).toBe(false);
    expect(isOverdue(undefined, 'notStarted', '2025-04-02')).toBe(false);
  });
});

describe('parseTimeInput and halfWidthDigits', () => {
  // The ways people write a time (issue #31: 「14時30分」「午後2時」「1430」 were refused as a malformed code).
  it.each([
    ['13:30', '13:30'],
    ['9:30', '09:30'],
    ['１３：３０', '13:30'],
    [' 0:05 ', '00:05'],
    ['14時30分', '14:30'],
    ['14時30', '14:30'],
    ['１４時', '14:00'],
    ['14時5分', '14:05'],
    ['10時半', '10:30'],
    ['午後2時', '14:00'],
    ['午後2時30分', '14:30'],
    ['午後 2:30', '14:30'],
    ['午前9時15分', '09:15'],
    ['午前0時', '00:00'],
    ['午後0時', '12:00'],
    ['午後12時', '12:00'],
    ['正午', '12:00'],
    ['1430', '14:30'],
    ['930', '09:30'],
    ['2:30 pm', '14:30'],
    ['2pm', '14:00'],
    ['11 AM', '11:00'],
  ])('reads %s', (input, value) => expect(parseTimeInput(input)).toEqual({ ok: true, value }));
  it.each([
    ['24:00', 'outOfRange'],
    ['12:60', 'outOfRange'],
    ['2460', 'outOfRange'],
    ['午後13時', 'outOfRange'],
    // 午前12時 is read as midnight by some and noon by others: asked again rather than guessed.
    ['午前12時', 'outOfRange'],
    ['14', 'format'],
    ['14.30', 'format'],
    ['でんわ', 'format'],
    ['1時間', 'format'],
    ['', 'empty'],
  ])('refuses %s (%s)', (input, reason) => expect(parseTimeInput(input)).toEqual({ ok: false, reason }));
  it('returns HH:MM that the schema accepts, or refuses, for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = parseTimeInput(text);
        if (r.ok) expect(r.value).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        expect(parseTimeInput(`${h}時${m}分`)).toEqual({ ok: true, value: `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` });
        expect(parseTimeInput(`${h}${String(m).padStart(2, '0')}`)).toEqual(parseTimeInput(`${h}:${String(m).padStart(2, '0')}`));
      }),
    );
  });
  it('folds full-width digits only', () => expect(halfWidthDigits('第４８回 ab')).toBe('第48回 ab'));
});
