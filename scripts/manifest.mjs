// Writes @tsunagu/sheets' custom-elements.json (the element manifest: Storybook's controls, editors' hints).
// Run by the package's build and by `pnpm manifest`; `npm test` runs the build and the static Storybook side
// by side, so the file is written whole, by a rename, and a reader never sees half of it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('../packages/sheets/', import.meta.url));
const tmp = mkdtempSync(join(pkg, '.manifest-'));
try {
  execFileSync(
    'pnpm',
    ['exec', 'custom-elements-manifest', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', basename(tmp)],
    { cwd: pkg, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  renameSync(join(tmp, 'custom-elements.json'), join(pkg, 'custom-elements.json'));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log('manifest: wrote packages/sheets/custom-elements.json');
