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

const documents = {
  referral: core.Referral,
  'support-sharing': core.SupportSharing,
  'action-plan': core.ActionPlan,
  case: core.Case,
};

for (const [name, schema] of Object.entries(documents)) {
  const json = z.toJSONSchema(schema, { metadata: core.fieldMeta, target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  json.$id = `https://tsunagu.invalid/schema/${core.SCHEMA_VERSION}/${name}.schema.json`;
  json.title = `tsunagu ${name} (schema ${core.SCHEMA_VERSION})`;
  writeFileSync(`${out}${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`json-schema: wrote ${Object.keys(documents).length} schemas to packages/core/schema/`);
