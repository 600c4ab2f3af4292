// Code fences that balance in every Markdown page: a fence left open turns the prose after it into code, on
// GitHub and in Storybook's docs pages (three pages once lost paragraphs that way, issue #31).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every .md file under `dir`, recursively. */
function markdown(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return markdown(p);
    return f.endsWith('.md') ? [p] : [];
  });
}

/**
 * Problems with a page's fenced code blocks (CommonMark): a block still open at the end of the page, and
 * a fence with a language inside an open block (```ts where ``` was meant to close the block above:
 * Markdown reads it as code, so everything up to the next fence becomes code).
 */
export function fenceProblems(text: string): string[] {
  const problems: string[] = [];
  let open: { char: string; length: number; line: number } | undefined;
  text.split('\n').forEach((line, i) => {
    const m = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)/.exec(line);
    if (!m) return;
    const [, fence, info] = m as unknown as [string, string, string];
    if (!open) open = { char: fence[0]!, length: fence.length, line: i + 1 };
    else if (fence[0] === open.char && fence.length >= open.length && info === '') open = undefined;
    else if (info !== '' && fence[0] === open.char && fence.length >= open.length)
      problems.push(`l.${i + 1}: "${line.trim()}" opens a block inside the block opened at l.${open.line}; close that one first`);
  });
  if (open) problems.push(`l.${open.line}: the block opened here is never closed`);
  return problems;
}

const pages = [
  join(root, 'README.md'),
  ...markdown(join(root, 'docs')),
  ...['core', 'sheets'].map((p) => join(root, 'packages', p, 'README.md')),
];

describe('Markdown code fences balance', () => {
  it('finds what it should: an unclosed block, and a block closed by a fence with a language', () => {
    expect(fenceProblems('text\n```ts\ncode\n```\nprose')).toEqual([]);
    expect(fenceProblems('````md\n```ts\nx\n```\n````')).toEqual([]);
    expect(fenceProblems('```js\na\n```ts\nb\n```')).toEqual([
      'l.3: "```ts" opens a block inside the block opened at l.1; close that one first',
    ]);
    expect(fenceProblems('```js\na\n')).toEqual(['l.1: the block opened here is never closed']);
  });

  it.each(pages.map((p) => [relative(root, p), p]))('%s', (_, page) => {
    expect(fenceProblems(readFileSync(page, 'utf8'))).toEqual([]);
  });
});
