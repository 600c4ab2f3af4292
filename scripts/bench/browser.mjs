// The browser half of `pnpm bench` (issue #20): every component's first render and interactions,
// printing, the bare Lit baseline and the peer (react-jsonschema-form), each measured twice — at
// Chromium's normal speed and with the CPU slowed 4× through CDP (`Emulation.setCPUThrottlingRate`),
// the slow municipal PC. Figures are milliseconds from the start of an action to the laid-out
// result (scripts/bench/page.js), medians of several samples.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright';

/** The two CPU profiles: a fast developer machine, and the same CPU slowed four times. */
export const PROFILES = [
  { key: 'normal', rate: 1 },
  { key: 'slow', rate: 4 },
];
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
// react-jsonschema-form's ajv validator compiles schemas with `new Function`, and React writes
// inline styles: its page needs `'unsafe-eval'` and inline styles, which the sheets do not.
export const PEER_CSP = "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'";

const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Serves the standalone bundles, the report view, the baseline, the peer and the page helpers, and
 * returns a measuring harness on one Chromium page.
 */
export async function openHarness(root, { sources = false, readable = false } = {}) {
  const bundle = async (entry, extra = {}) =>
    (
      await build({
        entryPoints: [root + entry],
        bundle: true,
        minify: !readable,
        write: false,
        format: 'esm',
        platform: 'browser',
        logLevel: 'silent',
        ...extra,
      })
    ).outputFiles[0].contents;
  // For checks between runs: the standalone bundles built from the sources (no `pnpm build`); for
  // profiles, also unminified, so functions keep their names.
  const fromSources = {
    conditions: ['@tsunagu/source', 'browser', 'import', 'default'],
    alias: {
      '@tsunagu/core/export': root + 'packages/core/src/export/index.ts',
      '@tsunagu/core/directory': root + 'packages/core/src/directory/index.ts',
      '@tsunagu/core': root + 'packages/core/src/index.ts',
    },
    charset: 'utf8',
    target: 'es2022',
  };
  const peer = await bundle('scripts/bench/peer-rjsf.js', { define: { 'process.env.NODE_ENV': '"production"' } });
  const site = {
    '/baseline.js': await bundle('scripts/bench/baseline-form.js'),
    '/peer.js': peer,
    '/page.js': readFileSync(root + 'scripts/bench/page.js'),
    ...(sources || readable
      ? {
          '/dist/tsunagu-sheets.js': await bundle('packages/sheets/src/standalone.ts', fromSources),
          '/dist/tsunagu-report-view.js': await bundle('packages/sheets/src/report-view-standalone.ts', fromSources),
          '/dist/tsunagu-resource-directory.js': await bundle('packages/sheets/src/resource-directory-standalone.ts', fromSources),
        }
      : {}),
    '/': Buffer.from(
      '<!doctype html><html lang="ja"><head><meta charset="utf-8"><script type="module" src="/page.js"></script><script type="module" src="/dist/tsunagu-sheets.js"></script><script type="module" src="/dist/tsunagu-report-view.js"></script><script type="module" src="/dist/tsunagu-resource-directory.js"></script><script type="module" src="/baseline.js"></script></head><body></body></html>',
    ),
    '/peer': Buffer.from(
      '<!doctype html><html lang="ja"><head><meta charset="utf-8"><script type="module" src="/page.js"></script><script type="module" src="/peer.js"></script></head><body></body></html>',
    ),
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    let body = site[path];
    if (!body && path.startsWith('/dist/') && !path.includes('..'))
      try {
        body = readFileSync(root + 'packages/sheets' + path);
      } catch {
        /* 404 */
      }
    if (!body) return void res.writeHead(404).end();
    res
      .writeHead(200, {
        'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html',
        'content-security-policy': path === '/peer' ? PEER_CSP : CSP,
      })
      .end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: launchArgs,
  });
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  const violations = [];
  const errors = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Trusted Type/i.test(m.text()) && !page.url().endsWith('/peer')) violations.push(m.text());
    else if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
  });
  const throttle = (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate });
  /** A freshly loaded page (cold templates, as on a portal page), loaded at full speed, then slowed. */
  const fresh = async (rate, path = '/') => {
    await throttle(1);
    await page.goto(origin + path);
    await page.waitForFunction(
      (peer) =>
        globalThis.bench &&
        (peer
          ? globalThis.renderPeer
          : customElements.get('tsunagu-report-view') &&
            customElements.get('tsunagu-resource-directory') &&
            customElements.get('bench-baseline-form')),
      path === '/peer',
    );
    await throttle(rate);
  };
  return {
    page,
    cdp,
    fresh,
    throttle,
    violations,
    errors,
    peerBytes: peer.length,
    version: () => browser.version(),
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** Counts the form controls a component renders empty (for the baseline with the same fields). */
export const fieldCount = (h, tag) =>
  h.page.evaluate(async (tag) => {
    await bench.first(tag);
    const n = benchEl.shadowRoot.querySelectorAll('input, select, textarea').length;
    benchEl.remove();
    return n;
  }, tag);

/** First render of a component in a fresh page; `data` is { props, attrs }. */
export const firstRender = (h, tag, data = {}) => h.page.evaluate(([tag, d]) => bench.first(tag, d.props, d.attrs), [tag, data]);

/** First render of the peer form (synchronous React commit, then layout), and its controls. */
export const peerRender = (h) =>
  h.page.evaluate(() => {
    const t0 = performance.now();
    const host = renderPeer();
    bench.layout();
    return { ms: performance.now() - t0, fields: host.querySelectorAll('input, select, textarea').length };
  });

/** Keystrokes in the peer's first text area (React's value setter, so its onChange sees them); React commits before the next task. */
export const peerKeystrokes = (h, n) =>
  h.page.evaluate(async (n) => {
    const host = renderPeer();
    const field = host.querySelector('textarea') ?? host.querySelector('input[type=text]');
    const set = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set;
    const out = [];
    for (let i = 0; i < n; i++) {
      await bench.afterFrame(); // as the sheets' keystrokes: not paying for the last one's paint
      const t0 = performance.now();
      set.call(field, `${field.value}あ`);
      field.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'あ', inputType: 'insertText' }));
      await bench.macrotask();
      bench.layout();
      out.push(performance.now() - t0);
    }
    if (!field.value.endsWith('あ'.repeat(n))) throw new Error('peer keystrokes were lost');
    return out;
  }, n);

