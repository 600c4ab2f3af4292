// The layout of the sources. The import map of the packages' sources: no module reaches itself through its imports, type-only
// imports included. A circle makes the order of evaluation depend on which module is imported first,
// hides layering (a rule importing the policy that configures it) and defeats tree-shaking.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every hand-written or generated module of packages/<pkg>/src (tests excluded). */
function sources(pkg: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) out.push(path);
    }
  };
  walk(join(root, 'packages', pkg, 'src'));
  return out;
}

/** The modules a file imports or re-exports from relative paths, `import type` and `export … from` included. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => {
      const base = resolve(dirname(file), spec.replace(/\.js$/, ''));
      const found = [`${base}.ts`, join(base, 'index.ts'), base].find((c) => existsSync(c) && statSync(c).isFile());
      if (!found) throw new Error(`${relative(root, file)}: cannot resolve ${spec}`);
      return found;
    });
}

/** The strongly connected components of more than one module (or a module importing itself): Tarjan's algorithm. */
export function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the import map', () => {
  it('finds a circle when there is one (the check can fail)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
      ['e', ['e']],
    ]);
    expect(circles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(
      circles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  for (const pkg of ['core', 'sheets']) {
    it(`has no import circle in packages/${pkg}/src, type-only imports included`, () => {
      const files = sources(pkg);
      expect(files.length).toBeGreaterThan(20);
      const graph = new Map(files.map((f) => [f, importsOf(f)]));
      expect(circles(graph).map((c) => c.map((f) => relative(root, f)))).toEqual([]);
    });
  }

  it('the core keeps its layers: no rule family imports the policy, no domain module imports a rule', () => {
    const files = sources('core');
    const rel = (f: string) => relative(join(root, 'packages/core/src'), f);
    for (const f of files) {
      const imported = importsOf(f).map(rel);
      if (rel(f).startsWith('rules/'))
        expect(
          imported.filter((i) => i.startsWith('policy')),
          rel(f),
        ).toEqual([]);
      if (/^(model|text|dates|schema|vocab)\//.test(rel(f)))
        expect(
          imported.filter((i) => i.startsWith('rules/')),
          rel(f),
        ).toEqual([]);
    }
  });
});

describe('rooms that hold one job', () => {
  // Generated code and the vocabulary data are exempt: their length is their content.
  const EXEMPT = [/\.generated\.ts$/, /core\/src\/vocab\/lists\.ts$/];
  it('no hand-written module of packages/*/src is over 400 lines', () => {
    const long = ['core', 'sheets']
      .flatMap(sources)
      .filter((f) => !EXEMPT.some((e) => e.test(f)))
      .map((f) => [relative(root, f), readFileSync(f, 'utf8').split('\n').length - 1] as const)
      .filter(([, lines]) => lines > 400);
    expect(long).toEqual([]);
  });
  it('the sheet base (TsunaguSheet) is at most 300 lines', () => {
    expect(readFileSync(join(root, 'packages/sheets/src/kit/sheet.ts'), 'utf8').split('\n').length - 1).toBeLessThanOrEqual(300);
  });
});

describe('every sheet is held to the conformance suite in its own test file', () => {
  // A component built on TsunaguSheet is a form-associated element: test/sheets/conformance.ts checks its
  // contract (form value, validity, reset, restore, disabled, keyboard, axe, languages).
  const components = sources('sheets').filter((f) => /extends TsunaguSheet</.test(readFileSync(f, 'utf8')));
  it('finds the sheets (the check can fail)', () => expect(components.length).toBeGreaterThanOrEqual(5));
  for (const file of components) {
    const tag = /@tagname (tsunagu-[\w-]+)/.exec(readFileSync(file, 'utf8'))?.[1];
    it(`${relative(root, file)}: test/sheets/${tag?.replace('tsunagu-', '')}.test.ts calls conformance() for <${tag}>`, () => {
      expect(tag).toBeDefined();
      const test = join(root, 'test/sheets', `${tag!.replace('tsunagu-', '')}.test.ts`);
      expect(existsSync(test)).toBe(true);
      expect(readFileSync(test, 'utf8')).toMatch(new RegExp(`conformance\\(\\{\\s*tag: '${tag}'`));
    });
  }
});
