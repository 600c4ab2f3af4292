// The JSON Schemas as a backend in another language meets them: the shipped files, taken as they are by
// two independent validators — a default `new Ajv2020()` (strict, as ajv ships) with ajv-formats, and
// Python's jsonschema (Debian's python3-jsonschema) — accept every fixture, and reject the broken
// documents that the core rejects for their structure.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { validate, type DocumentKind } from '@tsunagu/core';
import { case8050, dvFamilyMeeting, dvFamilyPlan, dvFamilyReferral, hoardedHouseReferral } from '../fixtures/households';
import { threeCaseSession } from '../fixtures/sessions';
import { juneAssessment, septemberAssessment } from '../fixtures/assessments';
import { mutate } from '../core/helpers';

const dir = new URL('../../packages/core/schema/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, unknown>;
type Doc = Record<string, unknown>;

/** Per schema file: its document kind, the fixtures that are valid, and broken variants with the structure code the core gives. */
const CASES: { file: string; kind: DocumentKind; valid: object[]; broken: [string, (d: Doc) => void][] }[] = [
  {
    file: 'referral.schema.json',
    kind: 'referral',
    valid: [dvFamilyReferral, hoardedHouseReferral],
    broken: [
      ['structure.schemaVersion', (d) => (d['schemaVersion'] = '0.1')],
      ['structure.kind', (d) => (d['kind'] = 'meeting')],
      ['structure.value', (d) => (d['urgency'] = 'urgent')],
      ['structure.date', (d) => (d['referredOn'] = '2025-02-30')],
      ['structure.type', (d) => ((d['referrer'] as Doc)['name'] = 42)],
      ['structure.tooLong', (d) => ((d['referrer'] as Doc)['organization'] = 'あ'.repeat(201))],
    ],
  },
  {
    file: 'support-sharing.schema.json',
    kind: 'supportSharing',
    valid: [dvFamilyMeeting],
    broken: [
      ['structure.schemaVersion', (d) => (d['schemaVersion'] = '2.0')],
      ['structure.date', (d) => ((d['meeting'] as Doc)['date'] = '2025/05/12')],
      ['structure.type', (d) => (d['attendees'] = 'everyone')],
    ],
  },
  {
    file: 'action-plan.schema.json',
    kind: 'actionPlan',
    valid: [dvFamilyPlan],
    broken: [
      ['structure.date', (d) => (d['planDate'] = '2025-13-01')],
      ['structure.type', (d) => (d['version'] = 'two')],
    ],
  },
  {
    file: 'case.schema.json',
    kind: 'case',
    valid: [case8050],
    broken: [
      ['structure.kind', (d) => (d['kind'] = 'referral')],
      ['structure.type', (d) => (d['household'] = [])],
    ],
  },
  {
    file: 'assessment.schema.json',
    kind: 'assessment',
    valid: [juneAssessment, septemberAssessment],
    broken: [
      ['structure.date', (d) => (d['assessedOn'] = '2025-06-31')],
      ['structure.type', (d) => (d['members'] = 'both')],
    ],
  },
  {
    file: 'meeting-session.schema.json',
    kind: 'meetingSession',
    valid: [threeCaseSession],
    broken: [
      ['structure.date', (d) => (d['date'] = 'tomorrow')],
      ['structure.type', (d) => (d['invitations'] = {})],
    ],
  },
];

const brokenOf = (c: (typeof CASES)[number]) => c.broken.map(([code, change]) => ({ code, doc: mutate(c.valid[0] as Doc, change) }));

describe('the shipped JSON Schemas, in standard validators', () => {
  it('are every document’s, with a URN for $id and no keyword of tsunagu’s own', () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.schema.json'))
        .sort(),
    ).toEqual(CASES.map((c) => c.file).sort());
    for (const c of CASES) {
      const schema = read(c.file);
      expect(schema['$id']).toMatch(/^urn:tsunagu:schema:1\.0:[a-z-]+$/);
      expect(JSON.stringify(schema)).not.toMatch(/"(personal|reported)":/);
    }
  });

  it('the broken documents are ones the core rejects for their structure', () => {
    for (const c of CASES) {
      for (const { code, doc } of brokenOf(c)) {
        const result = validate(c.kind, doc, { today: '2026-03-31' });
        expect(result.ok, `${c.file}: ${code}`).toBe(false);
        expect(
          result.issues.map((i) => i.code),
          c.file,
        ).toContain(code);
      }
      for (const doc of c.valid)
        expect(validate(c.kind, doc, { today: '2026-03-31' }).issues.filter((i) => i.code.startsWith('structure.'))).toEqual([]);
    }
  });

  it('a default new Ajv2020() with ajv-formats compiles them with no other setup, accepts the fixtures and rejects the broken', () => {
    const ajv = new Ajv2020();
    addFormats(ajv);
    for (const c of CASES) {
      const check = ajv.compile(read(c.file));
      for (const doc of c.valid) expect(check(doc), `${c.file}: ${JSON.stringify(check.errors)}`).toBe(true);
      for (const { code, doc } of brokenOf(c)) expect(check(doc), `${c.file}: ${code}`).toBe(false);
    }
  });

  it('Python’s jsonschema (Draft 2020-12, formats checked) accepts the fixtures and rejects the broken', () => {
    const input = CASES.map((c) => ({ schema: read(c.file), docs: [...c.valid, ...brokenOf(c).map((b) => b.doc)] }));
    const script = [
      'import json, sys',
      'from jsonschema import Draft202012Validator',
      'out = []',
      'for case in json.load(sys.stdin):',
      '    Draft202012Validator.check_schema(case["schema"])',
      '    v = Draft202012Validator(case["schema"], format_checker=Draft202012Validator.FORMAT_CHECKER)',
      '    out.append([v.is_valid(d) for d in case["docs"]])',
      'print(json.dumps(out))',
    ].join('\n');
    // Debian's Python and its python3-jsonschema (scripts/setup.sh installs it), not a pip copy.
    const answer = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', script], { input: JSON.stringify(input), encoding: 'utf8' }),
    ) as boolean[][];
    CASES.forEach((c, i) => expect(answer[i], c.file).toEqual([...c.valid.map(() => true), ...c.broken.map(() => false)]));
  });

  it('the field marks beside each schema point at fields the schema has', () => {
    for (const c of CASES) {
      const schema = read(c.file);
      const marks = read(c.file.replace('.schema.json', '.fields.json')) as { schema: string; personal: string[]; reported: string[] };
      expect(marks.schema).toBe(schema['$id']);
      for (const pointer of [...marks.personal, ...marks.reported]) {
        let at: Doc | undefined = schema;
        for (const step of pointer.split('/').slice(1)) {
          const options: Doc[] = at ? [at, ...((at['anyOf'] ?? at['oneOf'] ?? []) as Doc[])] : [];
          const next: Doc | undefined = options
            .map(
              (o) =>
                (step === '*' ? (o['items'] ?? o['additionalProperties']) : (o['properties'] as Doc | undefined)?.[step]) as
                  Doc | undefined,
            )
            .find(Boolean);
          at = next;
        }
        expect(at, `${c.file} ${pointer}`).toBeDefined();
        expect(String(at?.['$comment']), `${c.file} ${pointer}`).toMatch(/^tsunagu: /);
      }
    }
    const referral = read('referral.fields.json') as { personal: string[]; reported: string[] };
    expect(referral.personal).toContain('/referrer/name');
    expect(referral.reported).toContain('/referredOn');
  });
});
