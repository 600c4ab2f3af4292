// A municipality's own questions (issue #36): declared in a policy, checked by the core's generic rules, kept in the
// documents under their ids, counted in the report — and a bad policy told, never breaking anything.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import {
  DEFAULT_POLICY,
  buildReport,
  localQuestionsOf,
  referralFormFacts,
  caseFormFacts,
  reportTables,
  validate,
  validatePolicy,
  type Case,
  type LocalQuestion,
  type Referral,
  type MunicipalPolicy,
} from '@tsunagu/core';
import { reportToCsv, reportToXlsx } from '@tsunagu/core/export';
import { case8050, dvFamilyReferral } from '../fixtures/households';
import { LOCAL_QUESTIONS, answeredReferral, localItemsPolicy } from '../fixtures/local-items';
import { mutate } from './helpers';

const today = '2025-04-09';
const codesAt = (issues: readonly { code: string; path: readonly (string | number)[] }[]) =>
  issues.map((i) => `${i.code} ${i.path.join('.')}`);

describe('a policy with local questions', () => {
  it('is a valid policy, and the example policies are too', () => {
    expect(validatePolicy(localItemsPolicy)).toEqual({ ok: true, value: localItemsPolicy, issues: [] });
    expect(validatePolicy(DEFAULT_POLICY).ok).toBe(true);
  });

  it('asks its questions where it places them, in its order', () => {
    expect(localQuestionsOf(localItemsPolicy, 'referral').map((q) => q.id)).toEqual([
      'ward',
      'minsei',
      'minsei-name',
      'pref-items',
      'pref-note',
      'first-visit',
      'visits',
    ]);
    expect(localQuestionsOf(localItemsPolicy, 'caseContact').map((q) => q.id)).toEqual(['outreach']);
    expect(localQuestionsOf(localItemsPolicy, 'actionPlan')).toEqual([]);
    expect(localQuestionsOf(DEFAULT_POLICY, 'referral')).toEqual([]);
  });

  it('refuses a referral without the required answers, and takes one with them', () => {
    const without = validate('referral', dvFamilyReferral, { policy: localItemsPolicy, today });
    expect(without.ok).toBe(false);
    expect(codesAt(without.issues)).toContain('local.required localItems.ward.code');
    const r = validate('referral', answeredReferral, { policy: localItemsPolicy, today, locale: 'en' });
    expect(r.issues.filter((i) => i.code.startsWith('local.'))).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('says what is wrong in both languages, with the same code and path', () => {
    const doc = mutate(answeredReferral, (d) => (d.localItems!['visits'] = { number: 120 }));
    const ja = validate('referral', doc, { policy: localItemsPolicy, today }).issues.find((i) => i.code === 'local.value');
    const en = validate('referral', doc, { policy: localItemsPolicy, today, locale: 'en' }).issues.find((i) => i.code === 'local.value');
    expect(ja?.message).toMatch(/範囲/);
    expect(en?.message).toMatch(/range/);
    expect(ja?.path).toEqual(en?.path);
  });

  it('a later policy without the questions still reads the old documents, answers and all', () => {
    const later: MunicipalPolicy = { ...localItemsPolicy, localItems: LOCAL_QUESTIONS.filter((q) => q.id !== 'ward' && q.id !== 'visits') };
    for (const policy of [later, DEFAULT_POLICY]) {
      const r = validate('referral', answeredReferral, { policy, today });
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.value.localItems).toEqual(answeredReferral.localItems);
    }
  });

  it('a question whose list lost an option warns and still saves', () => {
    const later: MunicipalPolicy = {
      ...localItemsPolicy,
      localItems: LOCAL_QUESTIONS.map((q) => (q.id === 'ward' ? { ...q, options: q.options!.filter((o) => o.code !== 'south') } : q)),
    };
    const r = validate('referral', answeredReferral, { policy: later, today });
    expect(r.ok).toBe(true);
    expect(r.issues.filter((i) => i.code.startsWith('local.')).map((i) => [i.code, i.severity])).toEqual([['local.outdated', 'warning']]);
  });

  it('tells the forms which questions are required, as the answers stand', () => {
    const facts = referralFormFacts(localItemsPolicy);
    expect(facts.required(dvFamilyReferral, ['localItems', 'ward', 'code'])).toBe(true);
    expect(facts.required(dvFamilyReferral, ['localItems', 'ward', 'text'])).toBe(false);
    expect(facts.required(dvFamilyReferral, ['localItems', 'minsei-name', 'text'])).toBe(false);
    expect(facts.required(answeredReferral, ['localItems', 'minsei-name', 'text'])).toBe(true);
    expect(facts.required(answeredReferral, ['localItems', 'visits', 'number'])).toBe(false);
    // Under a policy that makes the rule a warning, nothing is marked.
    expect(
      referralFormFacts({ ...localItemsPolicy, rules: { 'local.required': 'warning' } }).required(dvFamilyReferral, [
        'localItems',
        'ward',
        'code',
      ]),
    ).toBe(false);
    const withContact = mutate(case8050, (c) => void c);
    expect(caseFormFacts(localItemsPolicy).required(withContact, ['contacts', 0, 'localItems', 'outreach', 'yes'])).toBe(false);
  });
});

describe('a malformed policy', () => {
  const bad = (items: unknown[], locale?: 'ja' | 'en') =>
    validatePolicy({ id: 'x', name: { ja: 'x', en: 'x' }, localItems: items }, { locale });
  const q = (over: Record<string, unknown>) => ({ id: 'a', place: 'referral', type: 'text', label: { ja: 'あ', en: 'A' }, ...over });
  it.each([
    ['a duplicate id', [q({}), q({})], 'policy.localItems.duplicateId localItems.1.id'],
    ['an id that is not one', [q({ id: '1st' })], 'policy.localItems.id localItems.0.id'],
    ['a choice with no options', [q({ type: 'choice' })], 'policy.localItems.noOptions localItems.0.options'],
    [
      'options with one code twice',
      [
        q({
          type: 'choices',
          options: [
            { code: 'x', ja: 'x', en: 'x' },
            { code: 'x', ja: 'y', en: 'y' },
          ],
        }),
      ],
      'policy.localItems.option localItems.0.options.1',
    ],
    [
      'a condition on an unknown question',
      [q({ required: { question: 'nobody', equals: true } })],
      'policy.localItems.unknownCondition localItems.0.required',
    ],
    [
      'a condition on a question of another place',
      [q({}), q({ id: 'b', place: 'caseContact', required: { question: 'a', equals: 'x' } })],
      'policy.localItems.unknownCondition localItems.1.required',
    ],
    ['an unknown type', [q({ type: 'slider' })], 'policy.localItems.type localItems.0.type'],
    ['an unknown place', [q({ place: 'intake' })], 'policy.localItems.place localItems.0.place'],
    ['a label in one language', [q({ label: { ja: 'あ' } })], 'policy.localItems.label localItems.0.label'],
    ['a range on a text', [q({ min: 1 })], 'policy.localItems.range localItems.0.min'],
    ['min above max', [q({ type: 'number', min: 5, max: 1 })], 'policy.localItems.range localItems.0.min'],
  ])('%s gets its documented error', (_name, items, expected) => {
    const r = bad(items);
    expect(r.ok).toBe(false);
    expect(codesAt(r.issues)).toContain(expected);
    expect(r.issues.every((i) => i.severity === 'error' && i.message.length > 0)).toBe(true);
  });

  it('names the duplicate in both languages', () => {
    const items = [q({ id: 'ward' }), q({ id: 'ward' })];
    expect(bad(items).issues[0]!.message).toBe('独自項目の id が重複しています：ward');
    expect(bad(items, 'en').issues[0]!.message).toBe('Two local questions have the id ward.');
  });

  it('tells rules that do not exist, settings that are not one, and a policy that is not an object', () => {
    const r = validatePolicy({ id: 'x', name: { ja: 'x', en: 'x' }, rules: { 'no.such': 'error', 'local.required': 'loud' } });
    expect(codesAt(r.issues)).toEqual(['policy.rules.unknown rules.no.such', 'policy.rules.setting rules.local.required']);
    expect(codesAt(validatePolicy('policy').issues)).toEqual(['policy.type ']);
    expect(codesAt(validatePolicy({ name: 1 }).issues)).toEqual(['policy.id id', 'policy.name name']);
  });

  it('never breaks validation: its faulty questions are left out, the others still asked', () => {
    const policy = { ...localItemsPolicy, localItems: [q({ id: 'ward', type: 'choice' }), ...LOCAL_QUESTIONS.slice(1)] } as MunicipalPolicy;
    expect(localQuestionsOf(policy, 'referral').map((x) => x.id)).not.toContain('ward');
    const r = validate('referral', dvFamilyReferral, { policy, today });
    expect(codesAt(r.issues).filter((c) => c.startsWith('local.'))).toEqual([]);
  });
});

describe('reportable answers in the 実績報告', () => {
  const cases: Case[] = [
    mutate(case8050, (c) => {
      c.referrals = [{ ...answeredReferral, referredOn: '2025-05-10' }];
      c.contacts = [{ id: 'x1', date: '2025-06-01', method: 'visit', localItems: { outreach: { yes: true } } }];
    }),
    mutate(case8050, (c) => {
      c.id = 'case-2';
      c.referrals = [
        {
          ...answeredReferral,
          referredOn: '2025-07-01',
          localItems: {
            ward: { code: 'north' },
            minsei: { yes: false },
            'pref-items': { codes: ['isolation', 'debt'] },
            visits: { number: 3 },
          },
        },
      ];
    }),
  ];
  const report = buildReport(cases, { fiscalYear: 2025 });

  it('counts each answer of a reportable question, by the policy’s labels', () => {
    const table = reportTables(report, { policy: localItemsPolicy }).find((t) => t.id === 'localItems')!;
    const row = (question: string, answer: string) => table.rows.find((r) => r[0] === question && r[2] === answer)?.slice(3);
    expect(row('ward', 'south')).toEqual(['南部圏域', 1]);
    expect(row('ward', 'north')).toEqual(['北部圏域', 1]);
    expect(row('ward', 'central')).toEqual(['中部圏域', 0]);
    expect(row('minsei', 'yes')).toEqual(['はい', 1]);
    expect(row('minsei', 'no')).toEqual(['いいえ', 1]);
    expect(row('pref-items', 'isolation')).toEqual(['社会的孤立', 2]);
    expect(row('visits', '=sum')).toEqual(['合計', 5]);
    expect(row('outreach', 'yes')).toEqual(['はい', 1]);
    // Not reportable: not in the table.
    expect(table.rows.some((r) => r[0] === 'minsei-name')).toBe(false);
    expect(
      reportTables(report, { policy: localItemsPolicy, locale: 'en' })
        .find((t) => t.id === 'localItems')!
        .rows[0]!.slice(1, 4),
    ).toEqual(['Area', 'north', 'North']);
  });

  it('reach CSV and Excel as their own table', async () => {
    const csv = parse(reportToCsv(report, { policy: localItemsPolicy, table: 'localItems', bom: false })) as string[][];
    expect(csv[0]).toEqual(['コード', '設問', 'コード', '回答', '令和7年度']);
    expect(csv).toContainEqual(['ward', '圏域', 'south', '南部圏域', '1']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await reportToXlsx(report, { policy: localItemsPolicy, locale: 'en' })).arrayBuffer());
    const sheet = wb.getWorksheet('Local questions, answers')!;
    const values = sheet.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(values).toContainEqual(['visits', 'Home visits', '=sum', 'Sum', 5]);
  });
});

