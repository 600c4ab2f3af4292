// A city's own project, as it meets tsunagu: the packages installed from the tarballs that
// `pnpm release:pack` writes (not the workspace, not the sources), type-checked with
// skipLibCheck off, built with Vite into a page with React 19 and Vue 3, and used on a Node server.
// See test/consumer/README.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as TS from 'typescript';
import { openLocalSite, type LocalSite } from './local-site';
import { dvFamilyReferral } from '../fixtures/households';
import type * as ServerExample from '../../docs/examples/server';
import type * as ReportExample from '../../docs/examples/report-export';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  packageManager: string;
  devDependencies: Record<string, string>;
};
/** The TypeScript examples of the docs, each compiled alone against the tarballs. */
const EXAMPLES = readdirSync(join(root, 'docs/examples'))
  .filter((f) => ['.ts', '.tsx'].includes(extname(f)))
  .sort();
const exportsOf = (pkg: string) =>
  Object.keys(
    (JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }).exports,
  );

/** What a listener reads from each event's detail: a property that exists only when the event is typed. */
const DETAIL: Record<string, string> = {
  'tsunagu-change': 'e.detail.value',
  'tsunagu-submit': 'e.detail.value',
  'tsunagu-invalid': 'e.detail.issues[0]?.path',
  'tsunagu-open-document': 'e.detail.kind',
  'tsunagu-export': 'e.detail.filename',
  'tsunagu-start-tsunagi': 'e.detail.actionId',
  'tsunagu-same-person': 'e.detail.index',
  'tsunagu-resource-pick': 'e.detail.id',
  'tsunagu-raise-theme': 'e.detail.summary',
};
const SHEET = ['tsunagu-change', 'tsunagu-submit', 'tsunagu-invalid'];
const CASE_RECORD = [...SHEET, 'tsunagu-open-document'];
const PLAN = [...SHEET, 'tsunagu-start-tsunagi'];
const REFERRAL = [...SHEET, 'tsunagu-same-person'];
const ALL_BUT_REPORT = {
  'tsunagu-referral-sheet': REFERRAL,
  'tsunagu-support-sharing-sheet': SHEET,
  'tsunagu-action-plan-sheet': PLAN,
  'tsunagu-assessment-sheet': SHEET,
  'tsunagu-case-record': CASE_RECORD,
  'tsunagu-meeting-session': SHEET,
  'tsunagu-household-map': [],
  'tsunagu-referral-reply': SHEET,
};

