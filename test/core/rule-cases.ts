/**
 * Runs a rule's passing and failing documents: each rule module has a test
 * beside it (packages/core/src/rules/<family>/<name>.test.ts) that calls this.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentKind, RuleCode } from '@tsunagu/core';
import { case8050, dvFamilyMeeting, dvFamilyPlan, dvFamilyReferral, hoardedHouseReferral } from '../fixtures/households';
import { findings, mutate } from './helpers';

export { case8050, hoardedHouseReferral, mutate };
/** The realistic valid documents the cases start from. */
export const R = dvFamilyReferral;
export const M = dvFamilyMeeting;
export const P = dvFamilyPlan;

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
    });
  });
}
