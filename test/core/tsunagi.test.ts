// つなぎ (issue #34, core): the status over time, the open list, the FHIR mapping, the report's four measures from a
// hand count, and random step sequences that validate never throws on.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  TSUNAGI_CLOSED,
  TSUNAGI_FHIR_TASK,
  TSUNAGI_NEXT,
  TSUNAGI_SETTERS,
  TSUNAGI_STATUSES,
  buildReport,
  openTsunagi,
  reportTables,
  tsunagiReplyBy,
  tsunagiNextFor,
  tsunagiStatus,
  tsunagiForm,
  validate,
  validateTsunagi,
  withTsunagi,
  tsunagiReplyKept,
  tsunagiFromAction,
  tsunagiOfPlan,
  type Case,
  type TsunagiStatus,
  type TsunagiStep,
} from '@tsunagu/core';
import { reportToCsv } from '@tsunagu/core/export';
import { parse } from 'csv-parse/sync';
import { tsunagiCase } from '../fixtures/tsunagi';
import { mutate } from './helpers';

/** FHIR R4 TaskStatus (http://hl7.org/fhir/R4/valueset-task-status.html), as published. */
const R4_TASK_STATUS = [
  'draft',
  'requested',
  'received',
  'accepted',
  'rejected',
  'ready',
  'cancelled',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
  'entered-in-error',
];

describe('a つなぎ over time', () => {
  const [station, meals, budget] = tsunagiCase.tsunagi!;

  it('has the status of its latest step by a date, none before it was asked', () => {
    expect(tsunagiStatus(station!, '2025-07-13')).toBeUndefined();
    expect(tsunagiStatus(station!, '2025-07-14')).toBe('requested');
    expect(tsunagiStatus(station!, '2025-07-30')).toBe('accepted');
    expect(tsunagiStatus(station!, '2025-08-05')).toBe('started');
    expect(tsunagiStatus(station!)).toBe('connected');
    expect(tsunagiStatus(meals!)).toBe('declined');
  });

  it('lists the open ones: 返事待ち until the reply date, 期限切れ after, and those taken up awaiting the outcome', () => {
    expect(tsunagiReplyBy(budget!)).toBe('2025-12-15');
    expect(openTsunagi(tsunagiCase, '2025-12-15').map((o) => [o.tsunagi.id, o.waits])).toEqual([['t3', 'reply']]);
    expect(openTsunagi(tsunagiCase, '2025-12-16').map((o) => [o.tsunagi.id, o.waits])).toEqual([['t3', 'overdue']]);
    expect(openTsunagi(tsunagiCase, '2025-07-25').map((o) => [o.tsunagi.id, o.waits])).toEqual([['t1', 'outcome']]);
    expect(openTsunagi(tsunagiCase, '2025-12-16', 30).map((o) => o.waits)).toEqual(['reply']);
  });

  it('validates as recorded, with the one warning of the reply past its date', () => {
    const before = validate('case', tsunagiCase, { today: '2025-12-15' });
    expect(before.issues.filter((i) => i.code.startsWith('tsunagi.'))).toEqual([]);
    const after = validate('case', tsunagiCase, { today: '2025-12-16' });
    expect(after.issues.filter((i) => i.code.startsWith('tsunagi.')).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['tsunagi.replyOverdue', 'tsunagi.2.steps'],
    ]);
  });
});

describe('the FHIR Task mapping', () => {
  it('maps every status to exactly one R4 Task.status, distinct, with the tsunagu code as businessStatus', () => {
    const codes = TSUNAGI_STATUSES.map((s) => s.code);
    expect(Object.keys(TSUNAGI_FHIR_TASK).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const task = TSUNAGI_FHIR_TASK[code];
      expect(R4_TASK_STATUS).toContain(task.status);
      expect(task.businessStatus).toBe(code);
    }
    expect(new Set(Object.values(TSUNAGI_FHIR_TASK).map((t) => t.status)).size).toBe(codes.length);
  });

  it('keeps its tables in step with the vocabulary: what may follow, who may set it, what ends it', () => {
    const codes = TSUNAGI_STATUSES.map((s) => s.code).sort();
    expect(Object.keys(TSUNAGI_NEXT).sort()).toEqual(codes);
    expect(Object.keys(TSUNAGI_SETTERS).sort()).toEqual(codes);
    for (const code of TSUNAGI_CLOSED) expect(TSUNAGI_NEXT[code]).toEqual([]);
    // A closed つなぎ is FHIR's end too.
    for (const code of TSUNAGI_CLOSED) expect(['rejected', 'completed', 'failed', 'cancelled']).toContain(TSUNAGI_FHIR_TASK[code].status);
  });
});