/** Every import path the packages export, with the elements it defines and the events a listener must see typed. */
const PATHS: Record<string, { elements: Record<string, string[]>; use?: string }> = {
  '@tsunagu/core': {
    elements: {},
    use: `import { validate } from '@tsunagu/core';\nconst r = validate('referral', {});\nif (!r.ok) console.log(r.issues[0]?.code satisfies string | undefined);`,
  },
  '@tsunagu/core/export': {
    elements: {},
    use: `import { buildReport } from '@tsunagu/core';\nimport { reportToCsv } from '@tsunagu/core/export';\nconst csv: string = reportToCsv(buildReport([]));\nconsole.log(csv);`,
  },
  '@tsunagu/core/match': {
    elements: {},
    use: `import { matchPersons } from '@tsunagu/core/match';\nconst m = matchPersons({ familyNameKana: 'ﾀｶﾊｼ' }, [{ familyNameKana: 'たかはし' }]);\nconsole.log(m[0]?.score satisfies number | undefined);`,
  },
  '@tsunagu/core/merge': {
    elements: {},
    use: `import { mergeCase, resolveMerge } from '@tsunagu/core/merge';\nimport type { Case } from '@tsunagu/core';\ndeclare const base: Case, mine: Case, theirs: Case;\nconst r = mergeCase(base, mine, theirs);\nconst c: Case = resolveMerge(r, r.conflicts.map(() => 'theirs'));\nconsole.log(c.id, r.conflicts[0]?.path);`,
  },
  '@tsunagu/core/personal-data': {
    elements: {},
    use: `import { findPersonalData, maskPersonalData } from '@tsunagu/core/personal-data';\nconst text = '森田さんから電話';\nconst spans = findPersonalData({ person: { familyName: '森田' } }, text);\nconsole.log(maskPersonalData(text, spans), spans[0]?.kind satisfies string | undefined);`,
  },
  '@tsunagu/core/directory': {
    elements: {},
    use: `import { indexDirectory, directoryToHsds, type Directory } from '@tsunagu/core/directory';\ndeclare const directory: Directory;\nconst hits = indexDirectory(directory).search({ text: 'さろん' });\nconsole.log(hits[0]?.name satisfies string | undefined, directoryToHsds(directory).services.length);`,
  },
  // The classes and the kit, defining nothing (no side effects): the events are typed wherever they bubble to.
  '@tsunagu/sheets': {
    elements: {},
    use: `import { TsunaguReferralSheet, defineOnce } from '@tsunagu/sheets';\ndefineOnce('city-referral-sheet', class extends TsunaguReferralSheet {});\n${Object.entries(
      DETAIL,
    )
      .map(([event, read]) => `document.body.addEventListener('${event}', (e) => console.log(${read}));`)
      .join('\n')}`,
  },
  '@tsunagu/sheets/referral-sheet': { elements: { 'tsunagu-referral-sheet': REFERRAL } },
  '@tsunagu/sheets/support-sharing-sheet': { elements: { 'tsunagu-support-sharing-sheet': SHEET } },
  '@tsunagu/sheets/action-plan-sheet': { elements: { 'tsunagu-action-plan-sheet': PLAN } },
  '@tsunagu/sheets/assessment-sheet': { elements: { 'tsunagu-assessment-sheet': SHEET } },
  '@tsunagu/sheets/case-record': { elements: { 'tsunagu-case-record': CASE_RECORD } },
  '@tsunagu/sheets/household-map': { elements: { 'tsunagu-household-map': [] } },
  '@tsunagu/sheets/meeting-session': { elements: { 'tsunagu-meeting-session': SHEET } },
  '@tsunagu/sheets/referral-reply': { elements: { 'tsunagu-referral-reply': SHEET } },
  '@tsunagu/sheets/resource-directory': { elements: { 'tsunagu-resource-directory': ['tsunagu-resource-pick'] } },
  '@tsunagu/sheets/community-issues': { elements: { 'tsunagu-community-issues': ['tsunagu-raise-theme'] } },
  '@tsunagu/sheets/report-view': { elements: { 'tsunagu-report-view': ['tsunagu-export'] } },
  '@tsunagu/sheets/standalone': { elements: ALL_BUT_REPORT },
  '@tsunagu/sheets/resource-directory-standalone': { elements: { 'tsunagu-resource-directory': ['tsunagu-resource-pick'] } },
  '@tsunagu/sheets/report-view-standalone': {
    elements: { 'tsunagu-report-view': ['tsunagu-export'], 'tsunagu-community-issues': ['tsunagu-raise-theme'] },
  },
};

/** A file that imports one path and uses what it promises: each element by tag, each of its events' details. */
function probe(path: string, importIt = true): string {
  const { elements, use } = PATHS[path]!;
  const lines = use ? [use] : [importIt ? `import '${path}';` : '// (not imported)'];
  for (const [tag, events] of Object.entries(elements)) {
    const name = tag.replace(/\W/g, '_');
    lines.push(`const ${name} = document.createElement('${tag}');`);
    // The tag map types the element: a property only the element class has.
    lines.push(
      `console.log(${name}.${tag === 'tsunagu-household-map' ? 'value' : tag === 'tsunagu-report-view' ? 'value' : tag === 'tsunagu-resource-directory' ? 'index' : tag === 'tsunagu-community-issues' ? 'rows' : 'validate'});`,
    );
    for (const event of events) lines.push(`${name}.addEventListener('${event}', (e) => console.log(${DETAIL[event]}));`);
  }
  return `${lines.join('\n')}\nexport {};\n`;
}

