// The directory's profile checks, its search (kana and kanji, filters, open now, stale), and the 地域課題 register.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  communityIssueRegister,
  indexDirectory,
  isOpenAt,
  isStale,
  parseDirectory,
  searchKey,
  type Directory,
} from '@tsunagu/core/directory';
import { buildReport, isCandidateEntry, reportTables, type Case, type Resource } from '@tsunagu/core';
import { caseWithResources, generateDirectory, promotionSession, registerCases, townDirectory } from '../fixtures/directory';
import { plantedNotes, type PlantedHousehold } from '../fixtures/personal-notes';

describe('parseDirectory', () => {
  it('accepts the town’s directory and a generated one of 2,000 services', () => {
    expect(parseDirectory(townDirectory).ok).toBe(true);
    expect(parseDirectory(generateDirectory(2000, 3)).ok).toBe(true);
  });

  const service = townDirectory.services[0]!;
  const cases: [string, Directory, string, (string | number)[]][] = [
    [
      'a service whose organization is missing',
      { ...townDirectory, services: [{ ...service, organizationId: '00000000-0000-8000-8000-000000000000' }] },
      'directory.unknownOrganization',
      ['services', 0, 'organizationId'],
    ],
    [
      'a place that is not in the directory',
      { ...townDirectory, services: [{ ...service, locationIds: ['00000000-0000-8000-8000-000000000001'] }] },
      'directory.unknownLocation',
      ['services', 0, 'locationIds', 0],
    ],
    ['two services with one id', { ...townDirectory, services: [service, service] }, 'directory.duplicateId', ['services', 1, 'id']],
    [
      'hours that close before they open',
      { ...townDirectory, services: [{ ...service, hours: [{ days: ['MO'], opens: '15:00', closes: '10:00' }] }] },
      'directory.closesBeforeOpens',
      ['services', 0, 'hours', 0, 'closes'],
    ],
    [
      'more places free than there are',
      {
        ...townDirectory,
        services: [{ ...service, capacity: { unit: '名', available: 5, maximum: 3, updated: '2026-11-01T09:00:00+09:00' } }],
      },
      'directory.capacityOverMaximum',
      ['services', 0, 'capacity', 'available'],
    ],
    [
      'an id that is no UUID',
      { ...townDirectory, services: [{ ...service, id: 'salon-1' }] },
      'directory.structure',
      ['services', 0, 'id'],
    ],
  ];
  it.each(cases)('refuses %s, with a stable code, the path and a message in Japanese or English', (_, d, code, path) => {
    const ja = parseDirectory(d);
    expect(ja.ok).toBe(false);
    if (ja.ok) return;
    expect(ja.issues[0]).toMatchObject({ code, path });
    expect(ja.issues[0]!.message).toMatch(/[ぁ-んァ-ヶ一-龠]/u);
    const en = parseDirectory(d, { locale: 'en' });
    expect(en.ok).toBe(false);
    if (!en.ok) expect(en.issues[0]).toMatchObject({ code, path, message: expect.stringMatching(/^[A-Z][a-z ]/u) });
  });
});

