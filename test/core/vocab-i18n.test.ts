import { describe, expect, it } from 'vitest';
import {
  EXTENSIBLE_VOCABULARIES,
  MESSAGES,
  RULE_CODES,
  STRUCTURE_CODES,
  VOCABULARIES,
  labelOf,
  messageFor,
  fillMessage,
  validate,
  vocabulary,
} from '@tsunagu/core';
import { case8050 } from '../fixtures/households';

describe('vocabularies', () => {
  for (const [name, list] of Object.entries(VOCABULARIES)) {
    it(`${name}: unique codes with Japanese and English labels`, () => {
      const codes = list.map((e) => e.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const e of list) {
        expect(e.code).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
        expect(e.ja.trim()).not.toBe('');
        expect(e.en.trim()).not.toBe('');
      }
    });
  }

  it('carries the C票 options of 高島市 word for word', () => {
    expect(VOCABULARIES.responseOptions.map((e) => e.ja)).toContain('支援会議を開催して、関係機関間での情報共有と行動連携を行う');
    expect(VOCABULARIES.responseOptions).toHaveLength(6);
  });

  it("adds a municipality's entries after the national ones, never replacing one", () => {
    const ext = {
      issueTags: [
        { code: 'x-pets', ja: '多頭飼育', en: 'Animal hoarding' },
        { code: 'dv', ja: '上書き', en: 'override' },
      ],
    };
    const list = vocabulary('issueTags', ext);
    expect(list.at(-1)?.code).toBe('x-pets');
    expect(list.filter((e) => e.code === 'dv')).toHaveLength(1);
    expect(labelOf('issueTags', 'dv', 'ja', ext)).toBe('DV');
    expect(labelOf('issueTags', 'x-pets', 'en', ext)).toBe('Animal hoarding');
  });

  it('shows an unknown code as itself, so newer data stays readable', () => {
    expect(labelOf('fields', 'x-unknown')).toBe('x-unknown');
  });

  it('lists only existing vocabularies as extensible', () => {
    for (const name of EXTENSIBLE_VOCABULARIES) expect(VOCABULARIES[name]).toBeDefined();
  });
});

describe('message catalogs', () => {
  const all = [...STRUCTURE_CODES, ...RULE_CODES].sort();
  it('ja and en have a message for every code, and nothing else', () => {
    expect(Object.keys(MESSAGES.ja).sort()).toEqual(all);
    expect(Object.keys(MESSAGES.en).sort()).toEqual(all);
  });
  it('use the same parameters in both locales', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of all) expect(params(MESSAGES.ja[code])).toEqual(params(MESSAGES.en[code]));
  });
  it('Japanese messages are Japanese sentences', () => {
    for (const code of all) expect(MESSAGES.ja[code]).toMatch(/[ぁ-んァ-ヶ一-龠]/);
  });
  it('fills parameters', () => {
    expect(messageFor('structure.tooLong', 'ja', { max: 200 })).toBe('200文字以内で入力してください。');
    expect(messageFor('structure.tooLong', 'en', { max: 200 })).toBe('Enter 200 characters or fewer.');
  });
  it("fill templates of one's own the same way, leaving unknown names as written", () => {
    expect(fillMessage('{item}を{n}件追加しました。', { item: '行動', n: 3 })).toBe('行動を3件追加しました。');
    expect(fillMessage('{item}：{missing}', { item: '行動1' })).toBe('行動1：{missing}');
  });
});

describe('English messages agree with their numbers (Intl.PluralRules)', () => {
  it('says "1 entry" and "2 entries"', () => {
    expect(fillMessage(MESSAGES.en['structure.tooFew'], { min: 1 })).toBe('At least 1 entry is needed.');
    expect(fillMessage(MESSAGES.en['structure.tooFew'], { min: 2 })).toBe('At least 2 entries are needed.');
    expect(fillMessage(MESSAGES.en['structure.tooMany'], { max: 1 })).toBe('Keep this to 1 entry or fewer.');
    expect(fillMessage(MESSAGES.en['structure.tooLong'], { max: 200 })).toBe('Enter 200 characters or fewer.');
  });
  it('leaves Japanese and unknown names as written', () => {
    expect(fillMessage(MESSAGES.ja['structure.tooFew'], { min: 1 })).toBe('1件以上必要です。');
    expect(fillMessage('{n|a|b} {m}', {})).toBe('{n|a|b} {m}');
  });
  it('gives a case with no status the singular in English', () => {
    const issue = validate('case', { ...case8050, statusHistory: [] }, { locale: 'en' }).issues.find((i) => i.code === 'structure.tooFew');
    expect(issue?.message).toBe('At least 1 entry is needed.');
  });
});
