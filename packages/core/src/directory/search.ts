import { addMonthsIso } from '../dates/calendar';
import { normalizeKana } from '../match/index';
import type { Directory, DirectoryArea, OpeningHours, Weekday } from './model';

/*
 * Search of the directory, for a picker that answers every keystroke. The index is built once: each resource's words
 * (name, reading, organization, description, role) folded the way people type them — NFKC, hiragana as katakana,
 * small kana full-size, ヴ as the B-row, no spaces, Latin in lower case — so 「さろん」 finds 「サロン」 and 「ｻﾛﾝ」 and 「ＳＡＬＯＮ」
 * find what they should. A query is words, every one of which must be found.
 */

/** One resource a case worker can pick: a service, or an individual (always private). @public */
export interface DirectoryResource {
  readonly id: string;
  readonly kind: 'service' | 'individual';
  readonly name: string;
  readonly nameKana?: string | undefined;
  /** The organization that runs a service; an individual's role (民生委員・児童委員). */
  readonly by: string;
  readonly description?: string | undefined;
  readonly fields: readonly string[];
  readonly targets: readonly string[];
  readonly formality: 'formal' | 'informal';
  readonly areas: readonly DirectoryArea[];
  readonly hours: readonly OpeningHours[];
  readonly lastConfirmed?: string | undefined;
  /** Not published: an individual, a private entry, or one of a private organization. */
  readonly private: boolean;
  /** Still in service (HSDS `active`). */
  readonly active: boolean;
}

/** What a search keeps to. Every filter given must hold. @public */
export interface DirectoryQuery {
  /** Words, in kana, kanji or Latin: every one must be found. */
  readonly text?: string;
  /** A 分野 code. */
  readonly field?: string;
  /** An area's name (「北部圏域」): resources serving it, and those serving the whole municipality. */
  readonly area?: string;
  readonly formality?: 'formal' | 'informal';
  /** Open at this instant, in Japan's time. */
  readonly openAt?: Date;
  /** Individuals too (default true). */
  readonly individuals?: boolean;
  /** Services that are no longer active too (default false). */
  readonly inactive?: boolean;
  /** The most results (default 50). */
  readonly limit?: number;
}

/** A directory made ready for searching. @public */
export interface DirectoryIndex {
  /** Every resource, services first, in the directory's order. */
  readonly resources: readonly DirectoryResource[];
  /** The resource with this id. */
  get(id: string): DirectoryResource | undefined;
  /** The resources that answer a query, best first: name before reading before anything else. */
  search(query: DirectoryQuery): DirectoryResource[];
  /** The area names used, sorted, for a filter's options. */
  readonly areas: readonly string[];
}

/**
 * Text as search compares it: the person matcher's reading (`normalizeKana`: hiragana and half-width kana as katakana,
 * small kana full-size, ヴ as the B-row, no spaces or dots) of the text in NFKC and lower case — so 「ヴァイオリン教室」
 * finds 「バイオリン教室」 as a name does its reading.
 *
 * @example
 * ```ts
 * searchKey('さろん'); // 'サロン'
 * searchKey('ｶﾌｪ ひだまり'); // 'カフエヒダマリ'
 * ```
 * @public
 */
export function searchKey(text: string): string {
  // Each step can undo another's work on rare text (NFKC makes Ⓐ an A, lower case can leave a letter to compose):
  // such text is folded again until nothing changes. Text people type is folded for good in the first pass.
  let key = fold(text);
  if (STABLE.test(key)) return key;
  for (let i = 0; i < 3; i++) {
    const next = fold(key);
    if (next === key) break;
    key = next;
  }
  return key;
}

/** The matcher's reading (katakana, no spaces or dots, small kana full-size, ヴ as the B-row), of text in lower case. */
const fold = (text: string): string => normalizeKana(text.normalize('NFKC').toLowerCase()).normalize('NFKC');

/** Characters every step leaves as they are: ASCII but capitals, katakana, CJK punctuation and the common kanji. */
const STABLE = /^[\u0021-\u0040\u005b-\u007f\u3001-\u3003\u300c-\u300f\u30a1-\u30fa\u30fc\u4e00-\u9fff]*$/u;

interface Entry {
  readonly resource: DirectoryResource;
  readonly name: string;
  readonly reading: string;
  readonly rest: string;
}

/**
 * Makes a directory ready for searching: each resource's texts are folded once (2,200 entries in about 40 ms in Node),
 * and each keystroke then costs a pass of substring tests over them (the figures are in the performance docs).
 *
 * @example
 * ```ts
 * const index = indexDirectory(directory);
 * index.search({ text: 'さろん', area: '北部圏域' });
 * ```
 * @public
 */
