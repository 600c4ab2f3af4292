import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import * as z from 'zod/mini';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ActionPlan, Case, Referral, SupportSharing, fieldMeta } from '@tsunagu/core';
import { case8050, dvFamilyMeeting, dvFamilyPlan, dvFamilyReferral } from '../fixtures/households';
import { mutate } from '../core/helpers';

const coreSrc = fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url));

async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    minify: false,
    treeShaking: true,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    alias: { '@tsunagu/core': coreSrc },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('tree-shaking', () => {
  it('a consumer importing only validateReferral pulls no reporting, privacy or other documents\' rules', async () => {
    const out = await bundle(`import { validateReferral } from '@tsunagu/core'; console.log(validateReferral({}));`);
    expect(out).toContain('referral.problemViewRequired');
    expect(out).not.toContain('plansRevised'); // buildReport
    expect(out).not.toContain('anonymizeCase');
    expect(out).not.toContain('involvedFields'); // privacy
    expect(out).not.toContain('fromUnknownId'); // the action-plan schema
    expect(out).not.toContain('owners.has'); // the action-plan rules
  });

  it('validate(kind) pulls the four documents but not reporting or privacy', async () => {
    const out = await bundle(`import { validate } from '@tsunagu/core'; console.log(validate('referral', {}));`);
    expect(out).toContain('owners.has');
    expect(out).not.toContain('plansRevised');
    expect(out).not.toContain('involvedFields');
  });

  it('the core never generates code at run time (strict CSP)', async () => {
    const out = await bundle(`export * from '@tsunagu/core';`);
    expect(out).not.toMatch(/new Function\(|\beval\(/);
  });
});

describe('JSON Schema for other languages', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  const schemas = { referral: Referral, supportSharing: SupportSharing, actionPlan: ActionPlan, case: Case };
  const json = Object.fromEntries(
    Object.entries(schemas).map(([k, s]) => [k, z.toJSONSchema(s, { metadata: fieldMeta, target: 'draft-2020-12', io: 'input', unrepresentable: 'any' })]),
  );

  it.each([
    ['referral', dvFamilyReferral],
    ['supportSharing', dvFamilyMeeting],
    ['actionPlan', dvFamilyPlan],
    ['case', case8050],
  ] as const)('%s: the fixture validates, a broken one does not', (kind, doc) => {
    const check = ajv.compile(json[kind]!);
    expect(check(doc)).toBe(true);
    expect(check(mutate(doc as Record<string, unknown>, (d) => (d['schemaVersion'] = '0.1')))).toBe(false);
  });

  it('marks personal and reported fields', () => {
    const text = JSON.stringify(json['referral']);
    expect(text).toContain('"personal":true');
    expect(text).toContain('"reported":true');
  });
});
