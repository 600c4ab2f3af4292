// "Is this the same person?" (issue #37): a person re-referred through another window under a slightly different
// spelling — small kana, half-width kana, a space, ヴ/ブ — is found among the people a portal holds, ranked, with
// the reasons; a different birth date weighs against a match; nothing matches without a name or reading.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchPersons, normalizeKana } from '@tsunagu/core/match';
import { HELD_PEOPLE as held } from '../fixtures/people';

describe('normalizeKana', () => {
  it.each([
    ['ﾀｶﾊｼ ｷｮｳｺ', 'タカハシキヨウコ'],
    ['たかはし\u3000きょうこ', 'タカハシキヨウコ'],
    ['タカハシ・キヨウコ', 'タカハシキヨウコ'],
    ['ヴィクトリア', 'ビクトリア'],
    ['ヴォーカル', 'ボーカル'],
    ['ｶﾞｯｺｳ', 'ガツコウ'],
  ])('%s → %s', (input, out) => expect(normalizeKana(input)).toBe(out));
});

describe('matchPersons', () => {
  it('finds the person under each spelling a window may type: half-width, hiragana, spaces, small kana', () => {
    for (const [family, given] of [
      ['ﾀｶﾊｼ', 'ｷｮｳｺ'],
      ['たかはし', 'きょうこ'],
      ['タカハシ ', ' キヨウコ'],
      ['タカハシ', 'キヨウコ'],
    ]) {
      const [best] = matchPersons({ familyNameKana: family, givenNameKana: given, birthDate: '1950-04-02' }, held);
      expect(best, `${family} ${given}`).toMatchObject({ index: 0, score: 0.9, reasons: ['kana', 'birthDate'] });
    }
  });

  it('tells キョウコ from キヨコ by the birth date, and finds ヴ as ブ by the age', () => {
    // One kana apart (キヨウコ, キヨコ): below the default threshold alone, both asked about under a lower one, the exact first.
    expect(matchPersons({ familyNameKana: 'タカハシ', givenNameKana: 'キョウコ' }, held).map((m) => m.index)).toEqual([0]);
    const both = matchPersons({ familyNameKana: 'タカハシ', givenNameKana: 'キョウコ' }, held, { threshold: 0.4 });
    expect(both.map((m) => [m.index, m.score])).toEqual([
      [0, 0.6],
      [3, 0.45],
    ]);
    expect(
      matchPersons({ familyNameKana: 'タカハシ', givenNameKana: 'キヨコ', birthDate: '1950-04-02' }, held).map((m) => m.index),
    ).toEqual([0]);
    const v = matchPersons({ familyNameKana: 'サトウ', givenNameKana: 'ヴィクトリア', birthDate: '1986-05-01' }, held, {
      onDate: '2025-07-01',
    });
    expect(v).toEqual([{ index: 2, score: 0.7, reasons: ['kana', 'age'] }]);
    expect(
      matchPersons({ familyNameKana: 'サトウ', givenNameKana: 'ヴィクトリア', birthDate: '1950-05-01' }, held, { onDate: '2025-07-01' }),
    ).toEqual([]);
  });

  it('weighs a different birth date against a match, and adds the address and phone however written', () => {
    expect(matchPersons({ familyNameKana: 'タカハシ', givenNameKana: 'マコト', birthDate: '1979-09-15' }, held)).toEqual([]);
    const [m] = matchPersons(
      { familyName: '高橋', givenName: '恭子', address: '架空市本町１－２－３', phone: '０１２０ １２３ ４５６' },
      held,
    );
    expect(m).toEqual({ index: 0, score: 1, reasons: ['name', 'address', 'phone'] });
    const [area] = matchPersons({ familyName: '高橋', givenName: '恭子', address: '架空市本町4丁目1番' }, held);
    expect(area!.reasons).toEqual(['name', 'addressArea']);
  });

  it('matches nothing without a name or reading in common, whatever else agrees', () => {
    expect(
      matchPersons({ familyNameKana: 'スズキ', birthDate: '1950-04-02', address: '架空市本町1丁目2番3号', phone: '0120123456' }, held),
    ).toEqual([]);
    expect(matchPersons({}, held)).toEqual([]);
  });

  it('ranks best first and keeps to the limit and the threshold', () => {
    const two = matchPersons({ familyNameKana: 'タカハシ', givenNameKana: 'キョウコ' }, held, { threshold: 0.4, limit: 1 });
    expect(two).toEqual([{ index: 0, score: 0.6, reasons: ['kana'] }]);
    // A family name alone is no match: three 高橋 would all be asked about.
    expect(matchPersons({ familyNameKana: 'タカハシ', familyName: '高橋' }, held, { threshold: 0 })).toEqual([]);
  });

  it('never throws, keeps scores in 0–1, and finds a person among others by their own record (property)', () => {
    const text = fc.string({ maxLength: 12 });
    const person = fc.record(
      {
        familyName: text,
        givenName: text,
        familyNameKana: fc.stringMatching(/^[ァ-ヶー]{1,6}$/),
        givenNameKana: fc.stringMatching(/^[ァ-ヶー]{1,6}$/),
        birthDate: fc
          .date({ min: new Date('1920-01-01'), max: new Date('2020-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        approximateAge: fc.integer({ min: 0, max: 110 }),
        address: text,
        phone: text,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(person, fc.array(person, { maxLength: 8 }), (p, others) => {
        const all = [...others, p];
        const found = matchPersons(p, all, { onDate: '2025-07-01', threshold: 0 });
        for (const m of found) expect(m.score >= 0 && m.score <= 1).toBe(true);
        if (p.familyNameKana && p.givenNameKana && p.birthDate) expect(found[0]!.score).toBeGreaterThanOrEqual(0.9);
      }),
      { numRuns: 500 },
    );
  });
});
