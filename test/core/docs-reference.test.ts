import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import * as core from '@tsunagu/core';
import { dataFormatReference, jsonSchemas, ruleDocs, rulesReference } from '../../scripts/docs-reference.mjs';

const read = (name: string) => readFileSync(new URL(`../../docs/reference/${name}`, import.meta.url), 'utf8');

describe('generated references are up to date (run `pnpm docs:reference`)', () => {
  it('docs/reference/rules.md', () => {
    expect(read('rules.md')).toBe(rulesReference(core));
  });
  it('docs/reference/data-format.md', () => {
    expect(read('data-format.md')).toBe(dataFormatReference(core, z));
  });
  it('docs/reference/schema/*.schema.json', () => {
    for (const [file, text] of Object.entries(jsonSchemas(core, z) as Record<string, string>)) expect(read(`schema/${file}`)).toBe(text);
  });
  it("quotes every rule's TSDoc, and the rules this issue changed cite their seed passage", () => {
    const docs = ruleDocs() as Record<string, string>;
    for (const code of core.RULE_CODES) expect(docs[code], code).toBeTruthy();
    const cited = [
      'referral.consentUnchecked',
      'meeting.facilitatorInvolved',
      'plan.leadByConsent',
      'action.dueRequired',
      'action.dueRequiredOngoing',
      'meeting.confidentialityJuusou',
      'termination.meetingRequired',
      'termination.successorIsCoordinator',
      'case.attendeeWithoutAction',
    ];
    for (const code of cited) expect(docs[code], code).toMatch(/\b(?:00\d )?l\.\d+|seed 00\d/);
  });
  it('lists every rule code', () => {
    const text = read('rules.md');
    for (const code of [...core.RULE_CODES, ...core.STRUCTURE_CODES]) expect(text).toContain(`\`${code}\``);
  });
});
