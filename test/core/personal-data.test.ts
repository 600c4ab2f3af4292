// The personal-data finder (issue #37): names, birth dates and addresses the document holds, and phone numbers,
// postcodes and e-mail addresses by their shape, found in free text however they are written, as spans with a
// kind (never the text). Measured on 1,000 generated notes with planted items (recall) and on the sentences of the
// seeds checked against generated households (false positives); fuzzed so that it never throws.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { findPersonalData, maskPersonalData, type PersonalDataSpan } from '@tsunagu/core/personal-data';
import { anonymizeCase, type Case } from '@tsunagu/core';
import { fullWidth, halfWidth, hiragana, household, plantedNotes, random } from '../fixtures/personal-notes';
import { yearCase } from '../fixtures/case-year';

const runs = (n: number) => Number(process.env['FUZZ_RUNS'] ?? n);

const doc = {
  person: {
    familyName: '森田',
    givenName: '修',
    familyNameKana: 'モリタ',
    givenNameKana: 'オサム',
    birthDate: '1947-03-05',
    address: '架空市本町1丁目2番3号',
    phone: '0120-123-456',
  },
  members: [{ familyName: '森田', givenName: '恵', familyNameKana: 'モリタ', givenNameKana: 'メグミ', relationship: 'daughter' }],
  referrer: { name: '水野 さくら', organization: '架空市役所' },
  agencies: [{ name: '架空市社会福祉協議会', field: 'community' }],
};
const found = (text: string) => findPersonalData(doc, text).map((s) => [text.slice(s.start, s.end), s.kind]);

describe('findPersonalData', () => {
  it.each([
    ['森田修さんから電話。', [['森田修', 'name']]],
    ['森田 修さんから電話。', [['森田 修', 'name']]],
    [
      '森田さんの娘の恵さんが来所。',
      [
        ['森田', 'name'],
        ['恵', 'name'],
      ],
    ],
    ['もりた おさむ様', [['もりた おさむ', 'name']]],
    ['ﾓﾘﾀ ｵｻﾑ', [['ﾓﾘﾀ ｵｻﾑ', 'name']]],
    ['担当の水野さんに連絡。', [['水野', 'staffName']]],
    ['生年月日は昭和22年3月5日。', [['昭和22年3月5日', 'birthDate']]],
    ['S22.3.5生まれ', [['S22.3.5', 'birthDate']]],
    ['１９４７／３／５', [['１９４７／３／５', 'birthDate']]],
    ['1947-03-05', [['1947-03-05', 'birthDate']]],
    ['住所は本町1-2-3です', [['本町1-2-3', 'address']]],
    ['本町１丁目２番３号に住む', [['本町１丁目２番３号', 'address']]],
    ['連絡先 090-1234-5678 まで', [['090-1234-5678', 'phone']]],
    ['電話（03）1234-5678', [['（03）1234-5678', 'phone']]],
    ['電話(03)1234-5678', [['(03)1234-5678', 'phone']]],
    ['０９０ １２３４ ５６７８', [['０９０ １２３４ ５６７８', 'phone']]],
    ['〒123-4567 架空市', [['〒123-4567', 'postcode']]],
    ['メールは taro.m@example.jp へ', [['taro.m@example.jp', 'email']]],
  ] as const)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('leaves what is not personal: other dates, counts, a one-character name without an honorific, the agency', () => {
    for (const text of [
      '2025年4月1日に会議を開催。',
      '令和7年度は3-4件の相談があった。',
      '修理の手配をした。',
      '恵まれた環境とはいえない。',
      '架空市社会福祉協議会に相談した。',
    ])
      expect(found(text), text).toEqual([]);
  });

  it('returns spans, never text, and masks them', () => {
    const text = '森田修さん（090-1234-5678）は本町1-2-3に住む。';
    const spans = findPersonalData(doc, text);
    for (const s of spans) expect(Object.keys(s).sort()).toEqual(['end', 'kind', 'start']);
    expect(maskPersonalData(text, spans)).toBe('＊＊＊さん（＊＊＊）は＊＊＊に住む。');
  });

  it('reads names from any document shape, and nothing from a document without people', () => {
    expect(findPersonalData({ household: { person: { familyName: '青木', givenName: '美咲' } } }, '青木美咲')).toHaveLength(1);
    expect(findPersonalData(null, '青木美咲')).toEqual([]);
    expect(findPersonalData({}, '電話 03-1234-5678')).toHaveLength(1); // shapes need no document
  });

  it('the corpus helpers write what they say', () => {
    expect(halfWidth('ガッコウ')).toBe('ｶﾞｯｺｳ');
    expect(hiragana('モリタ')).toBe('もりた');
    expect(fullWidth('1-2')).toBe('１－２');
  });
});