describe('searching the directory', () => {
  const index = indexDirectory(townDirectory);

  it('finds サロン typed in hiragana, in half-width kana, and by part of its name in kanji', () => {
    for (const text of ['さろん', 'ｻﾛﾝ', 'サロン', 'ふれあい']) {
      const hits = index.search({ text });
      expect(hits.length, text).toBeGreaterThan(0);
      expect(
        hits.every((h) => h.name.includes('サロン') || h.name.includes('ふれあい')),
        text,
      ).toBe(true);
    }
    expect(index.search({ text: '子ども食堂' })[0]!.name).toMatch(/^子ども食堂/u);
    expect(index.search({ text: 'こどもしょくどう' })[0]!.name).toMatch(/^子ども食堂/u);
  });

  it('reads ヴ as the B-row, as the person matcher does: ヴァイオリン finds バイオリン', () => {
    const violin: Directory = {
      ...townDirectory,
      services: [
        {
          ...townDirectory.services[0]!,
          id: '00000000-0000-8000-8000-0000000000a1',
          name: 'バイオリン教室',
          nameKana: undefined,
          private: false,
        },
      ],
      individuals: [],
    };
    const only = indexDirectory(violin);
    expect(only.search({ text: 'ヴァイオリン' }).map((r) => r.name)).toEqual(['バイオリン教室']);
    expect(only.search({ text: 'ぴあの' })).toEqual([]);
  });

  it('finds by the organization and by the description, and every word must be found', () => {
    expect(index.search({ text: 'ひだまり' }).every((h) => h.by.includes('ひだまり'))).toBe(true);
    expect(index.search({ text: '送迎 通院' }).length).toBeGreaterThan(0);
    expect(index.search({ text: 'サロン 学習' })).toEqual([]);
  });

  it('filters by field, area (the whole town counts everywhere), formality, and leaves inactive services out', () => {
    const employment = index.search({ field: 'employment', limit: 500 });
    expect(employment.length).toBeGreaterThan(0);
    expect(employment.every((r) => r.fields.includes('employment'))).toBe(true);
    const north = index.search({ area: '北部圏域', limit: 500 });
    expect(north.every((r) => r.areas.some((a) => a.name === '北部圏域' || a.kind === 'municipality'))).toBe(true);
    expect(north.some((r) => r.areas.some((a) => a.kind === 'municipality'))).toBe(true);
    expect(index.search({ formality: 'informal', limit: 500 }).every((r) => r.formality === 'informal')).toBe(true);
    expect(index.search({ limit: 500 }).every((r) => r.active)).toBe(true);
    expect(index.search({ inactive: true, limit: 500 }).some((r) => !r.active)).toBe(true);
  });

  it('lists individuals, always private, unless asked not to', () => {
    const people = index.resources.filter((r) => r.kind === 'individual');
    expect(people.length).toBe(20);
    expect(people.every((p) => p.private)).toBe(true);
    expect(index.search({ text: '民生委員', individuals: false })).toEqual([]);
    expect(index.search({ text: '民生委員' }).length).toBeGreaterThan(0);
  });

  it('knows what is open now, in Japan’s time, whatever the host’s zone', () => {
    const salon = { hours: [{ days: ['TU' as const], opens: '10:00', closes: '12:00' }] };
    expect(isOpenAt(salon, new Date('2026-12-08T01:30:00Z'))).toBe(true); // Tuesday 10:30 in Tokyo
    expect(isOpenAt(salon, new Date('2026-12-08T03:00:00Z'))).toBe(false); // 12:00: closed
    expect(isOpenAt(salon, new Date('2026-12-07T01:30:00Z'))).toBe(false); // Monday
    expect(isOpenAt({ hours: [] }, new Date('2026-12-08T01:30:00Z'))).toBe(false);
    const open = index.search({ openAt: new Date('2026-12-08T01:30:00Z'), limit: 500 });
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((r) => isOpenAt(r, new Date('2026-12-08T01:30:00Z')))).toBe(true);
  });

  it('marks entries confirmed a year or more ago (or never) as stale', () => {
    expect(isStale({ lastConfirmed: '2025-12-07' }, '2026-12-07')).toBe(true);
    expect(isStale({ lastConfirmed: '2025-12-08' }, '2026-12-07')).toBe(false);
    expect(isStale({}, '2026-12-07')).toBe(true);
    expect(isStale({ lastConfirmed: '2025-02-28' }, '2026-02-28')).toBe(true);
    expect(index.resources.some((r) => isStale(r, '2026-12-07'))).toBe(true);
  });

  it('folds any text the same way, whatever was typed (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const key = searchKey(text);
        expect(searchKey(key)).toBe(key);
        expect(key).not.toMatch(/[\s\u3041-\u3096]/u);
        index.search({ text }); // never throws
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isCandidateEntry', () => {
  it('is a resource in use or considered, named, and typed freely; not a picked one, a missing one, or a blank row', () => {
    expect(isCandidateEntry({ name: '近所の将棋の会', type: 'informal', state: 'considered' })).toBe(true);
    expect(isCandidateEntry({ name: '近所の将棋の会', type: 'informal', state: 'inUse' })).toBe(true);
    expect(isCandidateEntry({ name: 'ふれあいサロン', type: 'informal', state: 'inUse', directoryId: townDirectory.services[0]!.id })).toBe(
      false,
    );
    expect(isCandidateEntry({ name: '買い物の送迎', type: 'informal', state: 'missing' })).toBe(false);
    expect(isCandidateEntry({ name: '  ', type: 'informal', state: 'considered' })).toBe(false);
  });
});

