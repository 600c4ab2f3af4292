// `pnpm codegen`: writes packages/core/src/validate/structure.generated.ts — plain
// structure validators generated from the zod schemas, which stay the source of truth.
// Why: zod in the browser cost ~8 KiB gzip of every sheet and ~75 % of validate()'s time,
// and zod's own JIT is not allowed under a strict CSP (docs/adr/0002).
// test/core/structure.test.ts fails when the committed file is stale, and checks that the
// generated functions find exactly what zod's safeParse finds.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const OUTPUT = 'packages/core/src/validate/structure.generated.ts';

/** The pattern of timeOfDay() in packages/core/src/schema/common.ts; test/core/structure.test.ts checks they agree. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The documents that get an exported validator, by function name. */
const ROOTS = {
  Referral: 'checkReferral',
  SupportSharing: 'checkSupportSharing',
  ActionPlan: 'checkActionPlan',
  Case: 'checkCase',
  MeetingSession: 'checkMeetingSession',
  Tsunagi: 'checkTsunagi',
  Assessment: 'checkAssessment',
};

const lit = (v) => JSON.stringify(v);

/**
 * Generates the TypeScript source of the validators.
 * @param {Record<string, unknown>} schemas the exports of `@tsunagu/core` (its zod schemas by name)
 */
