import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { MESSAGES, RULE_CODES, RULE_DEFAULTS, TAKASHIMA_EXAMPLE_POLICY } from '@tsunagu/core';
import { dvFamilyPlan as P, hoardedHouseReferral } from '../fixtures/households';
import { findings, mutate } from './helpers';
import { EXAMPLE_TOWN_POLICY } from '../../docs/examples/policy';
import { CATALOG_OUTPUT, generateRuleCatalog } from '../../scripts/rule-catalog.mjs';

const RULES = new URL('../../packages/core/src/rules/', import.meta.url);

/** Every rule module: rules/<family>/<name>.ts with the code it defines. */
const modules = readdirSync(RULES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(new URL(`${d.name}/`, RULES))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => `${d.name}/${f}`),
  )
  .map((file) => ({ file, code: /code: '([\w.]+)'/.exec(readFileSync(new URL(file, RULES), 'utf8'))?.[1] }))
  .filter((m) => m.code !== undefined);

describe('rules are colocated: one module per rule, its test beside it', () => {
  it('the catalogue is exactly the rule modules, in catalogue order', () => {
    expect(modules.map((m) => m.code).sort()).toEqual([...RULE_CODES].sort());
  });

  it(`${CATALOG_OUTPUT} is generated from the rule folders and up to date (run \`pnpm codegen\`)`, () => {
    expect(readFileSync(new URL(`../../${CATALOG_OUTPUT}`, import.meta.url), 'utf8')).toBe(generateRuleCatalog());
  });

  it('every rule module has a test beside it that runs its cases', () => {
    const names = new Set(readdirSync(RULES, { recursive: true }).map(String));
    for (const m of modules) {
      const test = m.file.replace(/\.ts$/, '.test.ts');
      expect(names.has(test), `${test} missing`).toBe(true);
      expect(readFileSync(new URL(test, RULES), 'utf8')).toContain(`ruleCases('${m.code}'`);
    }
  });

  it('every rule has a default and a message in both languages (parity)', () => {
    for (const code of RULE_CODES) {
      expect(['error', 'warning', 'off']).toContain(RULE_DEFAULTS[code]);
      expect(MESSAGES.ja[code]?.length, code).toBeGreaterThan(0);
      expect(MESSAGES.en[code]?.length, code).toBeGreaterThan(0);
    }
    expect(Object.keys(MESSAGES.ja).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });
});

describe('policies', () => {
  const unassigned = mutate(P, (d) => (d.actions = d.actions.filter((a) => a.ownerId !== 'a7')));

  it('warns about an attendee without a role under the default policy, and does not block', () => {
    const issues = findings('actionPlan', unassigned);
    expect(issues.find((i) => i.code === 'plan.attendeeWithoutAction')?.severity).toBe('warning');
  });

  it('warns under the Takashima example policy, which encourages 行動連携 (促している, seed 001 l.2082), and blocks under one that requires it', () => {
    const issues = findings('actionPlan', unassigned, { policy: TAKASHIMA_EXAMPLE_POLICY });
    expect(issues.find((i) => i.code === 'plan.attendeeWithoutAction')?.severity).toBe('warning');
    const strict = findings('actionPlan', unassigned, { policy: EXAMPLE_TOWN_POLICY });
    expect(strict.find((i) => i.code === 'plan.attendeeWithoutAction')?.severity).toBe('error');
  });

  it('can switch a rule off', () => {
    const noConsent = mutate(hoardedHouseReferral, (d) => (d.consent = { status: 'unchecked' }));
    const off = { id: 'x', name: { ja: 'x', en: 'x' }, rules: { 'referral.consentUnchecked': 'off' as const } };
    expect(findings('referral', noConsent).map((i) => i.code)).toContain('referral.consentUnchecked');
    expect(findings('referral', noConsent, { policy: off }).map((i) => i.code)).not.toContain('referral.consentUnchecked');
  });
});