describe('the 地域課題 register', () => {
  const cases = [
    caseWithResources('c1', '港地区', [
      { name: '買い物の送迎', type: 'informal', state: 'missing', theme: 'mobility', area: '北部圏域' },
      { name: 'ふれあいサロン', type: 'informal', state: 'inUse', directoryId: townDirectory.services[0]!.id },
    ]),
    caseWithResources('c2', '浜町地区', [
      { name: '買い物の送迎', type: 'informal', state: 'missing', theme: 'mobility', area: '北部圏域' },
      { name: '夜間の居場所', type: 'informal', state: 'missing', theme: 'belonging', area: '北部圏域' },
    ]),
    caseWithResources('c3', '本町地区', [{ name: '近所の将棋の会', type: 'informal', state: 'considered' }]),
    caseWithResources('c4', '本町地区', [{ name: '買い物の送迎', type: 'informal', state: 'missing', theme: 'mobility' }], '2025-06-01'),
  ];
  const session = promotionSession;

  it('gathers missing resources by 圏域 × 分野 × テーマ, a case once, with what was decided', () => {
    const rows = communityIssueRegister(cases, { from: '2026-04-01', sessions: [session] });
    expect(rows[0]).toMatchObject({ area: '北部圏域', theme: 'mobility', missingCases: 2, names: [{ name: '買い物の送迎', cases: 2 }] });
    expect(rows[0]!.raised).toEqual([{ sessionId: 'promotion-2026-09', date: '2026-09-15', theme: session.themes![0] }]);
    expect(rows.find((r) => r.theme === 'belonging')).toMatchObject({ missingCases: 1, raised: [] });
  });

  it('counts resources typed freely (no directory id) as candidate entries, in the person’s district', () => {
    const rows = communityIssueRegister(cases, { from: '2026-04-01' });
    expect(rows.find((r) => r.area === '本町地区')).toMatchObject({
      theme: 'other',
      candidates: 1,
      missingCases: 0,
      names: [{ name: '近所の将棋の会', cases: 1 }],
    });
    expect(rows.some((r) => r.names.some((n) => n.name === 'ふれあいサロン'))).toBe(false);
  });

  it('never carries personal data: notes never, and names masked by the finder (the privacy corpus, 500 notes)', () => {
    const planted = plantedNotes(500, 35);
    const withHousehold = (h: PlantedHousehold, i: number, resource: Resource): Case => {
      const c = caseWithResources(`p${i}`, '港地区', [resource]);
      const person = { ...c.household.person, ...h.person };
      return { ...c, household: { person, members: h.members.map((m, k) => ({ ...m, id: `m${k}` })) } };
    };
    // The note is never in the register, whatever it holds.
    const byNote = planted.map(({ household: h, note }, i) =>
      withHousehold(h, i, { name: '夜間の居場所', type: 'informal', state: 'missing', theme: 'belonging', note: note.text }),
    );
    const out = JSON.stringify(communityIssueRegister(byNote));
    for (const { note } of planted) expect(out).not.toContain(note.text.slice(note.start, note.end));
    // A name written with personal data in it is masked as the finder finds it (95 % or more of the corpus).
    const byName = planted.map(({ household: h, note }, i) =>
      withHousehold(h, i, { name: note.text.slice(0, 100), type: 'informal', state: 'missing', theme: 'belonging' }),
    );
    const names = communityIssueRegister(byName).flatMap((r) => r.names.map((n) => n.name));
    const leaked = planted.filter(({ note }) => names.some((n) => n.includes(note.text.slice(note.start, note.end))));
    expect(
      leaked.length / planted.length,
      leaked
        .slice(0, 5)
        .map((l) => l.note.kind)
        .join(','),
    ).toBeLessThanOrEqual(0.05);
  });
});

describe('the register in the report', () => {
  it('counts missing resources by theme and area, a case once, with the person’s district when no area is given', () => {
    const report = buildReport([
      ...registerCases,
      caseWithResources('c5', '本町地区', [{ name: '夜の居場所', type: 'informal', state: 'missing', theme: 'belonging' }]),
    ]);
    const year = report.fiscalYears.find((f) => f.fiscalYear === 2026)!;
    expect(year.missingByThemeArea).toEqual({
      'mobility|北部圏域': 2,
      'belonging|北部圏域': 1,
      'employment|本町地区': 1,
      'belonging|本町地区': 1,
    });
    const table = reportTables(report).find((t) => t.id === 'missingThemes')!;
    expect(table.title).toBe('テーマ・圏域別 不足している資源');
    // In the themes' order, a code beside its label.
    expect(table.rows.map((r) => r.slice(0, 2))).toEqual([
      ['employment|本町地区', '就労・本町地区'],
      ['belonging|北部圏域', '居場所・北部圏域'],
      ['belonging|本町地区', '居場所・本町地区'],
      ['mobility|北部圏域', '移動・北部圏域'],
    ]);
  });
});
