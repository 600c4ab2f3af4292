// The public API as reviewed: every entry point's exports, and every element's attributes,
// properties, methods and events, as committed under packages/*/api/. A change of the public API
// that does not update its report fails here (run `pnpm build && pnpm api:report`, review, commit).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { apiReports, elementsReport } from '../../scripts/api-report.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('API reports (packages/*/api)', () => {
  const reports = apiReports();

  it('cover every entry point with types, and nothing else is committed there', () => {
    const committed = ['core', 'sheets'].flatMap((pkg) =>
      existsSync(`${root}packages/${pkg}/api`) ? readdirSync(`${root}packages/${pkg}/api`).map((f) => `packages/${pkg}/api/${f}`) : [],
    );
    expect(committed.sort()).toEqual(Object.keys(reports).sort());
    expect(Object.keys(reports)).toContain('packages/core/api/core.api.md');
    expect(reports['packages/sheets/api/sheets-referral-sheet.api.md']).toContain("'tsunagu-referral-sheet': TsunaguReferralSheet");
  });

  for (const [path, text] of Object.entries(reports))
    it(`${path} is up to date`, () => {
      expect(existsSync(`${root}${path}`), `${path} missing: run pnpm api:report`).toBe(true);
      expect(readFileSync(`${root}${path}`, 'utf8'), `${path} is stale: run pnpm build && pnpm api:report, then review the diff`).toBe(
        text,
      );
    });

  it('the same reports whichever order the compiler meets the entry points in (no report depends on it)', () => {
    expect(apiReports({ reverse: true })).toEqual(reports);
  });

  it('the core report holds what the core promises, with its signature', () => {
    const core = reports['packages/core/api/core.api.md']!;
    expect(core).toMatch(/^declare function validate</m);
    expect(core).toMatch(/^declare function buildReport\(/m);
    expect(core).not.toContain('@public'); // comments are dropped: the report is the shape, not the prose
  });

  it('a changed element API shows in the element report (the check can fail)', () => {
    const manifest = JSON.parse(readFileSync(`${root}packages/sheets/custom-elements.json`, 'utf8')) as {
      modules: { declarations?: { tagName?: string; events?: { name: string }[] }[] }[];
    };
    const before = elementsReport(manifest);
    const sheet = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'tsunagu-referral-sheet')!;
    sheet.events = [...(sheet.events ?? []), { name: 'tsunagu-new-event' }];
    const after = elementsReport(manifest);
    expect(after).not.toBe(before);
    expect(after).toContain('tsunagu-new-event');
    expect(before).toContain('## `<tsunagu-referral-sheet>`');
  });
});