/**
 * Interactions on a mounted component: `mount` is { tag, props, attrs }; `action` names one of the
 * page-side actions below; each is repeated `n` times and every repetition timed to layout. The
 * action stays armed for more repetitions (`repeatAction`).
 */
export async function interaction(h, mount, action, n, before) {
  await h.page.evaluate(
    async ([m, action, before]) => {
      await bench.first(m.tag, m.props, m.attrs);
      if (before) await bench.step(() => benchEl.shadowRoot.querySelector(before).click());
      const sr = () => benchEl.shadowRoot;
      const $ = (sel) => {
        const x = sr().querySelector(sel);
        if (!x) throw new Error(`bench: no ${sel} in ${m.tag}`);
        return x;
      };
      const radios = (fieldset) => [...$(fieldset).querySelectorAll('input[type=radio]')];
      const actions = {
        // A character typed into a text field.
        type: (sel) => () => bench.step(() => bench.type($(sel))),
        // The directory's search as typed: さ, さろ, さろん, again and again (each a search of 2,000 entries).
        search: (sel) => (i) =>
          bench.step(() => {
            const f = $(sel);
            f.value = 'さろん'.slice(0, (i % 3) + 1);
            f.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: f.value.at(-1), inputType: 'insertText' }));
          }),
        // A field left for the first time (focus moves on, as Tab does): the i-th row's task to its result.
        leaveRow: () => (i) => {
          $(`#f-actions-${i}-task`).focus();
          return bench.step(() => $(`#f-actions-${i}-result`).focus());
        },
        // The list's add button: a new row, focused.
        add: (sel) => () => bench.step(() => $(sel).click()),
        // Another option of a radio group (the meeting's kind), back and forth.
        radio: (sel) => (i) => bench.step(() => radios(sel)[i % 2 ? 0 : 1].click()),
        // A kind of timeline entry hidden, then shown again.
        kindFilter: () => () =>
          bench.step(() =>
            [...sr().querySelectorAll('input[type=checkbox][data-view]')]
              .find((c) => c.parentElement.textContent.includes('支援経過'))
              .click(),
          ),
        // The timeline narrowed to one person, then to everyone again.
        memberFilter: () => (i) =>
          bench.step(() => {
            const s = $('#timeline-member');
            bench.pick(s, i % 2 ? '' : s.options[1].value);
          }),
        // A document in the timeline opened (its sheet embedded, read-only) and closed again.
        openDocument: () => () => bench.step(() => [...sr().querySelectorAll('.entry.referral button[aria-expanded]')][0].click()),
        // The component re-rendered in the other language.
        language: () => (i) => bench.step((el) => el.setAttribute('lang', i % 2 ? 'ja' : 'en')),
        // A new value: one more support for the first member.
        newValue: () => (i) =>
          bench.step((el) => {
            const v = structuredClone(el.value);
            v.household.members[0].agencies.push({ name: `追加の支援${i}`, field: 'community' });
            el.value = v;
          }),
      };
      const [name, arg] = action;
      globalThis.benchAct = actions[name](arg);
    },
    [mount, action, before],
  );
  return repeatAction(h, n);
}

/** The action `interaction` armed, `n` more times, each timed to layout. */
export const repeatAction = (h, n) =>
  h.page.evaluate(async (n) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push(await globalThis.benchAct(i));
    return out;
  }, n);

/**
 * Printing: from the page's switch to print media (CDP `Emulation.setEmulatedMedia`, as Ctrl+P
 * does) to the paper layout laid out; then the PDF Chromium prints, with its pages.
 */
export async function printCost(h, mount) {
  await h.page.evaluate((m) => bench.first(m.tag, m.props, m.attrs), mount);
  await h.page.evaluate(() => bench.armPrint());
  await h.cdp.send('Emulation.setEmulatedMedia', { media: 'print' });
  const ms = await h.page.evaluate(() => bench.printed);
  await h.cdp.send('Emulation.setEmulatedMedia', { media: '' });
  return ms;
}

/** Chromium's PDF of the mounted component on A4 (wall time from Node, and its pages). */
export async function pdfOf(h, mount) {
  await h.page.evaluate((m) => bench.first(m.tag, m.props, m.attrs), mount);
  const t0 = performance.now();
  const pdf = await h.page.pdf({ format: 'A4', preferCSSPageSize: true });
  const ms = performance.now() - t0;
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { ms, pages };
}
