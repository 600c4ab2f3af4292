import { describe, expect, it } from 'vitest';
import { householdMap, validate, supportPhases, supportPhaseOn } from '@tsunagu/core';
import { aloneMapCase, familyMapCase, largeMapCase, phasedMapCase } from '../fixtures/household-maps';

describe('householdMap: the genogram and ecomap of a case', () => {
  it('places people by generation relative to the person, with 同居 and 死亡', () => {
    const { people } = householdMap(familyMapCase);
    expect(people.map((p) => [p.key, p.relationship, p.generation, p.livesTogether, p.deceased])).toEqual([
      ['p1', 'self', 0, true, false],
      ['c1', 'son', 1, true, false],
      ['c2', 'son', 1, true, false],
      ['c3', 'son', 1, true, false],
      ['g1', 'grandparent', -2, false, false],
      ['f1', 'father', -1, false, true],
    ]);
    expect(householdMap(familyMapCase, { onDate: '2025-10-01' }).people[0]!.age).toBe(34); // from the birth date
  });

  it('draws a support once however many members it supports, each line with its tie', () => {
    const { supports } = householdMap(familyMapCase);
    const kosodate = supports.filter((s) => s.name === '子育て支援課');
    expect(kosodate).toHaveLength(1);
    expect(kosodate[0]!.links.map((l) => l.person)).toEqual(['p1', 'c1', 'c2', 'c3']);
    expect(supports.find((s) => s.name === '住宅会社')!.links).toEqual([{ person: 'p1', tie: 'stressful' }]);
    expect(supports.filter((s) => s.informal).map((s) => s.name)).toEqual(['民生委員', '近所の友人']);
    // Twelve agencies around the family, and the neighbourhood (seed 003 around l.430–520).
    expect(supports.filter((s) => !s.informal)).toHaveLength(12);
  });

  it('is the same map for the same case, and reads twelve people and thirty supports', () => {
    expect(householdMap(largeMapCase)).toEqual(householdMap(structuredClone(largeMapCase)));
    const { people, supports } = householdMap(largeMapCase);
    expect(people).toHaveLength(12);
    expect(supports).toHaveLength(30);
  });

  it('keeps informal supports of a person living alone, and the fixtures validate', () => {
    expect(householdMap(aloneMapCase).supports.map((s) => [s.name, s.informal])).toEqual([
      ['民生委員', true],
      ['隣の家の人', true],
      ['地域のサロン', true],
    ]);
    for (const c of [familyMapCase, largeMapCase, aloneMapCase])
      expect(
        validate('case', c, { today: '2026-04-01' }).issues.filter((i) => i.severity === 'error'),
        c.id,
      ).toEqual([]);
  });
});

describe('the network over time (#34): 東海村’s three phases as one case', () => {
  const names = (onDate: string) =>
    householdMap(phasedMapCase, { onDate })
      .supports.map((s) => s.name)
      .sort();

  it('validates, with its flows and phases known codes, and refuses an unknown one', () => {
    expect(validate('case', phasedMapCase, { today: '2026-03-31' }).issues.filter((i) => i.severity === 'error')).toEqual([]);
    const odd = { ...phasedMapCase, network: { ...phasedMapCase.network, links: [{ source: 'a', target: 'b', flow: 'x-unknown' }] } };
    expect(validate('case', odd, { today: '2026-03-31' }).issues.map((i) => [i.code, i.path.join('.')])).toContainEqual([
      'vocabulary.unknownCode',
      'network.links.0.flow',
    ]);
  });

  it('has three phases, each to the day before the next, drawn on its last day or today', () => {
    expect(supportPhases(phasedMapCase, '2025-10-01')).toEqual([
      { code: 'initial', from: '2025-03-25', to: '2025-04-14', day: '2025-04-14' },
      { code: 'coordinating', from: '2025-04-15', to: '2025-08-31', day: '2025-08-31' },
      { code: 'stable', from: '2025-09-01', to: undefined, day: '2025-10-01' },
    ]);
    // A phase in force that begins after today is drawn on its first day.
    expect(supportPhases(phasedMapCase, '2025-08-01').at(-1)!.day).toBe('2025-09-01');
    expect(supportPhases({}, '2025-10-01')).toEqual([]);
  });

  it('says which phase a day falls in, none before the first', () => {
    expect(supportPhaseOn(phasedMapCase, '2025-04-14')?.code).toBe('initial');
    expect(supportPhaseOn(phasedMapCase, '2025-04-15')?.code).toBe('coordinating');
    expect(supportPhaseOn(phasedMapCase, '2026-03-31')?.code).toBe('stable');
    expect(supportPhaseOn(phasedMapCase, '2025-03-24')).toBeUndefined();
  });

  it('draws the agencies of each day: they appear from their first day and leave after their last', () => {
    const first = names('2025-04-14');
    expect(first).toEqual(expect.arrayContaining(['生活保護（福祉事務所）', '子育て支援課', '住宅会社', '多機関協働事業']));
    expect(first).not.toContain('架空精神科病院');
    expect(first).not.toContain('民生委員');
    const second = names('2025-04-15');
    expect(second).toEqual(expect.arrayContaining(['架空精神科病院', '発達支援センター', '要保護児童対策地域協議会', '住宅会社']));
    const third = names('2025-09-01');
    expect(third).toEqual(expect.arrayContaining(['民生委員', '近所の友人']));
    expect(third).not.toContain('住宅会社');
    // Undated supports (the grandmother's 地域包括) are on every day; before any date, the map is as ever.
    for (const d of ['2025-04-14', '2025-04-15', '2025-09-01']) expect(names(d)).toContain('地域包括支援センター');
    expect(householdMap(phasedMapCase).supports.length).toBeGreaterThan(third.length);
  });

  it('labels each line with what flows, marks the coordinator, and links agency to agency on the days both are there', () => {
    const map = householdMap(phasedMapCase, { onDate: '2025-10-01' });
    const byName = (n: string) => map.supports.find((s) => s.name === n)!;
    expect(byName('民生委員').links).toEqual([{ person: map.people[0]!.key, tie: 'strong', flow: 'watching' }]);
    expect(byName('多機関協働事業')).toMatchObject({ coordinator: true, links: [{ flow: 'coordination' }] });
    const named = (l: { source: string; target: string; flow: string | undefined }) => [
      map.supports.find((s) => s.key === l.source)!.name,
      map.supports.find((s) => s.key === l.target)!.name,
      l.flow,
    ];
    expect(map.links.map(named)).toEqual([
      ['子育て支援課', '要保護児童対策地域協議会', 'alert'],
      ['子育て支援課', '障害福祉課', 'liaison'],
    ]);
    expect(householdMap(phasedMapCase, { onDate: '2025-05-01' }).links).toHaveLength(1);
    expect(householdMap(phasedMapCase, { onDate: '2025-04-01' }).links).toEqual([]);
  });

  it('carries each person’s conditions', () => {
    const map = householdMap(phasedMapCase, { onDate: '2025-10-01' });
    expect(map.people[0]!.conditions).toEqual(['うつ病・パニック障害']);
    expect(map.people.find((p) => p.key === 'c2')!.conditions).toEqual(['発達の遅れ']);
    expect(map.people.find((p) => p.key === 'c3')!.conditions).toEqual([]);
  });
});
