/**
 * The rules' test kit: each rule module has a test beside it (rules/<family>/<name>.test.ts) that gives
 * a passing and a failing document to {@link ruleCases}, from the realistic households of test/fixtures.
 * Test code, never imported by the package's entry points, and not in its tarball (package.json `files`).
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_POLICIES, resolvePolicy, validate, type DocumentKind, type Issue, type RuleCode, type ValidateOptions } from '../index';
import { case8050, dvFamilyMeeting, dvFamilyPlan, dvFamilyReferral, hoardedHouseReferral } from '../../../../test/fixtures/households';

export {
  mixedSession,
  mixedSessionCases,
  noConsentSession,
  sessionCaseNoConsent,
  sessionCases,
  threeCaseSession,
} from '../../../../test/fixtures/sessions';
export { case8050, hoardedHouseReferral };
export { outreachCase } from '../../../../test/fixtures/phases';
export { tsunagiCase } from '../../../../test/fixtures/tsunagi';
/** The realistic valid documents the cases start from. */
export const R = dvFamilyReferral;
export const M = dvFamilyMeeting;
export const P = dvFamilyPlan;

/** A deep copy of a document with a change applied. */
export function mutate<T>(doc: T, change: (d: T) => void): T {
  const copy = structuredClone(doc);
  change(copy);
  return copy;
}

/** Issue codes found in a document, with their paths (on 2025-04-09 unless said). */
export function findings<K extends DocumentKind>(kind: K, doc: unknown, options?: ValidateOptions): Issue[] {
  return [...validate(kind, doc, { today: '2025-04-09', ...options }).issues];
}

/** The codes of some issues. */
export const codes = (issues: readonly Issue[]): string[] => issues.map((i) => i.code);

/** A passing and a failing document for a rule. */
export interface RuleCase {
  kind: DocumentKind;
  pass: unknown;
  fail: unknown;
  /** Path expected on the failing document's issue. */
  path: string;
  /** Options for both documents, unless the failing one has its own. */
  options?: Parameters<typeof findings>[2];
  failOptions?: Parameters<typeof findings>[2];
}

export function ruleCases(code: RuleCode, rows: readonly RuleCase[]): void {
  describe(code, () => {
    it('has a passing and a failing case', () => expect(rows.length).toBeGreaterThan(0));
    rows.forEach((row, n) => {
      it(`#${n + 1}: passes`, () => {
        expect(findings(row.kind, row.pass, row.options).filter((i) => i.code === code)).toEqual([]);
      });
      it(`#${n + 1}: fails at ${row.path}`, () => {
        const on = findings(row.kind, row.fail, row.failOptions ?? row.options).filter((i) => i.code === code);
        expect(on.map((i) => i.path.join('.'))).toContain(row.path);
      });
      // The same documents under every example policy (a row written for one policy is that policy's alone): the
      // passing one passes; the failing one fails at its path with the policy's severity, or not at all where the
      // policy switches the rule off.
      if (row.options?.policy !== undefined || row.failOptions?.policy !== undefined) return;
      it(`#${n + 1}: under each example policy, as that policy sets the rule`, () => {
        for (const policy of EXAMPLE_POLICIES) {
          const setting = resolvePolicy(policy).rules[code];
          const pass = findings(row.kind, row.pass, { ...row.options, policy }).filter((i) => i.code === code);
          expect(pass, policy.id).toEqual([]);
          const on = findings(row.kind, row.fail, { ...(row.failOptions ?? row.options), policy }).filter((i) => i.code === code);
          if (setting === 'off') expect(on, policy.id).toEqual([]);
          else
            expect(
              on.filter((i) => i.path.join('.') === row.path).map((i) => i.severity),
              policy.id,
            ).toContain(setting);
        }
      });
    });
  });
}