export function indexDirectory(directory: Directory): DirectoryIndex {
  const organizations = new Map(directory.organizations.map((o) => [o.id, o]));
  const resources: DirectoryResource[] = [];
  /** The reading of each service's organization, by the service's place in `resources`. */
  const byKana: (string | undefined)[] = [];
  for (const s of directory.services) {
    const o = organizations.get(s.organizationId);
    byKana.push(o?.nameKana);
    resources.push({
      id: s.id,
      kind: 'service',
      name: s.name,
      nameKana: s.nameKana,
      by: o?.name ?? '',
      description: s.description,
      fields: s.fields,
      targets: s.targets ?? [],
      formality: s.formality ?? o?.formality ?? 'formal',
      areas: s.areas,
      hours: s.hours ?? [],
      lastConfirmed: s.lastConfirmed,
      private: Boolean(s.private || o?.private),
      active: s.status === 'active',
    });
  }
  for (const p of directory.individuals ?? []) {
    resources.push({
      id: p.id,
      kind: 'individual',
      name: p.name,
      nameKana: p.nameKana,
      by: p.role,
      fields: p.fields ?? [],
      targets: [],
      formality: 'informal',
      areas: p.areas,
      hours: [],
      lastConfirmed: p.lastConfirmed,
      private: true,
      active: true,
    });
  }
  const entries: Entry[] = resources.map((r, i) => ({
    resource: r,
    name: searchKey(r.name),
    reading: searchKey(r.nameKana ?? ''),
    rest: searchKey([r.by, byKana[i] ?? '', r.description ?? ''].join(' ')),
  }));
  const byId = new Map(resources.map((r) => [r.id, r]));
  const areas = [...new Set(resources.flatMap((r) => r.areas.filter((a) => a.kind !== 'municipality').map((a) => a.name)))].sort((a, b) =>
    a.localeCompare(b, 'ja'),
  );
  return {
    resources,
    areas,
    get: (id) => byId.get(id),
    search: (query) => search(entries, query),
  };
}

function search(entries: readonly Entry[], query: DirectoryQuery): DirectoryResource[] {
  const words = (query.text ?? '')
    .split(/[\s\u3000]+/u)
    .map(searchKey)
    .filter(Boolean);
  const clock = query.openAt ? japanClock(query.openAt) : undefined;
  const scored: { resource: DirectoryResource; score: number; order: number }[] = [];
  entries.forEach((e, order) => {
    const r = e.resource;
    if (!r.active && !query.inactive) return;
    if (r.kind === 'individual' && query.individuals === false) return;
    if (query.field && !r.fields.includes(query.field)) return;
    if (query.formality && r.formality !== query.formality) return;
    if (query.area && !r.areas.some((a) => a.name === query.area || a.kind === 'municipality')) return;
    if (clock && !r.hours.some((h) => isOpen(h, clock))) return;
    let score = 0;
    for (const w of words) {
      if (e.name.startsWith(w)) score += 3;
      else if (e.name.includes(w)) score += 2;
      else if (e.reading.includes(w)) score += 2;
      else if (e.rest.includes(w)) score += 1;
      else return;
    }
    scored.push({ resource: r, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, query.limit ?? 50).map((s) => s.resource);
}

const DAYS: readonly Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The weekday and minutes past midnight in Japan, which has kept UTC+9 all year since 1952. */
function japanClock(at: Date): { day: Weekday; minutes: number } {
  const t = new Date(at.getTime() + 540 * 60_000);
  return { day: DAYS[t.getUTCDay()]!, minutes: t.getUTCHours() * 60 + t.getUTCMinutes() };
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function isOpen(h: OpeningHours, clock: { day: Weekday; minutes: number }): boolean {
  return h.days.includes(clock.day) && minutesOf(h.opens) <= clock.minutes && clock.minutes < minutesOf(h.closes);
}

/**
 * Whether a resource is open at an instant, in Japan's time, by its weekly hours. A resource with no hours given is
 * not known to be open.
 * @public
 */
export function isOpenAt(resource: Pick<DirectoryResource, 'hours'>, at: Date): boolean {
  const clock = japanClock(at);
  return resource.hours.some((h) => isOpen(h, clock));
}

/**
 * Whether an entry was last confirmed a year or more before `today` (ISO), or never: the directory shows it as
 * 「最終確認から1年以上」 so that nobody sends a person to a サロン that closed last spring.
 * @public
 */
export function isStale(resource: Pick<DirectoryResource, 'lastConfirmed'>, today: string): boolean {
  const yearAgo = addMonthsIso(today, -12);
  return !resource.lastConfirmed || (yearAgo !== undefined && resource.lastConfirmed <= yearAgo);
}
