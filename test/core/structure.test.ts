// The generated structure validators (ADR 0002) against their source of truth:
// for any input, they must find exactly what zod's safeParse finds (same codes, same
// paths, same order) and, on valid input, return exactly what zod returns.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as core from '@tsunagu/core';
import { ActionPlan, Assessment, Case, MeetingSession, Referral, SupportSharing, type DocumentKind } from '@tsunagu/core';
import {
  checkActionPlan,
  checkCase,
  checkMeetingSession,
  checkAssessment,
  checkReferral,
  checkSupportSharing,
} from '../../packages/core/src/validate/structure.generated';
import type { Found } from '../../packages/core/src/validate/structure';
import { OUTPUT, TIME_OF_DAY, generateStructure } from '../../scripts/codegen.mjs';
import { case8050, dvFamilyMeeting, dvFamilyPlan, dvFamilyReferral, hoardedHouseReferral } from '../fixtures/households';
import { noConsentSession, threeCaseSession } from '../fixtures/sessions';
import { assessedCase, juneAssessment, septemberAssessment } from '../fixtures/assessments';

const runs = (n: number) => Number(process.env['FUZZ_RUNS'] ?? n);

interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly input?: unknown;
  readonly origin?: string;
  readonly format?: string;
  readonly pattern?: string;
  readonly maximum?: number | bigint;
  readonly minimum?: number | bigint;
}
interface SafeParser {
  safeParse(
    input: unknown,
    params: { reportInput: boolean },
  ): { success: true; data: unknown } | { success: false; error: { issues: readonly ZodIssueLike[] } };
}

/**
 * The oracle: how `validate` turned zod's issues into tsunagu's codes before ADR 0002
 * (run.ts at b23181e), kept here verbatim so the generated code is held to it.
 */
function zodCode(i: ZodIssueLike): { code: string; params?: Record<string, number> } {
  const last = i.path[i.path.length - 1];
  if (i.path.length === 1 && last === 'kind') return { code: 'structure.kind' };
  if (i.path.length === 1 && last === 'schemaVersion') return { code: 'structure.schemaVersion' };
  switch (i.code) {
    case 'invalid_type':
      return i.input === undefined ? { code: 'field.required' } : { code: 'structure.type' };
    case 'too_big':
      if (i.origin === 'string') return { code: 'structure.tooLong', params: { max: Number(i.maximum) } };
      if (i.origin === 'array') return { code: 'structure.tooMany', params: { max: Number(i.maximum) } };
      return { code: 'structure.number' };
    case 'too_small':
      if (i.origin === 'array') return { code: 'structure.tooFew', params: { min: Number(i.minimum) } };
      if (i.origin === 'string') return { code: 'field.required' };
      return { code: 'structure.number' };
    case 'invalid_format':
      if (i.format === 'date') return { code: 'structure.date' };
      if (i.format === 'regex' && i.pattern === String(TIME_OF_DAY)) return { code: 'structure.time' };
      return { code: 'structure.code' };
    case 'invalid_value':
      return { code: 'structure.value' };
    default:
      return { code: 'structure.type' };
  }
}

const KINDS: Record<DocumentKind, { schema: SafeParser; check: (input: unknown, found: Found[]) => unknown; valid: unknown[] }> = {
  referral: { schema: Referral, check: checkReferral, valid: [dvFamilyReferral, hoardedHouseReferral] },
  supportSharing: { schema: SupportSharing, check: checkSupportSharing, valid: [dvFamilyMeeting] },
  actionPlan: { schema: ActionPlan, check: checkActionPlan, valid: [dvFamilyPlan] },
  case: { schema: Case, check: checkCase, valid: [case8050, assessedCase] },
  meetingSession: { schema: MeetingSession, check: checkMeetingSession, valid: [threeCaseSession, noConsentSession] },
  assessment: { schema: Assessment, check: checkAssessment, valid: [juneAssessment, septemberAssessment] },
};

