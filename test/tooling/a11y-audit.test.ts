import { expect, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { audit } from '../../scripts/a11y/audit.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../../vitest.config';

interface Result { title: string; locale: string; violations: { id: string; nodes: string[] }[] }

it('axe finds no violation in any story, in Japanese or English (static Storybook)', async () => {
  const r = (await audit({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })) as { rules: string[]; applicable: string[]; results: Result[] };
  mkdirSync(new URL('../../.vitest-results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('../../.vitest-results/a11y.json', import.meta.url), JSON.stringify(r, null, 1));
  expect(r.results.length).toBeGreaterThan(60);
  expect(r.rules.length).toBeGreaterThan(80); // every rule of the tags ran
  expect(r.applicable.length).toBeGreaterThan(30);
  const found = r.results.flatMap((x) => x.violations.map((v) => `${x.title} (${x.locale}): ${v.id} at ${v.nodes.join(', ')}`));
  expect(found).toEqual([]);
}, 300_000);
