import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { validate, validatePolicy, type Case } from '@tsunagu/core';
import { receiveReferral } from '../../docs/examples/server';
import { prepareSummaryMail } from '../../docs/examples/summary-mail';
import { publishDirectory } from '../../docs/examples/publish-directory';
import { townDirectory } from '../fixtures/directory';
import { yearCase } from '../fixtures/case-year';
import { EXAMPLE_TOWN_POLICY } from '../../docs/examples/policy';
import { dvFamilyPlan, dvFamilyReferral } from '../fixtures/households';
import { exportFiscalYear } from '../../docs/examples/report-export';
import { himiCases, himiSessions } from '../fixtures/himi';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url);
// The English pages and their Japanese versions (docs/ja/) quote the same files.
const docs = [
  ...readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md')),
  ...readdirSync(new URL('docs/ja/', root))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `ja/${f}`),
];

describe('docs quote their examples verbatim', () => {
  const quoted = new Set<string>();
  for (const doc of docs) {
    const text = readFileSync(new URL(`docs/${doc}`, root), 'utf8');
    for (const m of text.matchAll(/<!-- example: (\S+) -->\n```\w+\n([\s\S]*?)\n```(?=\n|$)/g)) {
      quoted.add(m[1]!);
      it(`${doc} quotes ${m[1]} as it is`, () => {
        expect(m[2]).toBe(readFileSync(new URL(m[1]!, root), 'utf8').replace(/\n$/, ''));
      });
    }
  }
  it('every example file is quoted somewhere', () => {
    // The example documents (documents/*.json) are data, shipped and checked by sample-documents.test.ts.
    const files = readdirSync(new URL('docs/examples/', root), { withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => `docs/examples/${f.name}`);
    expect([...quoted].sort()).toEqual(files.sort());
  });
});

describe('docs/examples/server.ts', () => {
  it('accepts a valid referral, refuses broken JSON and an invalid document with safe issues', () => {
    expect(receiveReferral(JSON.stringify(dvFamilyReferral)).status).toBe(201);
    expect(receiveReferral('{not json').status).toBe(400);
    const bad = receiveReferral(JSON.stringify({ ...dvFamilyReferral, consent: { status: 'unchecked' } }));
    expect(bad.status).toBe(422);
    expect(bad.issues?.map((i) => i.code)).toContain('referral.consentUnchecked');
  });
});

describe('docs/examples/policy.ts', () => {
  it('adds a code and tightens 行動連携', () => {
    const tagged = { ...dvFamilyReferral, content: { ...dvFamilyReferral.content, tags: ['x-animal-hoarding'] } };
    expect(validate('referral', tagged, { policy: EXAMPLE_TOWN_POLICY }).ok).toBe(true);
    expect(validate('referral', tagged).ok).toBe(false);
    const unassigned = { ...dvFamilyPlan, actions: dvFamilyPlan.actions.filter((a) => a.ownerId !== 'a7') };
    const r = validate('actionPlan', unassigned, { policy: EXAMPLE_TOWN_POLICY, today: '2025-04-09' });
    expect(r.issues.find((i) => i.code === 'plan.attendeeWithoutAction')?.severity).toBe('error');
  });

  it("asks the town's own questions: the volunteer's name once 「はい」 is answered", () => {
    expect(validatePolicy(EXAMPLE_TOWN_POLICY).ok).toBe(true);
    const asked = { ...dvFamilyReferral, localItems: { minsei: { yes: true } } };
    const r = validate('referral', asked, { policy: EXAMPLE_TOWN_POLICY });
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'local.required localItems.minsei-name.text',
    ]);
    const named = { ...asked, localItems: { ...asked.localItems, 'minsei-name': { text: '第2地区' } } };
    expect(validate('referral', named, { policy: EXAMPLE_TOWN_POLICY }).ok).toBe(true);
  });
});

describe('docs/examples/report-export.ts', () => {
  it("writes a fiscal year's CSV and Excel files", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-report-'));
    const [csv, xlsx] = await exportFiscalYear(himiCases(), himiSessions(), 2017, dir);
    const text = readFileSync(csv!, 'utf8');
    expect(text.startsWith('\uFEFF西暦年度,年度,月,指標')).toBe(true);
    expect(text).toContain('2017,平成29年度,2017-04,newConsultations,新規相談件数,,,');
    expect(text).not.toContain('2016,');
    expect(readFileSync(xlsx!).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('docs/examples/summary-mail.ts', () => {
  const town = (district: string, n: number): Case[] =>
    Array.from({ length: n }, (_, i) => ({
      ...yearCase,
      id: `${district}-${i}`,
      household: { ...yearCase.household, person: { ...yearCase.household.person, district } },
    }));
  const today = '2026-03-31';
  const outline = '青木美咲さん（090-1234-5678）と子ども3人の世帯。';

  it('mails a masked summary when the group is large enough', () => {
    const cases = town('中央地区', 3);
    const mail = prepareSummaryMail(cases[0]!, cases, { outline, today });
    expect(mail.status).toBe('ready');
    if (mail.status !== 'ready') return;
    expect(mail.summary.outline).toBe('＊＊＊さん（＊＊＊）と子ども3人の世帯。');
    expect(mail.case).toBe(cases[0]); // nothing to record
  });

  it('asks for an override below k, and records it in the case when the worker gives a reason', () => {
    const [alone] = town('北地区', 1);
    const cases = [...town('中央地区', 3), alone!];
    expect(prepareSummaryMail(alone!, cases, { outline, today })).toEqual({ status: 'needsOverride', groupSize: 1, k: 3 });
    const blank = { by: { organization: '架空村役場' }, reason: ' ' };
    expect(prepareSummaryMail(alone!, cases, { outline, today, override: blank }).status).toBe('needsOverride');
    const mail = prepareSummaryMail(alone!, cases, {
      outline,
      today,
      override: { by: { organization: '架空村役場', name: '水野 さくら' }, reason: '会議の構成員だけに送る。', to: '支援会議の構成員' },
    });
    expect(mail.status).toBe('ready');
    if (mail.status !== 'ready') return;
    expect(mail.case.disclosures).toEqual([
      {
        date: today,
        by: { organization: '架空村役場', name: '水野 さくら' },
        reason: '会議の構成員だけに送る。',
        to: '支援会議の構成員',
        groupSize: 1,
        k: 3,
      },
    ]);
    expect(validate('case', { ...yearCase, disclosures: mail.case.disclosures }, { today }).ok).toBe(true);
  });
});

describe('docs/examples/publish-directory.ts (resource-directory.md)', () => {
  it('publishes the town’s directory as HSDS JSON and CSV, and refuses a broken one with codes and paths', () => {
    const out = publishDirectory(JSON.parse(JSON.stringify(townDirectory)), { code: '162051', name: 'みなと市' });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(JSON.parse(out.hsdsJson).services.length).toBeGreaterThan(100);
    expect(out.csv.split('\r\n')[0]).toContain('全国地方公共団体コード');
    for (const p of townDirectory.individuals ?? []) expect(out.hsdsJson + out.csv).not.toContain(p.phone!);
    const broken = publishDirectory(
      { ...townDirectory, services: [{ ...townDirectory.services[0]!, organizationId: 'nobody' }] },
      { code: '162051', name: 'みなと市' },
    );
    expect(broken).toMatchObject({ ok: false, issues: [{ code: 'directory.structure', path: ['services', 0, 'organizationId'] }] });
  });
});