describe('inputs no one thought of (property)', () => {
  const text = fc.record({ ja: fc.string({ maxLength: 4 }), en: fc.string({ maxLength: 4 }) });
  const question = fc.record(
    {
      id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.string({ maxLength: 5 })),
      place: fc.constantFrom('referral', 'caseContact', 'nowhere'),
      type: fc.constantFrom('text', 'longText', 'choice', 'choices', 'date', 'number', 'yesNo', 'other'),
      label: fc.oneof(text, fc.anything()),
      options: fc.oneof(
        fc.array(fc.record({ code: fc.constantFrom('x', 'y', ''), ja: fc.string(), en: fc.string() }), { maxLength: 3 }),
        fc.anything(),
      ),
      required: fc.oneof(
        fc.boolean(),
        fc.record({ question: fc.constantFrom('a', 'b', 'z'), equals: fc.oneof(fc.string(), fc.boolean(), fc.integer()) }),
        fc.anything(),
      ),
      reportable: fc.boolean(),
      min: fc.oneof(fc.integer(), fc.anything()),
      max: fc.integer(),
    },
    { requiredKeys: [] },
  );
  const answer = fc.oneof(
    fc.record(
      {
        text: fc.string(),
        code: fc.constantFrom('x', 'y', 'z'),
        codes: fc.array(fc.constantFrom('x', 'y', 'q')),
        number: fc.integer(),
        yes: fc.boolean(),
        date: fc.constant('2025-05-01'),
      },
      { requiredKeys: [] },
    ),
    fc.anything(),
  );

  it('never throws: checking the policy, validating, form facts and the report', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(question, fc.anything()), { maxLength: 5 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), answer),
        (items, answers) => {
          const policy = { ...localItemsPolicy, localItems: items } as unknown as MunicipalPolicy;
          validatePolicy(policy);
          const questions = localQuestionsOf(policy, 'referral');
          const doc = { ...dvFamilyReferral, localItems: answers } as unknown as Referral;
          const r = validate('referral', doc, { policy, today });
          expect(Array.isArray(r.issues)).toBe(true);
          for (const q of questions as LocalQuestion[]) referralFormFacts(policy).required(doc, ['localItems', q.id, 'text']);
          const c = { ...case8050, referrals: [doc] } as Case;
          validate('case', c, { policy, today });
          reportTables(buildReport([c]), { policy });
        },
      ),
      { numRuns: 300 },
    );
  });
});