describe('random step sequences', () => {
  const statuses = TSUNAGI_STATUSES.map((s) => s.code) as TsunagiStatus[];
  const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2025, 6, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const step = fc.record(
    {
      status: fc.constantFrom(...statuses, 'unknownStatus'),
      date: day,
      by: fc.constantFrom('requester' as const, 'receiver' as const),
      reason: fc.constantFrom('noCapacity', 'personsWish', 'made-up'),
    },
    { requiredKeys: ['status', 'date'] },
  );

  it('never makes validate throw, and every finding points into the つなぎ', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), day, (steps, today) => {
        // The one つなぎ, its steps random.
        const c = mutate(tsunagiCase, (x) => (x.tsunagi = [{ ...x.tsunagi![0]!, steps }]));
        const r = validate('case', c, { today });
        for (const i of r.issues.filter((x) => x.code.startsWith('tsunagi.'))) expect(i.path.slice(0, 2)).toEqual(['tsunagi', 0]);
      }),
      { numRuns: 300 },
    );
  });

  it('finds no order error in a sequence that follows the table, and one where it does not', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 6 }), (picks) => {
        const steps: { status: TsunagiStatus; date: string; reason?: string }[] = [{ status: 'requested', date: '2025-07-01' }];
        for (const [k, p] of picks.entries()) {
          const next = TSUNAGI_NEXT[steps.at(-1)!.status];
          if (next.length === 0) break;
          const status = next[p % next.length]!;
          steps.push({
            status,
            date: `2025-07-${String(k + 2).padStart(2, '0')}`,
            ...(status === 'declined' || status === 'notConnected' ? { reason: 'other' } : {}),
          });
        }
        const ok = mutate(tsunagiCase, (x) => (x.tsunagi![0]!.steps = steps));
        expect(validate('case', ok, { today: '2025-08-01' }).issues.filter((i) => i.code === 'tsunagi.statusOrder')).toEqual([]);
        const last = steps.at(-1)!.status;
        // A step after a closed one, or a second 依頼 after anything, breaks the order.
        const bad = mutate(ok, (x) =>
          x.tsunagi![0]!.steps.push({ status: TSUNAGI_CLOSED.includes(last) ? 'accepted' : 'requested', date: '2025-07-20' }),
        );
        expect(validate('case', bad, { today: '2025-08-01' }).issues.some((i) => i.code === 'tsunagi.statusOrder')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the report: つなぎ件数, 受理率, つながった割合 and the days, by receiving field', () => {
  // Hand count, FY2025: 依頼 3 (employment 1, elderly 1, poverty 1); 受理 1 (employment, 8 days); つながった 1
  // (employment, 49 days: 07-14 → 09-01); 辞退 1 (elderly). 受理率 1/3, つながった割合 1/3.
  const report = buildReport([tsunagiCase]);
  const fy = report.fiscalYears.find((f) => f.fiscalYear === 2025)!;

  it('counts each つなぎ at its 依頼 and what it reached by the year’s end', () => {
    expect(fy.tsunagiRequested).toBe(3);
    expect({ ...fy.tsunagiOutcomes }).toEqual({
      'employment|requested': 1,
      'employment|accepted': 1,
      'employment|started': 1,
      'employment|connected': 1,
      'elderly|requested': 1,
      'elderly|declined': 1,
      'poverty|requested': 1,
    });
    expect({ ...fy.tsunagiDaysToAccept }).toEqual({ 'employment|8': 1 });
    expect({ ...fy.tsunagiDaysToOutcome }).toEqual({ 'employment|49': 1 });
  });

  it('gives the rates and medians in the table, and the same in the CSV', () => {
    const t = reportTables(report).find((x) => x.id === 'tsunagi')!;
    const row = (field: string) => t.rows.find((r) => r[2] === field)!;
    expect(row('_all').slice(4)).toEqual([3, 1, 1 / 3, 1, 1 / 3, 8, 49]);
    expect(row('employment').slice(4)).toEqual([1, 1, 1, 1, 1, 8, 49]);
    expect(row('elderly').slice(4)).toEqual([1, 0, 0, 0, 0, null, null]);
    const csv = parse(reportToCsv(report, { table: 'tsunagi' }), { bom: true }) as string[][];
    expect(
      csv
        .slice(1)
        .find((r) => r[2] === '_all')!
        .slice(4),
    ).toEqual(['3', '1', '33.3', '1', '33.3', '8', '49']);
  });

  it('takes the median over many, and keeps a past year as it was when the outcome comes later', () => {
    const days = [3, 5, 5, 10, 30];
    const many: Case = mutate(tsunagiCase, (c) => {
      c.tsunagi = days.map((d, k) => ({
        id: `m${k}`,
        requester: { organization: '多機関協働事業' },
        receiver: { organization: `機関${k}`, field: 'housing' },
        steps: [
          { status: 'requested', date: '2025-06-01' },
          { status: 'accepted', date: `2025-06-${String(1 + d).padStart(2, '0')}` },
          ...(k % 2 ? [{ status: 'connected', date: '2026-05-01' }] : []),
        ],
      }));
    });
    const f = buildReport([many]).fiscalYears.find((x) => x.fiscalYear === 2025)!;
    const t = reportTables(buildReport([many])).find((x) => x.id === 'tsunagi')!;
    expect(t.rows.find((r) => r[0] === 2025 && r[2] === 'housing')![9]).toBe(5);
    // Connected in FY2026: not in FY2025's figures.
    expect(f.tsunagiOutcomes['housing|connected']).toBeUndefined();
    expect(
      buildReport([many], { read: 'latest' }).fiscalYears.find((x) => x.fiscalYear === 2025)!.tsunagiOutcomes['housing|connected'],
    ).toBe(2);
  });
});

