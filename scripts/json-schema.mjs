// Writes a JSON Schema (draft 2020-12) for every document into packages/core/schema/,
// generated from the built zod schemas, with tsunagu's field marks (personal, reported).
// Run by @tsunagu/core's build; backends in other languages use these files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';

const root = new URL('../packages/core/', import.meta.url);
const core = await import(new URL('dist/index.js', root).href);
const out = fileURLToPath(new URL('schema/', root));
mkdirSync(out, { recursive: true });

const { jsonSchemas } = await import('./docs-reference.mjs');
const schemas = jsonSchemas(core, z);
for (const [file, text] of Object.entries(schemas)) writeFileSync(`${out}${file}`, text);
console.log(`json-schema: wrote ${Object.keys(schemas).length} files (schemas and their field marks) to packages/core/schema/`);
