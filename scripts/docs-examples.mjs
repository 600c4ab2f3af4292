// `pnpm docs:examples`: copies each file of docs/examples into the docs that quote it
// (`<!-- example: docs/examples/<file> -->` before a code fence), so that a formatter or an
// edit of an example never leaves a page quoting an older version. test/core/docs-examples.test.ts
// fails when a quote differs from its file. A quote ends at a fence on its own line (```), never at the
// next block's opening (```ts): that once swallowed the prose between two blocks.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const pages = [
  ...readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md')),
  ...readdirSync(new URL('docs/ja/', root))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `ja/${f}`),
];
for (const page of pages) {
  const url = new URL(`docs/${page}`, root);
  const text = readFileSync(url, 'utf8');
  const next = text.replace(
    /(<!-- example: (\S+) -->\n```\w+\n)([\s\S]*?)(\n```)(?=\n|$)/g,
    (_, head, file, _old, tail) => `${head}${readFileSync(new URL(file, root), 'utf8').replace(/\n$/, '')}${tail}`,
  );
  if (next !== text) {
    writeFileSync(url, next);
    console.log(`docs-examples: updated docs/${page}`);
  }
}