describe('one つなぎ on its own, as the receiving agency answers it', () => {
  const budget = tsunagiCase.tsunagi![2]!;
  const reply = (status: string, extra: object = {}) => ({
    ...budget,
    steps: [...budget.steps, { status, date: '2025-12-05', by: 'receiver' as const, ...extra }],
  });

  it('offers each side what may follow and what it sets', () => {
    expect(tsunagiNextFor(budget, 'receiver')).toEqual(['accepted', 'declined', 'notConnected']);
    expect(tsunagiNextFor(budget, 'requester')).toEqual(['cancelled', 'notConnected']);
    expect(tsunagiNextFor(reply('accepted'), 'receiver')).toEqual(['started', 'connected', 'notConnected']);
    expect(tsunagiNextFor(tsunagiCase.tsunagi![1]!, 'receiver')).toEqual([]);
    expect(tsunagiNextFor({ steps: [] }, 'requester')).toEqual(['requested']);
    // It reads the status as everything else does (the latest by date), whatever order the steps were written in.
    expect(tsunagiNextFor({ steps: [...reply('accepted').steps].reverse() }, 'receiver')).toEqual(['started', 'connected', 'notConnected']);
    // A step still being written (no status yet) is not the status.
    expect(tsunagiNextFor({ steps: [...budget.steps, { date: '2025-12-05' } as TsunagiStep] }, 'receiver')).toEqual([
      'accepted',
      'declined',
      'notConnected',
    ]);
  });

  it('validates a reply with the case’s rules, its paths from the つなぎ', () => {
    expect(validateTsunagi(reply('accepted'), { today: '2025-12-05' })).toMatchObject({ ok: true, issues: [] });
    const declined = validateTsunagi(reply('declined'), { today: '2025-12-05', locale: 'en' });
    expect(declined.ok).toBe(false);
    expect(declined.issues.map((i) => [i.code, i.path])).toEqual([['tsunagi.reasonRequired', ['steps', 1, 'reason']]]);
    expect(validateTsunagi(reply('declined', { reason: 'noCapacity' }), { today: '2025-12-05' }).ok).toBe(true);
    const wrong = validateTsunagi(reply('cancelled'), { today: '2025-12-05' });
    expect(wrong.issues.map((i) => [i.code, i.path])).toEqual([['tsunagi.wrongSide', ['steps', 1, 'by']]]);
    const early = validateTsunagi(
      { ...reply('accepted'), steps: [budget.steps[0], { status: 'accepted', date: '2025-11-30', by: 'receiver' }] },
      { today: '2025-12-05' },
    );
    expect(early.issues.map((i) => [i.code, i.path])).toEqual([['tsunagi.statusOrder', ['steps', 1, 'date']]]);
  });

  it('warns the receiver too when the reply is late, and asks for both agencies', () => {
    expect(validateTsunagi(budget, { today: '2025-12-15' }).issues).toEqual([]);
    expect(validateTsunagi(budget, { today: '2025-12-16' }).issues.map((i) => [i.code, i.path, i.severity])).toEqual([
      ['tsunagi.replyOverdue', ['steps'], 'warning'],
    ]);
    const blank = tsunagiForm.empty('2025-12-01');
    expect(validateTsunagi(blank, { today: '2025-12-01' }).issues.map((i) => [i.code, i.path])).toEqual([
      ['field.required', ['requester', 'organization']],
      ['field.required', ['receiver', 'organization']],
    ]);
    expect(tsunagiForm.facts().required(blank, ['receiver', 'organization'])).toBe(true);
    expect(tsunagiForm.facts().required(reply('declined'), ['steps', 1, 'reason'])).toBe(true);
    expect(tsunagiForm.facts().required(reply('accepted'), ['steps', 1, 'reason'])).toBe(false);
  });

  it('never throws on what a link may carry', () => {
    for (const input of [null, 1, 'x', [], {}, { steps: 'x' }, { steps: [{}] }, { ...budget, steps: [{ status: 7 }] }])
      expect(() => validateTsunagi(input)).not.toThrow();
    expect(validateTsunagi({}).ok).toBe(false);
  });

  it('goes back into the case by its id, and the case validates with each step', () => {
    const answered = reply('accepted');
    const c = withTsunagi(tsunagiCase, answered);
    expect(c.tsunagi).toHaveLength(3);
    expect(c.tsunagi![2]).toBe(answered);
    expect(tsunagiCase.tsunagi![2]).toBe(budget);
    expect(validate('case', c, { today: '2025-12-20' }).issues.filter((i) => i.path[0] === 'tsunagi')).toEqual([]);
    expect(withTsunagi(tsunagiCase, { ...answered, id: 't9' }).tsunagi).toHaveLength(4);
  });

  it('keeps only what the answering side adds: its new steps, marked as its own, and its person in charge', () => {
    const tampered = {
      ...reply('accepted', { by: 'requester' as const }),
      purpose: '書き換えた理由',
      receiver: { ...budget.receiver, organization: '別の機関', name: '担当 一郎' },
      steps: [
        { ...budget.steps[0]!, date: '2025-11-01' },
        { status: 'accepted', date: '2025-12-05', by: 'requester' as const },
      ],
    };
    const kept = tsunagiReplyKept(budget, tampered);
    expect(kept).toEqual({
      ...budget,
      receiver: { ...budget.receiver, name: '担当 一郎' },
      steps: [budget.steps[0], { status: 'accepted', date: '2025-12-05', by: 'receiver' }],
    });
    // From the side that asked, a 受理 it may not set is then refused by the case's rule.
    const asRequester = tsunagiReplyKept(budget, tampered, 'requester');
    expect(asRequester.receiver.name).toBeUndefined();
    const c = withTsunagi(tsunagiCase, asRequester);
    expect(
      validate('case', c, { today: '2025-12-20' })
        .issues.filter((i) => i.code === 'tsunagi.wrongSide')
        .map((i) => i.path),
    ).toEqual([['tsunagi', 2, 'steps', 1, 'by']]);
  });
});

