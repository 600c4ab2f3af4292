import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { measureSizes, TARGETS } from '../../scripts/bench/sizes.mjs';

const { budgets } = JSON.parse(readFileSync(new URL('../../size-budgets.json', import.meta.url), 'utf8')) as {
  budgets: Record<string, number>;
};

describe('size budgets (gzip, deterministic; see size-budgets.json)', async () => {
  const sizes = (await measureSizes()) as Record<string, { min: number; gzip: number; brotli: number; inputs: string[] }>;
  it('has a budget for everything measured', () => {
    expect(Object.keys(budgets).sort()).toEqual(Object.keys(TARGETS).sort());
  });
  // The CSV and Excel writers load when an export is asked for (a dynamic import), never with a page's components.
  const browserBundles = Object.keys(sizes).filter((n) => !n.startsWith('core'));
  it.each(browserBundles)('%s: holds none of @tsunagu/core/export (its modules are in no browser bundle)', (name) => {
    expect(sizes[name]!.inputs.some((i) => i.includes('packages/core/src/export/'))).toBe(false);
  });
  it('the export entry itself is measured from those modules (the check above can fail)', () => {
    expect(sizes['core/export: reportToXlsx and reportToCsv']!.inputs.some((i) => i.includes('packages/core/src/export/'))).toBe(true);
  });
  for (const [name, budget] of Object.entries(budgets)) {
    it(`${name}: ${(sizes[name]!.gzip / 1024).toFixed(2)} KiB ≤ ${budget} KiB`, () => {
      expect(sizes[name]!.gzip / 1024).toBeLessThanOrEqual(budget);
    });
  }
});