export function generateStructure(schemas) {
  const names = new Map(); // zod object schema -> function name
  for (const [name, s] of Object.entries(schemas)) if (s?._zod?.def?.type === 'object' && !names.has(s)) names.set(s, `v${name}`);
  const consts = new Map(); // source text -> const name
  const constant = (prefix, source) => {
    if (!consts.has(source)) consts.set(source, `${prefix}${consts.size}`);
    return consts.get(source);
  };
  const fns = []; // generated object validators, in dependency order
  const done = new Set();

  /** Returns an expression calling the check of `s` on value `v` at parent path `p`, key `k`. */
  function call(s, v, p, k, hint) {
    const d = s._zod.def;
    const checks = d.checks ?? [];
    const only = (...allowed) => {
      for (const c of checks)
        if (!allowed.includes(c._zod.def.check)) throw new Error(`codegen: unsupported check ${c._zod.def.check} on ${d.type}`);
    };
    const check = (name) => checks.find((c) => c._zod.def.check === name)?._zod.def;
    switch (d.type) {
      case 'object':
        return `${objectFn(s, hint)}(${v}, ${p}, ${k}, found)`;
      case 'string': {
        if (d.format === 'date') {
          only();
          return `pattern(${v}, ${p}, ${k}, found, ${constant('RE', String(d.pattern))}, 'structure.date')`;
        }
        if (d.format) throw new Error(`codegen: unsupported string format ${d.format}`);
        if (checks.length !== 1) throw new Error('codegen: a string needs exactly one check (a length or a pattern)');
        const max = check('max_length');
        if (max) return `text(${v}, ${p}, ${k}, found, ${max.maximum})`;
        const re = check('string_format');
        if (!re || re.format !== 'regex' || re.pattern.flags) throw new Error('codegen: unsupported string check');
        // A time of day (timeOfDay() in schema/common.ts, whatever the field is called: a contact's `time` too) is
        // told as a time; any other pattern is a code. A time once got 「コードの形式が正しくありません」.
        const code = String(re.pattern) === String(TIME_OF_DAY) ? 'structure.time' : 'structure.code';
        return `pattern(${v}, ${p}, ${k}, found, ${constant('RE', String(re.pattern))}, '${code}')`;
      }
      case 'number': {
        if (d.format !== 'safeint') throw new Error('codegen: only integers are supported');
        only('greater_than', 'less_than');
        const lo = check('greater_than');
        const hi = check('less_than');
        if (!lo?.inclusive || !hi?.inclusive || !Number.isSafeInteger(lo.value) || !Number.isSafeInteger(hi.value))
          throw new Error('codegen: an integer needs inclusive safe bounds');
        return `integer(${v}, ${p}, ${k}, found, ${lo.value}, ${hi.value})`;
      }
      case 'boolean':
        only();
        return `bool(${v}, ${p}, ${k}, found)`;
      case 'enum':
      case 'literal': {
        only();
        const values = d.type === 'enum' ? Object.values(d.entries) : d.values;
        if (values.some((x) => typeof x !== 'string')) throw new Error('codegen: only string values are supported');
        return `oneOf(${v}, ${p}, ${k}, found, ${constant('ONE', `new Set(${lit(values)})`)})`;
      }
      case 'array': {
        only('max_length', 'min_length');
        const max = check('max_length')?.maximum ?? Number.MAX_SAFE_INTEGER;
        const min = check('min_length')?.minimum ?? 0;
        const item = checkFn(d.element, `${hint}Item`);
        return `list(${v}, ${p}, ${k}, found, ${item}, ${max}, ${min})`;
      }
      case 'record': {
        // A record keyed by a pattern (a municipality's own questions by id), as zod checks it: a plain object,
        // each own enumerable key matching, each value checked.
        only();
        const key = d.keyType._zod.def;
        const re = (key.checks ?? [])[0]?._zod.def;
        if (key.type !== 'string' || key.checks?.length !== 1 || re?.check !== 'string_format' || re.format !== 'regex' || re.pattern.flags)
          throw new Error('codegen: a record needs a string key with one pattern');
        return `record(${v}, ${p}, ${k}, found, ${constant('RE', String(re.pattern))}, ${checkFn(d.valueType, `${hint}Value`)})`;
      }
      default:
        throw new Error(`codegen: unsupported zod type ${d.type}`);
    }
  }

  /** The name of a check function for a schema: an object validator, or a shared closure. */
  function checkFn(s, hint) {
    if (s._zod.def.type === 'object') return objectFn(s, hint);
    if (s._zod.def.type === 'boolean' && !(s._zod.def.checks ?? []).length) return 'bool';
    return constant('C', `(v: unknown, p: Path, k: Key, found: Found[]): unknown => ${call(s, 'v', 'p', 'k', hint)}`);
  }

  function objectFn(s, hint) {
    if (!names.has(s)) names.set(s, hint);
    const name = names.get(s);
    if (done.has(s)) return name;
    done.add(s);
    const d = s._zod.def;
    if (d.catchall) throw new Error('codegen: strict and loose objects are not supported');
    if ((d.checks ?? []).length) throw new Error('codegen: checks on objects are not supported');
    const lines = [];
    for (const [key, field] of Object.entries(d.shape)) {
      if (!/^[A-Za-z_$][\w$]*$/.test(key) || key === '__proto__') throw new Error(`codegen: unsupported key ${key}`);
      if (field._zod.def.type === 'optional') {
        lines.push(`  optional(v, o, ${lit(key)}, q, found, ${checkFn(field._zod.def.innerType, `${name}_${key}`)});`);
      } else {
        lines.push(`  o.${key} = ${checkFn(field, `${name}_${key}`)}(v.${key}, q, ${lit(key)}, found);`);
      }
    }
    fns.push(
      [
        `function ${name}(v: unknown, p: Path, k: Key, found: Found[]): unknown {`,
        '  if (!isObj(v)) return wrongType(v, p, k, found);',
        '  const q = at(p, k);',
        '  const o: Obj = {};',
        ...lines,
        '  return o;',
        '}',
      ].join('\n'),
    );
    return name;
  }

  const exported = Object.entries(ROOTS).map(([schemaName, fn]) => {
    const s = schemas[schemaName];
    if (!s) throw new Error(`codegen: schema ${schemaName} not found`);
    const inner = objectFn(s);
    return [
      `/** Checks the structure of a document (${schemaName}); returns the value zod would return. */`,
      `export function ${fn}(input: unknown, found: Found[]): unknown {`,
      `  return ${inner}(input, [], undefined, found);`,
      '}',
    ].join('\n');
  });

  const constLines = [...consts].map(([source, name]) =>
    source.startsWith('new ') ? `const ${name} = /* @__PURE__ */ ${source};` : `const ${name} = ${source};`,
  );
  return [
    '// Generated by `pnpm codegen` (scripts/codegen.mjs) from the zod schemas in ../schema.',
    '// Do not edit: change the schemas and run it again. See docs/adr/0002.',
    "import { at, bool, integer, isObj, list, oneOf, optional, pattern, record, text, wrongType, type Found, type Key, type Obj } from './structure';\nimport type { IssuePath as Path } from '../path';",
    '',
    ...constLines,
    '',
    fns.join('\n\n'),
    '',
    exported.join('\n\n'),
    '',
  ].join('\n');
}

/** Loads the core's exports from its sources (bundled in memory with esbuild). */
export async function loadSourceSchemas() {
  const { build } = await import('esbuild');
  const root = fileURLToPath(new URL('../', import.meta.url));
  const r = await build({
    stdin: {
      contents: "export * from './packages/core/src/index.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const code = r.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = generateStructure(await loadSourceSchemas());
  writeFileSync(fileURLToPath(new URL(`../${OUTPUT}`, import.meta.url)), source);
  console.log(`codegen: wrote ${OUTPUT} (${source.length} characters)`);
}
