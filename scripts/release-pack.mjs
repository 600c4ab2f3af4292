// Writes the packages' tarballs, as `pnpm publish` would send them to a registry, into one folder
// (default: release/) — what a city can host on its own server, or install from a file:
//   npm install ./tsunagu-core-0.1.0.tgz ./tsunagu-sheets-0.1.0.tgz
// `workspace:` versions become the packages' real versions in the tarballs (pnpm pack does this).
// Usage: node scripts/release-pack.mjs [folder]   (the packages must be built: pnpm release:pack builds them)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = resolve(process.argv[2] ?? `${root}/release`);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const pkg of ['core', 'sheets']) {
  execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: `${root}/packages/${pkg}`, stdio: ['ignore', 'ignore', 'inherit'] });
}
for (const file of readdirSync(out).sort()) console.log(`${out}/${file}`);
