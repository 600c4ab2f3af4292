// The unreleased changes, as `pnpm release:version` will turn them into each package's CHANGELOG.md and
// version: run on a scratch copy of the workspace's manifests, every changeset's title reaches the changelog
// of each package it names, in the GOV.UK Frontend manner (each line says its kind first).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const changesets = readdirSync(join(root, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');

/** A changeset's packages and the first line of its summary. */
function parse(file: string): { packages: string[]; title: string } {
  const text = readFileSync(join(root, '.changeset', file), 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { packages: [...front.matchAll(/"(@tsunagu\/[a-z]+)"/g)].map((m) => m[1]!), title: body.trim().split('\n')[0]! };
}

describe('changesets', () => {
  it('each starts with its kind: Breaking change, New feature or Fix', () => {
    expect(changesets.length).toBeGreaterThan(0);
    for (const f of changesets) expect(parse(f).title, f).toMatch(/^\*\*(Breaking change|New feature|Fix):\*\* /);
  });

  it('`changeset version` writes every one into the changelog of each package it names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-changesets-'));
    try {
      for (const f of ['package.json', 'pnpm-workspace.yaml', '.changeset']) cpSync(join(root, f), join(dir, f), { recursive: true });
      for (const pkg of ['core', 'sheets']) {
        mkdirSync(join(dir, 'packages', pkg), { recursive: true });
        for (const f of ['package.json', 'CHANGELOG.md']) cpSync(join(root, 'packages', pkg, f), join(dir, 'packages', pkg, f));
      }
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
      execFileSync('node', [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], { cwd: dir, stdio: 'pipe' });
      for (const f of changesets) {
        const { packages, title } = parse(f);
        for (const name of packages)
          expect(readFileSync(join(dir, 'packages', name.split('/')[1]!, 'CHANGELOG.md'), 'utf8'), `${f} in ${name}`).toContain(title);
      }
      const version = (pkg: string) =>
        (JSON.parse(readFileSync(join(dir, 'packages', pkg, 'package.json'), 'utf8')) as { version: string }).version;
      // Linked: the two packages move together; 0.x, so a breaking change is a minor version.
      expect(version('core')).toBe(version('sheets'));
      expect(version('core')).toMatch(/^0\.\d+\.\d+$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
