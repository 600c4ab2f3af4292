import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

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
  it("a consumer importing only validateReferral pulls no reporting, privacy or other documents' rules", async () => {
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
