// The example documents an adopter starts from (docs/examples/documents/, also in @tsunagu/core's tarball as
// @tsunagu/core/examples/*.json): a referral, a case over a year, a meeting session and a fiscal year of
// cases for buildReport. Each is what the test fixtures hold, as JSON, and each validates.
// `pnpm docs:documents` writes them again from the fixtures after a fixture changes.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildReport, validate, type Case, type DocumentKind, type MeetingSession } from '@tsunagu/core';
import { dvFamilyReferral, case8050 } from '../fixtures/households';
import { yearCaseClosed, yearCase } from '../fixtures/case-year';
import { sessionCases, threeCaseSession } from '../fixtures/sessions';

const dir = new URL('../../docs/examples/documents/', import.meta.url);
/** The fiscal year 2025 (令和7年度) of a small team: the cases discussed at the session, and the family's. */
const year: Case[] = [case8050, yearCaseClosed, ...sessionCases.slice(1)];
const SAMPLES: Record<string, { kind: DocumentKind | 'cases'; value: unknown; today: string }> = {
  'referral.json': { kind: 'referral', value: dvFamilyReferral, today: '2025-04-03' },
  'case.json': { kind: 'case', value: yearCase, today: '2026-03-31' },
  'meeting-session.json': { kind: 'meetingSession', value: threeCaseSession, today: '2025-07-10' },
  'cases-fy2025.json': { kind: 'cases', value: year, today: '2026-03-31' },
};
const text = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

if (process.env.WRITE_SAMPLES) for (const [file, s] of Object.entries(SAMPLES)) writeFileSync(new URL(file, dir), text(s.value));

describe('example documents (docs/examples/documents)', () => {
  it.each(Object.entries(SAMPLES))('%s is the fixture as JSON', (file, s) => {
    expect(readFileSync(new URL(file, dir), 'utf8')).toBe(text(s.value));
  });

  it.each(Object.entries(SAMPLES))('%s validates with no error', (file, s) => {
    const json = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as unknown;
    const docs = s.kind === 'cases' ? (json as unknown[]).map((c) => ['case', c] as const) : [[s.kind, json] as const];
    for (const [kind, doc] of docs) {
      const r = validate(kind as DocumentKind, doc, { today: s.today });
      expect(
        r.issues.filter((i) => i.severity === 'error'),
        file,
      ).toEqual([]);
      expect(r.ok).toBe(true);
    }
  });

  it('the year of cases makes a report: new consultations, contacts by method, the session counted once', () => {
    const cases = JSON.parse(readFileSync(new URL('cases-fy2025.json', dir), 'utf8')) as Case[];
    const session = JSON.parse(readFileSync(new URL('meeting-session.json', dir), 'utf8')) as MeetingSession;
    const fy = buildReport(cases, { sessions: [session], fiscalYear: 2025 }).fiscalYears[0]!;
    expect(fy.fiscalYear).toBe(2025);
    expect(fy.newConsultations).toBe(cases.filter((c) => c.statusHistory[0]!.date >= '2025-04-01').length);
    expect(fy.newConsultations).toBeGreaterThan(0);
    expect(fy.sessions).toBe(1);
    expect(Object.values(fy.contactsByMethod).reduce((a, b) => a + b, 0)).toBe(
      cases.flatMap((c) => c.contacts ?? []).filter((x) => x.date >= '2025-04-01' && x.date <= '2026-03-31').length,
    );
  });
});
