// Small cells identify (issue #37): before an anonymized summary goes to many departments, the households it
// describes — same 年代, household size, 圏域 and issue tags — are counted among the municipality's cases. Below the
// policy's k (3 by default) the check fails until an override is recorded in the case: who, when, why.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildReport,
  checkReidentification,
  quasiIdentifiers,
  recordDisclosure,
  reportTables,
  smallCells,
  validate,
  type Case,
} from '@tsunagu/core';
import { yearCase } from '../fixtures/case-year';

const onDate = '2026-03-31';

/** A generated household: the person's birth year, how many live together, the district and the tags. */
function household(i: number, born: number, size: number, district: string, tags: string[]): Case {
  const members = yearCase.household.members.slice(0, Math.max(0, size - 1));
  return {
    ...yearCase,
    id: `case-${i}`,
    household: { person: { ...yearCase.household.person, birthDate: `${born}-05-01`, district }, members },
    referrals: yearCase.referrals.map((r) => ({ ...r, content: { ...r.content, tags } })),
  };
}

const town: Case[] = [
  household(1, 1941, 1, '北地区', ['hoarding', 'isolation']), // 80代・単身・北地区・ごみ屋敷: one of a kind
  household(2, 1980, 4, '中央地区', ['dv']),
  household(3, 1981, 4, '中央地区', ['dv']),
  household(4, 1983, 4, '中央地区', ['dv']),
  household(5, 1943, 1, '北地区', ['isolation']),
  household(6, 1944, 1, '北地区', ['isolation']),
];

describe('checkReidentification', () => {
  it('counts the households a summary describes, and fails below k until an override is recorded', () => {
    const [alone, dv] = [town[0]!, town[1]!];
    expect(quasiIdentifiers(alone, { onDate })).toEqual({
      ageBand: '80-89',
      composition: '1',
      area: '北地区',
      tags: ['hoarding', 'isolation'],
    });
    expect(checkReidentification(dv, town, { onDate })).toEqual({ groupSize: 3, k: 3, ok: true });
    const check = checkReidentification(alone, town, { onDate });
    expect(check).toEqual({ groupSize: 1, k: 3, ok: false });

    const disclosure = {
      date: onDate,
      by: { organization: '架空市福祉総合相談課', name: '水野 さくら' },
      reason: '支援会議の構成員だけに送るため。',
      to: '支援会議の構成員',
      groupSize: check.groupSize,
      k: check.k,
    };
    const decided = recordDisclosure(alone, disclosure);
    expect(decided.disclosures).toEqual([disclosure]);
    expect(validate('case', recordDisclosure(yearCase, disclosure), { today: onDate }).ok).toBe(true);
    const overridden = checkReidentification(decided, town, { onDate });
    expect(overridden.ok).toBe(true);
    expect(overridden.override).toMatchObject({ reason: '支援会議の構成員だけに送るため。', groupSize: 1, k: 3 });
    // The override is for that day's sending; another day asks again, and one without a reason does not count.
    expect(checkReidentification(decided, town, { onDate: '2026-04-01' }).ok).toBe(false);
    const noReason = recordDisclosure(alone, { date: onDate, by: { organization: '架空市' }, reason: ' ', groupSize: 1, k: 3 });
    expect(checkReidentification(noReason, town, { onDate }).ok).toBe(false);
  });

  it('follows what the summary shows (tags or not) and the policy’s k', () => {
    const alone = town[0]!;
    expect(checkReidentification(alone, town, { onDate, tags: false })).toEqual({ groupSize: 3, k: 3, ok: true });
    const strict = { id: 'strict', name: { ja: '厳しい市', en: 'Strict City' }, privacy: { smallestGroup: 5 } };
    expect(checkReidentification(town[1]!, town, { onDate, policy: strict })).toEqual({ groupSize: 3, k: 5, ok: false });
  });

  it('a disclosure without who is refused by the schema', () => {
    const bad = { ...yearCase, disclosures: [{ date: onDate, reason: 'x', groupSize: 1, k: 3 }] };
    expect(validate('case', bad, { today: onDate }).issues.map((i) => i.path.join('.'))).toContain('disclosures.0.by');
  });

  it('on generated households: the group is every case alike, the case itself counted once (fast-check)', () => {
    const generated = fc.array(
      fc.record({
        born: fc.integer({ min: 1930, max: 2000 }),
        size: fc.integer({ min: 1, max: 4 }),
        district: fc.constantFrom('北地区', '中央地区', '南地区'),
        tags: fc.subarray(['hoarding', 'isolation', 'dv', 'withdrawal']),
      }),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(generated, fc.boolean(), (rows, tags) => {
        const cases = rows.map((r, i) => household(i, r.born, r.size, r.district, r.tags));
        const key = (c: Case) => JSON.stringify(quasiIdentifiers(c, { onDate, tags }));
        for (const c of cases) {
          const check = checkReidentification(c, cases, { onDate, tags });
          expect(check.groupSize).toBe(cases.filter((o) => key(o) === key(c)).length);
          expect(
            checkReidentification(
              c,
              cases.filter((o) => o !== c),
              { onDate, tags },
            ).groupSize,
          ).toBe(check.groupSize);
          expect(check.ok).toBe(check.groupSize >= 3);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('smallCells', () => {
  it('lists the counts of a report between 1 and k − 1, and none when k is 1', () => {
    const tables = reportTables(
      buildReport(
        town.map((c) => ({ ...c, statusHistory: c.statusHistory })),
        { fiscalYear: 2025 },
      ),
    );
    const small = smallCells(tables);
    expect(small.length).toBeGreaterThan(0);
    for (const s of small) {
      expect(s.count).toBeGreaterThan(0);
      expect(s.count).toBeLessThan(3);
      const t = tables.find((x) => x.id === s.table)!;
      expect(t.rows[s.row]![t.columns.findIndex((c) => c.key === s.column)]).toBe(s.count);
    }
    expect(smallCells(tables, 1)).toEqual([]);
  });
});
