// Runs axe-core over every story of the static Storybook, in Japanese and in English,
// in Debian's Chromium: `pnpm a11y:report`, run before a release. It writes
// docs/accessibility-report.md and exits non-zero on any violation. (npm test runs axe
// on every story in both languages already, each in its own test: the `stories (ja)` and
// `stories (en)` vitest projects; this is the same audit over the built Storybook.)
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = join(root, 'storybook-static/');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** @param {{ executablePath?: string; args?: string[] }} [options] */
export async function audit({ executablePath = '/usr/bin/chromium', args = [] } = {}) {
  if (!existsSync(join(dir, 'index.json'))) throw new Error('run `pnpm build-storybook` first');
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(dir, decodeURIComponent(path.slice(1)) || 'index.html'));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath, args, headless: true });
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  const rules = new Set();
  const applicable = new Set();
  const results = [];
  const jobs = stories.flatMap((story) => ['ja', 'en'].map((locale) => ({ story, locale })));
  // Two pages at a time, one per core of our machines.
  const worker = async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const { story, locale } = job;
      {
        await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=locale:${locale}`, {
          waitUntil: 'load',
          timeout: 120_000,
        });
        // Rendered: the story's sheets have drawn their shadow content (or the story has plain content).
        await page.waitForFunction(
          () => {
            const root = document.querySelector('#storybook-root');
            if (!root || root.childElementCount === 0) return false;
            const sheets = [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('tsunagu-'));
            return sheets.every((e) => e.shadowRoot?.querySelector('h2'));
          },
          null,
          { timeout: 60_000 },
        );
        await page.waitForTimeout(50);
        await page.addScriptTag({ content: axeSource });
        const r = await page.evaluate(async (tags) => {
          // Storybook's a11y addon may be running axe on the story right now: wait for it.
          const run = async () => {
            for (let i = 0; ; i++) {
              try {
                return await window.axe.run('#storybook-root', {
                  runOnly: { type: 'tag', values: tags },
                  rules: { region: { enabled: false } },
                });
              } catch (e) {
                if (i > 100 || !/already running/.test(String(e))) throw e;
                await new Promise((r) => setTimeout(r, 100));
              }
            }
          };
          // Like Storybook's a11y addon: check the story, not the page around it.
          const res = await run();
          return {
            ids: [...res.passes, ...res.violations, ...res.incomplete, ...res.inapplicable].map((x) => x.id),
            applicable: [...res.passes, ...res.violations, ...res.incomplete].map((x) => x.id),
            violations: res.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
            incomplete: res.incomplete.map((v) => v.id),
          };
        }, TAGS);
        r.ids.forEach((id) => rules.add(id));
        r.applicable.forEach((id) => applicable.add(id));
        results.push({
          story: story.id,
          title: `${story.title} / ${story.name}`,
          locale,
          violations: r.violations,
          incomplete: r.incomplete,
        });
      }
    }
    await page.close();
  };
  try {
    await Promise.all([worker(), worker()]); // one per core: axe is CPU-bound
    results.sort((a, b) => (a.story + a.locale).localeCompare(b.story + b.locale));
  } finally {
    await browser.close();
    server.close();
  }
  return {
    rules: [...rules].sort(),
    applicable: [...applicable].sort(),
    results,
    axeVersion: JSON.parse(readFileSync(createRequire(import.meta.url).resolve('axe-core/package.json'), 'utf8')).version,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { writeFileSync } = await import('node:fs');
  const r = await audit({
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const violations = r.results.flatMap((x) => x.violations.map((v) => ({ ...v, title: x.title, locale: x.locale })));
  const incomplete = new Map();
  for (const x of r.results) for (const id of x.incomplete) incomplete.set(id, (incomplete.get(id) ?? 0) + 1);
  const lines = [
    '# Accessibility report',
    '',
    '<!-- Written by `pnpm a11y:report` (scripts/a11y/audit.mjs). Do not edit by hand. -->',
    '',
    `axe-core ${r.axeVersion} in headless Chromium, over every story of the static Storybook in Japanese and in English: **${r.results.length} story renderings**, ${r.rules.length} rules run (WCAG 2.0, 2.1 and 2.2 A and AA, and best practices), ${r.applicable.length} of them applicable to what the sheets render, **${violations.length} violations**. \`pnpm a11y:report\` writes this report before a release and fails on any violation; \`npm test\` runs axe on every story in both languages, each story its own test.`,
    '',
    '## Violations',
    '',
    violations.length ? violations.map((v) => `- ${v.title} (${v.locale}): \`${v.id}\` at ${v.nodes.join(', ')}`).join('\n') : 'None.',
    '',
    '## Needs review (axe could not decide)',
    '',
    incomplete.size ? [...incomplete].map(([id, n]) => `- \`${id}\`: ${n} renderings`).join('\n') : 'None.',
    '',
    '## Rules that applied',
    '',
    r.applicable.map((id) => `\`${id}\``).join(', '),
    '',
  ];
  writeFileSync(join(root, 'docs/accessibility-report.md'), lines.join('\n'));
  console.log(
    `a11y: ${r.results.length} renderings, ${r.rules.length} rules, ${violations.length} violations; wrote docs/accessibility-report.md`,
  );
  if (violations.length > 0 || r.results.length === 0) process.exit(1);
}
