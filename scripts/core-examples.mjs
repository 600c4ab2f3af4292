// Copies the example documents (docs/examples/documents/*.json) into packages/core/examples/, so that
// the core's tarball ships them: `import referral from '@tsunagu/core/examples/referral.json' with { type: 'json' }`.
// Run by @tsunagu/core's build; test/core/sample-documents.test.ts checks that each validates.
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../docs/examples/documents/', import.meta.url));
const to = fileURLToPath(new URL('../packages/core/examples/', import.meta.url));
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
console.log('core-examples: copied docs/examples/documents/ to packages/core/examples/');