/** Issues as validate() reports them: deduplicated by code and path, in order. */
function dedupe(list: { code: string; path: readonly (string | number)[]; params?: Record<string, number> }[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const i of list) {
    const key = `${i.code} ${JSON.stringify(i.path)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(i.params ? `${key} ${JSON.stringify(i.params)}` : key);
  }
  return out;
}

function compare(kind: DocumentKind, input: unknown): void {
  const { schema, check } = KINDS[kind];
  let zodThrew = false;
  let z: ReturnType<SafeParser['safeParse']> | undefined;
  try {
    z = schema.safeParse(input, { reportInput: true });
  } catch {
    zodThrew = true;
  }
  const found: Found[] = [];
  let value: unknown;
  let threw = false;
  try {
    value = check(input, found);
  } catch {
    threw = true;
  }
  expect(threw).toBe(zodThrew);
  if (!z) return;
  const mapped = z.success
    ? []
    : z.error.issues.map((i) => ({ ...zodCode(i), path: i.path.map((p) => (typeof p === 'number' ? p : String(p))) }));
  // One deliberate difference: zod also runs length checks on a value of the wrong type
  // when it has a length (a string where a list belongs gets "required" or "too many"
  // besides "wrong type"); the generated code reports the wrong type alone.
  const wrongTypeAt = new Set(mapped.filter((i) => i.code === 'structure.type').map((i) => JSON.stringify(i.path)));
  const expected = dedupe(mapped.filter((i) => i.code === 'structure.type' || !wrongTypeAt.has(JSON.stringify(i.path))));
  const actual = dedupe(
    found.map((f) => ({
      code:
        f.path.length === 1 && f.code === 'structure.value' && (f.path[0] === 'kind' || f.path[0] === 'schemaVersion')
          ? `structure.${f.path[0]}`
          : f.code,
      path: f.path,
      ...(f.params ? { params: { ...f.params } } : {}),
    })),
  );
  expect(actual).toEqual(expected);
  if (z.success) expect(value).toStrictEqual(z.data);
}

/** Values chosen to sit on every boundary the schemas draw. */
const edgy = fc.constantFrom<unknown>(
  undefined,
  null,
  NaN,
  Infinity,
  -Infinity,
  0,
  -1,
  1.5,
  130,
  131,
  999,
  1000,
  2 ** 60,
  -(2 ** 60),
  '',
  ' ',
  '1',
  'x'.repeat(200),
  'x'.repeat(201),
  'あ'.repeat(20_000),
  'あ'.repeat(20_001),
  '2024-02-29',
  '2023-02-29',
  '2025-13-01',
  '23:59',
  '24:00',
  '9:00',
  'given',
  'referral',
  'supportSharing',
  '1.0',
  '2.0',
  'a_b.c-d',
  '-x',
  true,
  false,
  [],
  {},
  ['ok'],
  ['ok', 'bad code'],
  Array.from({ length: 201 }, (_, i) => `c${i}`),
  [undefined],
  [null],
  { kind: 'referral' },
);

/** Every path into a value: keys of objects, indexes of arrays, at any depth. */
function allPaths(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [path];
  return [path, ...Object.entries(v as object).flatMap(([k, c]) => allPaths(c, [...path, Array.isArray(v) ? Number(k) : k]))];
}

function setAt(doc: unknown, path: (string | number)[], replacement: unknown, remove: boolean): unknown {
  if (path.length === 0) return replacement;
  let node = doc as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  if (remove && !Array.isArray(node)) delete node[path.at(-1)!];
  else node[path.at(-1)!] = replacement;
  return doc;
}

describe('generated structure validators (ADR 0002)', () => {
  it(`${OUTPUT} is up to date (run \`pnpm codegen\`)`, () => {
    const committed = readFileSync(new URL(`../../${OUTPUT}`, import.meta.url), 'utf8');
    expect(committed).toBe(generateStructure(core));
  });

  it('accept the valid fixtures and return what zod returns', () => {
    for (const kind of Object.keys(KINDS) as DocumentKind[]) {
      for (const doc of KINDS[kind].valid) {
        const found: Found[] = [];
        const value = KINDS[kind].check(doc, found);
        const z = KINDS[kind].schema.safeParse(doc, { reportInput: true });
        expect(found).toEqual([]);
        expect(z.success).toBe(true);
        if (z.success) expect(value).toStrictEqual(z.data);
      }
    }
  });

  it('strip unknown keys as zod does, and keep an optional key that is present but undefined', () => {
    const doc = { ...structuredClone(dvFamilyReferral), extra: 'x', urgency: undefined };
    const found: Found[] = [];
    const out = checkReferral(doc, found) as Record<string, unknown>;
    expect(found).toEqual([]);
    expect('extra' in out).toBe(false);
    expect('urgency' in out).toBe(true);
    compare('referral', doc);
  });

  it('tell a time as a time, whatever its field is called (a contact’s `time` once got the code message)', () => {
    const c = { ...structuredClone(case8050), contacts: [{ id: 'x1', date: '2025-05-01', method: 'visit', time: '午後' }] };
    const found: Found[] = [];
    checkCase(c, found);
    expect(found.map((f) => [f.code, f.path.join('.')])).toEqual([['structure.time', 'contacts.0.time']]);
    compare('case', c);
    const m = structuredClone(dvFamilyMeeting);
    (m.meeting as { startTime?: string }).startTime = '1時間';
    const f2: Found[] = [];
    checkSupportSharing(m, f2);
    expect(f2.map((f) => f.code)).toEqual(['structure.time']);
    compare('supportSharing', m);
  });

  it('find what zod finds in arbitrary values (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(KINDS) as DocumentKind[])),
        fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true })),
        (kind, input) => {
          compare(kind, input);
        },
      ),
      { numRuns: runs(500) },
    );
  }, 600_000);

  it('find what zod finds in valid documents with anything changed or removed, at any depth (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(KINDS) as DocumentKind[])),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.oneof(edgy, fc.jsonValue({ maxDepth: 2 })), fc.boolean()), { minLength: 1, maxLength: 4 }),
        (kind, which, changes) => {
          const valid = KINDS[kind].valid;
          let doc = structuredClone(valid[which % valid.length]);
          for (const [pick, replacement, remove] of changes) {
            const paths = allPaths(doc);
            doc = setAt(doc, paths[pick % paths.length]!, structuredClone(replacement), remove);
          }
          compare(kind, doc);
        },
      ),
      { numRuns: runs(1000) },
    );
  }, 600_000);

  it("find what zod finds in a municipality's answers, a record by question id (property)", () => {
    // No key `constructor` here: toStrictEqual compares the two results' `constructor` by identity, and with such a key
    // each side holds its own parsed object there. The next test checks that key by value.
    const key = fc
      .oneof(fc.string({ maxLength: 8 }), fc.constantFrom('x-ward', 'a_1', '__proto__', '1a', 'toString'))
      .filter((k) => k !== 'constructor');
    const answer = fc.oneof(
      fc.record(
        {
          text: fc.string(),
          code: fc.constantFrom('yes', 'x.y', '', '@'),
          codes: fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
          date: fc.constantFrom('2025-04-01', '2025-02-30', '令和7年'),
          number: fc.oneof(fc.integer(), fc.double()),
          yes: fc.oneof(fc.boolean(), fc.constant('yes')),
        },
        { requiredKeys: [] },
      ),
      edgy,
      fc.jsonValue({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom<DocumentKind>('referral', 'supportSharing', 'actionPlan', 'meetingSession'),
        fc.oneof(fc.dictionary(key, answer, { maxKeys: 4 }), edgy, fc.anything({ withNullPrototype: true, withBoxedValues: true })),
        (kind, answers) => {
          const doc = structuredClone(KINDS[kind].valid[0]) as Record<string, unknown>;
          doc['localItems'] = answers;
          compare(kind, doc);
          const c = structuredClone(case8050) as { contacts?: Record<string, unknown>[] };
          c.contacts = [{ id: 'c1', date: '2025-05-01', method: 'visit', localItems: answers }];
          compare('case', c);
        },
      ),
      { numRuns: runs(500) },
    );
  }, 600_000);

  it("keep an answer under the id 'constructor' as zod does", () => {
    const doc = { ...structuredClone(dvFamilyReferral), localItems: { constructor: { text: 'x' }, toString: { yes: true } } };
    const found: Found[] = [];
    const value = checkReferral(doc, found) as { localItems: object };
    expect(found).toEqual([]);
    const z = (KINDS.referral.schema.safeParse(doc, { reportInput: true }) as { success: true; data: { localItems: object } }).data;
    expect(Object.entries(value.localItems)).toEqual(Object.entries(z.localItems));
    expect(Object.getPrototypeOf(value.localItems)).toBe(Object.getPrototypeOf(z.localItems));
  });

  it('throw where zod throws: a getter that throws', () => {
    const doc = structuredClone(dvFamilyReferral) as Record<string, unknown>;
    Object.defineProperty(doc, 'person', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    compare('referral', doc);
  });
});
