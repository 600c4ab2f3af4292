// Municipal dates are Japan's: "today" and month arithmetic give the same answer on
// a UTC server, in a browser in Japan, and on a laptop in California. vitest.config.ts
// runs this file (and the date tests) once per TZ in `TIME_ZONES`.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonthsIso, todayIso, validate, JAPAN_TIME_ZONE } from '@tsunagu/core';
import { dvFamilyPlan } from '../fixtures/households';
import { mutate } from './helpers';

describe(`dates under TZ=${process.env.TZ ?? '(host)'}`, () => {
  // Only where vitest.config.ts sets TZ: the core project runs in the host's zone, whatever it is.
  it.runIf(process.env.TZ)('runs in the time zone it says', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });

  it("reads today in Japan: 00:00–09:00 JST is already tomorrow's date in UTC terms", () => {
    expect(todayIso(new Date('2026-04-03T14:59:59Z'))).toBe('2026-04-03'); // 23:59:59 JST
    expect(todayIso(new Date('2026-04-03T15:00:00Z'))).toBe('2026-04-04'); // 00:00 JST
    expect(todayIso(new Date('2026-04-03T23:30:00Z'))).toBe('2026-04-04'); // 08:30 JST
    expect(todayIso(new Date('2026-12-31T15:00:00Z'))).toBe('2027-01-01'); // new year in Japan first
    expect(JAPAN_TIME_ZONE).toBe('Asia/Tokyo');
  });

  it("reads today in Japan as Intl's Asia/Tokyo does, from 1948 to 2100 (property: the fixed UTC+9 from 1952, the zone's data before)", () => {
    const viaIntl = (d: Date) => {
      const p = Object.fromEntries(
        new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' })
          .formatToParts(d)
          .map((x) => [x.type, x.value]),
      );
      return `${p['year']}-${p['month']}-${p['day']}`;
    };
    fc.assert(
      fc.property(fc.date({ min: new Date('1948-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        expect(todayIso(d)).toBe(viaIntl(d));
      }),
      { numRuns: 2000 },
    );
    // Summer time of 1949 (UTC+10): 23:30 UTC on 1949-06-30 was already 1 July in Tokyo, 09:30.
    expect(todayIso(new Date('1949-06-30T14:30:00Z'))).toBe(viaIntl(new Date('1949-06-30T14:30:00Z')));
  });

  it('reads today in another zone when asked, and in the host zone for an unknown one', () => {
    expect(todayIso(new Date('2026-04-03T23:30:00Z'), 'UTC')).toBe('2026-04-03');
    expect(todayIso(new Date('2026-04-03T23:30:00Z'), 'America/Los_Angeles')).toBe('2026-04-03');
    const now = new Date('2026-04-03T12:00:00Z');
    const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(todayIso(now, 'Not/AZone')).toBe(local);
  });

  it('decides overdue by the Japanese date whatever the server zone', () => {
    // Due 04-03; at 01:00 JST on 04-04 (16:00 UTC on 04-03) it is overdue.
    const plan = mutate(dvFamilyPlan, (p) => (p.actions[2]!.due = '2026-04-03'));
    const overdue = (at: string) =>
      validate('actionPlan', plan, { today: new Date(at) }).issues.some(
        (i) => i.code === 'action.overdue' && i.path.join('.') === 'actions.2.due',
      );
    expect(overdue('2026-04-03T16:00:00Z')).toBe(true);
    expect(overdue('2026-04-03T14:00:00Z')).toBe(false);
  });

  it('adds months, ending on the last day of a shorter month', () => {
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsIso('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsIso('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonthsIso('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsIso('2026-02-08', 1)).toBe('2026-03-08'); // the night US clocks change
    expect(addMonthsIso('2026-10-04', 1)).toBe('2026-11-04');
    expect(addMonthsIso('0050-01-15', 1)).toBe('0050-02-15');
    expect(addMonthsIso('2026-02-30', 1)).toBeUndefined();
    expect(addMonthsIso('2026-01-31', 0.5)).toBeUndefined();
  });

  it('month arithmetic keeps the day or ends the month, in any zone (property)', () => {
    const dates = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, fc.integer({ min: -36, max: 36 }), (iso, n) => {
        const out = addMonthsIso(iso, n)!;
        const months = (Number(out.slice(0, 4)) - Number(iso.slice(0, 4))) * 12 + Number(out.slice(5, 7)) - Number(iso.slice(5, 7));
        expect(months).toBe(n);
        const day = Number(out.slice(8, 10));
        const lastDay = new Date(Date.UTC(Number(out.slice(0, 4)), Number(out.slice(5, 7)), 0)).getUTCDate();
        expect(day).toBe(Math.min(Number(iso.slice(8, 10)), lastDay));
      }),
    );
  });
});