describe('a つなぎ begun from a plan’s つなぎ action', () => {
  const [v1, v2] = tsunagiCase.plans;

  it('is asked today by the action’s owner, for its task, linked to the plan version and the action', () => {
    const t = tsunagiFromAction(v1!, 'y4', { id: 'tg-9', today: '2025-07-14' });
    expect(t).toEqual({
      id: 'tg-9',
      planId: 'plan-007-v1',
      actionId: 'y4',
      requester: { organization: '多機関協働事業', name: '前田 浩' },
      receiver: { organization: '' },
      purpose: '長男を地域若者サポートステーションへつなぐ',
      steps: [{ status: 'requested', date: '2025-07-14', by: 'requester' }],
    });
    expect(tsunagiFromAction(v1!, 'nope', { id: 'x', today: '2025-07-14' })).toBeUndefined();
    const byOrganization = {
      ...v1!,
      actions: [{ id: 'z1', ownerOrganization: '社会福祉協議会', status: 'notStarted' as const, kind: 'referral' }],
    };
    expect(tsunagiFromAction(byOrganization, 'z1', { id: 'x', today: '2025-07-14' })!.requester).toEqual({
      organization: '社会福祉協議会',
    });
  });

  it('asks for its receiver in the case, and validates once it is named', () => {
    const t = tsunagiFromAction(v1!, 'y4', { id: 'tg-9', today: '2025-07-14' })!;
    const issues = (c: Case) =>
      validate('case', c, { today: '2025-07-14' }).issues.filter((i) => i.path[0] === 'tsunagi' && i.path[1] === 3);
    expect(issues(withTsunagi(tsunagiCase, t)).map((i) => [i.code, i.path.slice(2)])).toEqual([
      ['field.required', ['receiver', 'organization']],
    ]);
    expect(issues(withTsunagi(tsunagiCase, { ...t, receiver: { organization: '地域若者サポートステーション' } }))).toEqual([]);
  });

  it('belongs to the plan and its later versions, through previousVersionId', () => {
    const station = tsunagiCase.tsunagi![0]!;
    expect(tsunagiOfPlan(tsunagiCase, v1!)).toEqual([station]);
    expect(tsunagiOfPlan(tsunagiCase, v2!)).toEqual([station]);
    expect(tsunagiOfPlan(tsunagiCase, { id: 'plan-other' })).toEqual([]);
    expect(tsunagiOfPlan(tsunagiCase, { id: 'loop', previousVersionId: 'loop' })).toEqual([]);
    expect(tsunagiOfPlan({ plans: [], tsunagi: [station] }, { id: 'plan-007-v2', previousVersionId: 'plan-007-v1' })).toEqual([station]);
  });
});
