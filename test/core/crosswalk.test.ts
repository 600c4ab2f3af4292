// The crosswalk to the 自立相談支援 standard forms (issue #36): every path it maps exists in the JSON Schema of its
// document, every item not held says why, and every national item id the examples use is one of its ids.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LOCAL_QUESTIONS } from '../fixtures/local-items';
import { juneAssessment, paperAssessment, septemberAssessment } from '../fixtures/assessments';

interface Row {
  id: string;
  form: string;
  item: string;
  status: 'mapped' | 'notHeld';
  paths?: string[];
  reason?: string;
  /** Checked against a public copy of the form this session (the file's `sources`). */
  seen: boolean;
}
type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema; additionalProperties?: Schema };

const root = new URL('../../', import.meta.url);
const crosswalk = JSON.parse(readFileSync(new URL('docs/reference/crosswalk/jiritsu-soudan.json', root), 'utf8')) as { items: Row[] };
const FILES: Record<string, string> = {
  referral: 'referral',
  supportSharing: 'support-sharing',
  actionPlan: 'action-plan',
  case: 'case',
  meetingSession: 'meeting-session',
  assessment: 'assessment',
};
const schemaOf = (kind: string): Schema =>
  JSON.parse(readFileSync(new URL(`docs/reference/schema/${FILES[kind]}.schema.json`, root), 'utf8')) as Schema;

/** The schema at a dotted path (`members.*.health`), or undefined when the document has no such field. */
function at(schema: Schema | undefined, path: string[]): Schema | undefined {
  if (!schema || path.length === 0) return schema;
  const [k, ...rest] = path as [string, ...string[]];
  if (k === '*') return at(schema.items ?? schema.additionalProperties, rest);
  return at(schema.properties?.[k], rest);
}

describe('the crosswalk to the 自立相談支援 standard forms', () => {
  it('has unique ids, and each row is mapped to paths or says why it is not held', () => {
    const ids = crosswalk.items.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of crosswalk.items) {
      expect(typeof r.seen, r.id).toBe('boolean');
      if (r.status === 'mapped') expect(r.paths?.length, r.id).toBeGreaterThan(0);
      else expect(r.reason?.length, r.id).toBeGreaterThan(20);
    }
  });

  it('maps no stale path: each is a field of its document', () => {
    const stale = crosswalk.items.flatMap((r) =>
      (r.paths ?? []).filter((p) => {
        const [kind, dotted] = p.split(':') as [string, string];
        return !FILES[kind] || at(schemaOf(kind), dotted.split('.')) === undefined;
      }),
    );
    expect(stale).toEqual([]);
  });

  it('knows every national item id the examples and local questions carry', () => {
    const ids = new Set(crosswalk.items.map((r) => r.id));
    const used = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === 'nationalItemId' && typeof x === 'string') used.add(x);
          else walk(x);
        }
    };
    walk([juneAssessment, septemberAssessment, paperAssessment, LOCAL_QUESTIONS]);
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('the check can fail: a path that is not a field is found', () => {
    expect(at(schemaOf('assessment'), ['members', '*', 'health'])).toBeDefined();
    expect(at(schemaOf('assessment'), ['members', '*', 'hobbies'])).toBeUndefined();
  });
});