describe('measured on generated notes and on the seeds (docs/privacy.md)', () => {
  it('finds at least 95 % of 1,000 planted items, and the mask hides every one found', () => {
    const notes = plantedNotes(1000);
    const missed: string[] = [];
    const byKind = new Map<string, [number, number]>();
    for (const { household: h, note } of notes) {
      const spans = findPersonalData(h, note.text);
      const hit = spans.some((s) => s.start <= note.start && s.end >= note.end);
      const k = byKind.get(note.kind) ?? [0, 0];
      byKind.set(note.kind, [k[0] + (hit ? 1 : 0), k[1] + 1]);
      if (!hit) missed.push(`${note.kind}: ${note.text}`);
      else expect(maskPersonalData(note.text, spans)).not.toContain(note.text.slice(note.start, note.end));
    }
    const recall = (notes.length - missed.length) / notes.length;
    expect(
      recall,
      `recall ${recall} by kind ${JSON.stringify([...byKind])}; missed ${missed.slice(0, 10).join(' | ')}`,
    ).toBeGreaterThanOrEqual(0.95);
  });

  // The seeds are the public documents the project was built from (../shared/seeds on the project's machines).
  const seeds = [process.env['TSUNAGU_SEEDS'], new URL('../../../shared/seeds/', import.meta.url).pathname, '/work/shared/seeds/'].find(
    (d): d is string => !!d && existsSync(d),
  );
  it.skipIf(!seeds)('flags at most 2 % of the seeds’ sentences checked against generated households', () => {
    const sentences = readdirSync(seeds!)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(`${seeds}/${f}`, 'utf8').split(/[。\n]/u))
      .map((s) => s.trim())
      .filter((s) => s.length >= 5);
    const r = random(7);
    const households = Array.from({ length: 20 }, () => household(r));
    let flagged = 0;
    const kinds = new Map<string, number>();
    for (const h of households)
      for (const s of sentences) {
        const spans: PersonalDataSpan[] = findPersonalData(h, s);
        if (spans.length > 0) flagged++;
        for (const sp of spans) kinds.set(sp.kind, (kinds.get(sp.kind) ?? 0) + 1);
      }
    const rate = flagged / (sentences.length * households.length);
    expect(
      rate,
      `${flagged} of ${sentences.length} sentences × ${households.length} households: ${JSON.stringify([...kinds])}`,
    ).toBeLessThanOrEqual(0.02);
  });

  it('never throws, whatever the document and the text (≥ 100,000 inputs)', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), fc.string({ unit: 'grapheme', maxLength: 60 }), (d, text) => {
        const spans = findPersonalData(d, text);
        for (const s of spans) expect(0 <= s.start && s.start < s.end && s.end <= text.length).toBe(true);
        maskPersonalData(text, spans);
      }),
      { numRuns: Math.max(100_000, runs(0)) },
    );
  }, 300_000);
});

describe('anonymizeCase with an outline', () => {
  it('masks every planted item of the 1,000 notes in the summary it sends', () => {
    for (const { household: h, note } of plantedNotes(1000)) {
      const c: Case = {
        ...yearCase,
        household: { person: { ...yearCase.household.person, ...h.person }, members: h.members },
        referrals: yearCase.referrals.map((r) => ({ ...r, referrer: { ...r.referrer, ...h.referrer } })),
      };
      const outline = anonymizeCase(c, { today: '2026-03-31', outline: note.text }).outline!;
      expect(outline, note.kind).not.toContain(note.text.slice(note.start, note.end));
      expect(outline).toContain('＊＊＊');
    }
    expect(anonymizeCase(yearCase, { today: '2026-03-31' })).not.toHaveProperty('outline');
  });
});
