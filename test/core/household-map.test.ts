import { describe, expect, it } from 'vitest';
import { householdMap, validate } from '@tsunagu/core';
import { aloneMapCase, familyMapCase, largeMapCase } from '../fixtures/household-maps';

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