let dir: string;
let ts: typeof TS;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tsunagu-consumer-'));
  const tarballs = execFileSync('node', [join(root, 'scripts/release-pack.mjs'), join(dir, 'tarballs')], { encoding: 'utf8' })
    .trim()
    .split('\n');
  const tarball = (name: string) => `file:${tarballs.find((t) => t.includes(`tsunagu-${name}-`))!}`;
  cpSync(join(root, 'test/consumer'), dir, { recursive: true });
  cpSync(join(root, 'docs/examples'), join(dir, 'src/docs'), { recursive: true });
  const v = rootPackage.devDependencies;
  const pkg = {
    name: 'city-portal',
    private: true,
    type: 'module',
    packageManager: rootPackage.packageManager,
    dependencies: {
      '@tsunagu/core': tarball('core'),
      '@tsunagu/sheets': tarball('sheets'),
      react: v['react'],
      'react-dom': v['react-dom'],
      vue: v['vue'],
      // A sheet of one's own is a Lit element: the app depends on lit itself (docs/sheet-kit.md).
      lit: v['lit'],
    },
    devDependencies: {
      typescript: v['typescript'],
      vite: v['vite'],
      '@types/react': v['@types/react'],
      '@types/react-dom': v['@types/react-dom'],
      '@types/node': v['@types/node'],
    },
    // The sheets' tarball asks for @tsunagu/core 0.1.x from a registry; here it is the tarball beside it.
    pnpm: { overrides: { '@tsunagu/core': tarball('core') } },
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  // From pnpm's store, which the workspace's install has filled; the registry only for what it lacks.
  execFileSync('pnpm', ['install', '--prefer-offline', '--reporter=silent'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0', COREPACK_INTEGRITY_KEYS: '0', CI: 'true' },
  });
  ts = createRequire(join(dir, 'package.json'))('typescript') as typeof TS;
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The consumer's compiler, made once: its options, and a host that parses each declaration file once for every program. */
let compiler: { options: TS.CompilerOptions; host: TS.CompilerHost; old?: TS.Program } | undefined;

/**
 * Type-checks each file as a program of its own (no file lends another its global types); the diagnostics, as text, per file.
 * TypeScript's own `lib.*.d.ts` are not checked again for every program (`skipDefaultLibCheck`): they say nothing about the
 * packages, and checking lib.dom.d.ts was most of each program's time. Every other declaration file is checked (skipLibCheck: false).
 */
function typeCheck(files: string[]): Record<string, string[]> {
  if (!compiler) {
    const config = ts.getParsedCommandLineOfConfigFile(
      join(dir, 'tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
    )!;
    const options = { ...config.options, skipDefaultLibCheck: true };
    const host = ts.createCompilerHost(options);
    const cache = new Map<string, TS.SourceFile | undefined>();
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, lang, onError, create) => {
      // The probes are written by the tests: read again; declaration files, once.
      if (!name.endsWith('.d.ts')) return getSourceFile(name, lang, onError, create);
      if (!cache.has(name) || create) cache.set(name, getSourceFile(name, lang, onError, create));
      return cache.get(name);
    };
    compiler = { options, host };
  }
  const out: Record<string, string[]> = {};
  for (const file of files) {
    const program = ts.createProgram([file], compiler.options, compiler.host, compiler.old);
    compiler.old = program;
    out[file.slice(dir.length + 1)] = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${d.file.fileName.slice(dir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
  }
  return out;
}

describe('a project that installs the tarballs', () => {
  it('every import path the packages export is probed here', () => {
    const exported = [
      ...exportsOf('core').map((p) => p.replace('.', '@tsunagu/core')),
      ...exportsOf('sheets').map((p) => p.replace('.', '@tsunagu/sheets')),
    ].filter((p) => !p.endsWith('.json'));
    expect(exported.sort()).toEqual(Object.keys(PATHS).sort());
  });

  it('installs no second copy of lit or of the core, and nothing from the workspace', () => {
    const sheets = readFileSync(join(dir, 'node_modules/@tsunagu/sheets/package.json'), 'utf8');
    expect(sheets).not.toContain('workspace:');
    const store = readdirSync(join(dir, 'node_modules/.pnpm'));
    expect(store.filter((d) => /^lit@/.test(d))).toHaveLength(1);
    expect(store.filter((d) => d.startsWith('@tsunagu+core@'))).toHaveLength(1);
    for (const pkg of ['core', 'sheets'])
      expect(existsSync(join(dir, `node_modules/@tsunagu/${pkg}/LICENSE`)), `${pkg} ships its licence`).toBe(true);
  });

  // One test per path, each a program of its own: a loaded 2-core machine (Chromium beside it) once took
  // 187 s for all twelve in one test. The limits are against hangs, not timing assertions.
  it.each(Object.keys(PATHS))(
    '%s, imported alone, types its elements and their events (skipLibCheck: false)',
    (path) => {
      const file = join(dir, 'src', `path-${path.replace(/\W+/g, '-')}.ts`);
      writeFileSync(file, probe(path));
      expect(typeCheck([file])).toEqual({ [file.slice(dir.length + 1)]: [] });
    },
    120_000,
  );

  it('the same probe fails when the path is not imported: the check above can fail', () => {
    writeFileSync(join(dir, 'src', 'not-imported.ts'), probe('@tsunagu/sheets/referral-sheet', false));
    const diagnostics = typeCheck([join(dir, 'src', 'not-imported.ts')])['src/not-imported.ts']!;
    // The element is a plain HTMLElement: no validate(), and its events have no detail.
    expect(diagnostics.some((d) => d.includes('TS2339') && d.includes("'validate'"))).toBe(true);
    expect(diagnostics.filter((d) => d.includes('TS2339') && d.includes("'detail'"))).toHaveLength(REFERRAL.length);
  }, 60_000);

  it('docs/examples holds the examples probed below', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(8);
  });

  it.each(EXAMPLES)(
    'docs/examples/%s compiles on its own against the installed packages',
    (example) => {
      const file = join(dir, 'src/docs', example);
      expect(typeCheck([file])).toEqual({ [file.slice(dir.length + 1)]: [] });
    },
    120_000,
  );

  it('the docs’ server examples run in Node on the installed core', async () => {
    const compile = (name: string) => {
      const source = readFileSync(join(dir, 'src/docs', `${name}.ts`), 'utf8');
      const js = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      }).outputText;
      writeFileSync(join(dir, `${name}.mjs`), js);
      return pathToFileURL(join(dir, `${name}.mjs`)).href;
    };
    const server = (await import(/* @vite-ignore */ compile('server'))) as typeof ServerExample;
    expect(server.receiveReferral(JSON.stringify(dvFamilyReferral)).status).toBe(201);
    const refused = server.receiveReferral(
      JSON.stringify({ ...dvFamilyReferral, content: { ...dvFamilyReferral.content, problemView: '' } }),
    );
    expect(refused.status).toBe(422);
    expect(refused.issues?.map((i) => i.code)).toContain('referral.problemViewRequired');
    expect(server.receiveReferral('{').status).toBe(400);
    // The example documents ship in the core's tarball, by their export path.
    writeFileSync(
      join(dir, 'examples.mjs'),
      "export { default as referral } from '@tsunagu/core/examples/referral.json' with { type: 'json' };\n" +
        "export { default as cases } from '@tsunagu/core/examples/cases-fy2025.json' with { type: 'json' };\n",
    );
    const examples = (await import(/* @vite-ignore */ pathToFileURL(join(dir, 'examples.mjs')).href)) as {
      referral: unknown;
      cases: unknown[];
    };
    expect(server.receiveReferral(JSON.stringify(examples.referral)).status).toBe(201);
    expect(examples.cases.length).toBeGreaterThan(1);

    const report = (await import(/* @vite-ignore */ compile('report-export'))) as typeof ReportExample;
    const written = await report.exportFiscalYear([], [], 2025, dir);
    expect(readFileSync(written[0]!, 'utf8').startsWith('\uFEFF')).toBe(true);
    expect(readFileSync(written[1]!).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('the same project built with Vite, in Chromium', () => {
  let site: LocalSite;
  beforeAll(async () => {
    execFileSync(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    const out = join(dir, 'dist');
    site = await openLocalSite((req, res) => {
      if (req.method === 'POST') return void res.writeHead(201).end();
      if (req.url === '/favicon.ico') return void res.writeHead(204).end();
      const file = join(out, req.url === '/' ? 'index.html' : req.url!.split('?')[0]!);
      if (!file.startsWith(out) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' }).end(readFileSync(file));
    });
  }, 120_000);
  afterAll(() => site?.close());

  it('React, Vue and a plain sheet share one lit, and each submits its referral', async () => {
    const page = await site.browser.newPage();
    try {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(site.origin);
      await page.waitForFunction(
        () => document.querySelectorAll('tsunagu-referral-sheet').length === 3 && customElements.get('tsunagu-referral-sheet'),
      );
      expect(await page.evaluate(() => (globalThis as { litHtmlVersions?: string[] }).litHtmlVersions?.length)).toBe(1);
      const posted = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/referrals'));
      await page.evaluate(
        async (doc) => {
          for (const sheet of document.querySelectorAll('tsunagu-referral-sheet')) {
            sheet.value = doc as never;
            await sheet.updateComplete;
            sheet.submit();
          }
        },
        JSON.parse(JSON.stringify(dvFamilyReferral)) as unknown,
      );
      await posted;
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { received: { from: string }[] }).received.map((r) => r.from).sort()))
        .toEqual(['react', 'vue']);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});
