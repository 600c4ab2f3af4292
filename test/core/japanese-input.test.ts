import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizePhone, normalizePostalCode, toKatakanaReading, validate } from '@tsunagu/core';
import { dvFamilyReferral } from '../fixtures/households';
import { mutate } from './helpers';

describe('readings typed with an input method', () => {
  it('turns hiragana and half-width katakana into full-width katakana', () => {
    expect(toKatakanaReading('やまだ')).toBe('ヤマダ');
    expect(toKatakanaReading('ﾔﾏﾀﾞ')).toBe('ヤマダ');
    expect(toKatakanaReading('ｷｮｳｺ')).toBe('キョウコ'); // small ｮ
    expect(toKatakanaReading('ぱぴぷぺぽ')).toBe('パピプペポ');
    expect(toKatakanaReading('ゔぁいおりん')).toBe('ヴァイオリン');
    expect(toKatakanaReading('  やまだ　　はなこ ')).toBe('ヤマダ　ハナコ');
    expect(toKatakanaReading('ヤマダ')).toBe('ヤマダ');
  });
  it('keeps what is not kana, for the rule to point out', () => {
    expect(toKatakanaReading('山田')).toBe('山田');
    expect(toKatakanaReading('Yamada')).toBe('Yamada');
  });
  it('gives a reading the person.kana rule accepts, for any hiragana or katakana (property)', () => {
    // Half-width voiced marks come after their letter (ｶﾞ, ﾊﾟ, ｳﾞ); a mark on its own is not a reading.
    const unit = fc.constantFrom(...'あいうえおかがきぎくぐゃゅょっぱーゔｱｲｳｶｷｬｭｮｯｰ'.split(''), 'ｶﾞ', 'ﾊﾟ', 'ｳﾞ', 'ﾎﾟ', '　');
    const kana = fc.array(unit, { minLength: 1, maxLength: 20 }).map((u) => u.join(''));
    fc.assert(
      fc.property(kana, (reading) => {
        const doc = mutate(dvFamilyReferral, (d) => (d.person.familyNameKana = toKatakanaReading(reading)));
        expect(validate('referral', doc).issues.filter((i) => i.code === 'person.kana')).toEqual([]);
      }),
    );
  });
});

describe('numbers typed with full-width digits', () => {
  it('normalises phone numbers, keeping the hyphens where they were typed', () => {
    expect(normalizePhone('０１２０－１２３－４５６')).toEqual({ ok: true, value: '0120-123-456' });
    expect(normalizePhone('０９０ー１２３４ー５６７８')).toEqual({ ok: true, value: '090-1234-5678' });
    // Spaces, dots and parentheses are separators like hyphens (issue #31: 「090 1234 5678」 lost its grouping).
    expect(normalizePhone('03 1234 5678')).toEqual({ ok: true, value: '03-1234-5678' });
    expect(normalizePhone('090 1234 5678')).toEqual({ ok: true, value: '090-1234-5678' });
    expect(normalizePhone('０９０　１２３４　５６７８')).toEqual({ ok: true, value: '090-1234-5678' });
    expect(normalizePhone('090.1234.5678')).toEqual({ ok: true, value: '090-1234-5678' });
    // Without separators: grouped where the grouping is fixed nationally, kept as typed where the area code varies.
    expect(normalizePhone('09012345678')).toEqual({ ok: true, value: '090-1234-5678' });
    expect(normalizePhone('05012345678')).toEqual({ ok: true, value: '050-1234-5678' });
    expect(normalizePhone('0120123456')).toEqual({ ok: true, value: '0120-123-456' });
    expect(normalizePhone('0570123456')).toEqual({ ok: true, value: '0570-12-3456' });
    expect(normalizePhone('0312345678')).toEqual({ ok: true, value: '0312345678' });
    expect(normalizePhone('でんわなし')).toEqual({ ok: false });
    expect(normalizePhone('1')).toEqual({ ok: false });
    expect(normalizePhone('(03)1234-5678')).toEqual({ ok: true, value: '03-1234-5678' });
  });
  it('refuses what is not a domestic number, so the typed text is kept', () => {
    expect(normalizePhone('内線123')).toEqual({ ok: false });
    expect(normalizePhone('123')).toEqual({ ok: false });
    expect(normalizePhone('')).toEqual({ ok: false });
  });
  it('reads a number the same whatever separates its groups, and tidying twice changes nothing (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^\d{1,5}$/), { minLength: 2, maxLength: 4 }),
        fc.constantFrom('-', ' ', '－', '　', '.', 'ー'),
        (groups, sep) => {
          const hyphens = normalizePhone(groups.join('-'));
          expect(normalizePhone(groups.join(sep))).toEqual(hyphens);
          if (hyphens.ok) expect(normalizePhone(hyphens.value)).toEqual(hyphens);
        },
      ),
    );
  });
  it('formats postal codes as NNN-NNNN', () => {
    expect(normalizePostalCode('〒７３００００１')).toEqual({ ok: true, value: '730-0001' });
    expect(normalizePostalCode('730-0001')).toEqual({ ok: true, value: '730-0001' });
    expect(normalizePostalCode('73000')).toEqual({ ok: false });
  });
  it('never throws, whatever is typed (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        toKatakanaReading(s);
        normalizePhone(s);
        normalizePostalCode(s);
      }),
    );
  });
});
