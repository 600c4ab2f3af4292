import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { measureSizes, TARGETS } from '../../scripts/bench/sizes.mjs';

const { budgets } = JSON.parse(readFileSync(new URL('../../size-budgets.json', import.meta.url), 'utf8')) as { budgets: Record<string, number> };

describe('size budgets (gzip, deterministic; see size-budgets.json)', async () => {
  const sizes = (await measureSizes()) as Record<string, { min: number; gzip: number; brotli: number }>;
  it('has a budget for everything measured', () => {
    expect(Object.keys(budgets).sort()).toEqual(Object.keys(TARGETS).sort());
  });
  for (const [name, budget] of Object.entries(budgets)) {
    it(`${name}: ${(sizes[name]!.gzip / 1024).toFixed(2)} KiB ≤ ${budget} KiB`, () => {
      expect(sizes[name]!.gzip / 1024).toBeLessThanOrEqual(budget);
    });
  }
});
