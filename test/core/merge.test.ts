// No edit lost when two people save one case (issue #37): a three-way merge keeps both sides' contacts, small
// changes and status changes, merges each entry with itself, lists a field both changed as a conflict with its
// three values, and gives the other side back when one side changed nothing. The properties run over random
// concurrent edits of the example case (≥ 10,000 runs), the fuzz over any JSON (≥ 100,000 inputs).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CASE_STATUS_NEXT, validate, type Case, type CaseStatus, type ContactEntry } from '@tsunagu/core';
import { mergeCase, mergeDocuments, resolveMerge, type MergeResult } from '@tsunagu/core/merge';
import { yearCase } from '../fixtures/case-year';
import { dvFamilyPlan } from '../fixtures/households';

const runs = (n: number) => Number(process.env['FUZZ_RUNS'] ?? n);
const today = '2026-03-31';
const base: Case = { ...yearCase, revision: 'r7' };
const valid = (c: Case) => validate('case', c, { today }).ok;

const contact = (id: string, date: string, content: string): ContactEntry => ({ id, date, method: 'phone', content });

/** One worker's edit of the case, as the case record makes it. */
type Edit = (c: Case, side: string, n: number) => Case;

const DATES = ['2026-03-01', '2026-03-10', '2026-03-10', '2026-03-20', '2026-03-30'];
const edits = (): fc.Arbitrary<Edit> =>
  fc.oneof(
    fc.record({ date: fc.constantFrom(...DATES), text: fc.string({ maxLength: 20 }) }).map(({ date, text }): Edit => (c, side, n) => ({
      ...c,
      contacts: [...(c.contacts ?? []), contact(`${side}-c${n}`, date, `記録${text}`)],
    })),
    fc.record({ date: fc.constantFrom(...DATES), text: fc.string({ maxLength: 20 }) }).map(({ date, text }): Edit => (c, side, n) => ({
      ...c,
      changes: [...(c.changes ?? []), { id: `${side}-v${n}`, date, memberId: 'p1', text: `変化${text}` }],
    })),
    fc.record({ i: fc.nat(60), text: fc.string({ maxLength: 20 }) }).map(({ i, text }): Edit => (c) => ({
      ...c,
      contacts: (c.contacts ?? []).map((x, j) => (j === i % (c.contacts?.length || 1) ? { ...x, content: `訂正${text}` } : x)),
    })),
    fc.nat(60).map((i): Edit => (c) => ({ ...c, contacts: (c.contacts ?? []).filter((_, j) => j !== i % (c.contacts?.length || 1)) })),
    fc.constantFrom('北地区', '中央地区', '南地区', '').map((district): Edit => (c) => ({
      ...c,
      household: { ...c.household, person: { ...c.household.person, district: district || undefined } },
    })),
    fc
      .subarray(['unemployed', 'illness', 'withdrawn', 'disability'], { minLength: 1 })
      .map((situations): Edit => (c) => ({ ...c, household: { ...c.household, person: { ...c.household.person, situations } } })),
    fc.record({ pick: fc.nat(3), date: fc.constantFrom(...DATES) }).map(({ pick, date }): Edit => (c) => {
      const last = c.statusHistory.at(-1)!;
      const next = CASE_STATUS_NEXT[last.status].filter((s: CaseStatus) => ['coordinating', 'planRunning', 'monitoring'].includes(s));
      if (next.length === 0 || date < last.date) return c;
      return { ...c, statusHistory: [...c.statusHistory, { status: next[pick % next.length]!, date }] };
    }),
  );

const applyAll = (c: Case, list: readonly Edit[], side: string) => list.reduce((doc, e, n) => e(doc, side, n), c);
const sides = fc.tuple(fc.array(edits(), { maxLength: 5 }), fc.array(edits(), { maxLength: 5 }));

const ids = (list: readonly { id: string }[] | undefined) => new Set((list ?? []).map((x) => x.id));
const added = (side: Case, key: 'contacts' | 'changes') => [...ids(side[key])].filter((id) => !ids(base[key]).has(id));

describe('mergeCase: two workers save one case', () => {
  const mine: Case = { ...base, contacts: [...base.contacts!, contact('m1', '2026-03-20', '本人から電話。')] };
  const theirs: Case = {
    ...base,
    revision: 'r8',
    contacts: [...base.contacts!, contact('t1', '2026-03-21', '包括から連絡。')],
  };

  it('keeps both contacts, takes their revision, and needs no decision', () => {
    const { value, conflicts } = mergeCase(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(value.contacts!.slice(-2).map((c) => c.id)).toEqual(['m1', 't1']);
    expect(value.revision).toBe('r8');
    expect(valid(value)).toBe(true);
  });

  it('lists a field both changed, with the three values, and keeps mine until decided', () => {
    const i = 3;
    const edit = (c: Case, content: string): Case => ({ ...c, contacts: c.contacts!.map((x, j) => (j === i ? { ...x, content } : x)) });
    const r = mergeCase(base, edit(mine, '私の記録'), edit(theirs, 'あの人の記録'));
    expect(r.conflicts).toEqual([
      { path: ['contacts', i, 'content'], base: base.contacts![i]!.content, mine: '私の記録', theirs: 'あの人の記録' },
    ]);
    expect(r.value.contacts![i]!.content).toBe('私の記録');
    expect(resolveMerge(r, ['theirs']).contacts![i]!.content).toBe('あの人の記録');
    expect(resolveMerge(r, []).contacts![i]!.content).toBe('私の記録');
    expect(
      resolveMerge(r, ['theirs'])
        .contacts!.slice(-2)
        .map((c) => c.id),
    ).toEqual(['m1', 't1']);
  });

  it('takes what only one side changed, field by field, in the same entry', () => {
    const mineEdit: Case = { ...base, contacts: base.contacts!.map((x, j) => (j === 0 ? { ...x, content: '直した' } : x)) };
    const theirsEdit: Case = { ...base, contacts: base.contacts!.map((x, j) => (j === 0 ? { ...x, next: '次は訪問' } : x)) };
    const { value, conflicts } = mergeCase(base, mineEdit, theirsEdit);
    expect(conflicts).toEqual([]);
    expect(value.contacts![0]).toMatchObject({ content: '直した', next: '次は訪問' });
  });

  it('keeps an entry one side removed and the other changed, as a conflict the worker decides', () => {
    const removed: Case = { ...base, contacts: base.contacts!.slice(1) };
    const changed: Case = { ...base, contacts: base.contacts!.map((x, j) => (j === 0 ? { ...x, content: '追記' } : x)) };
    const r = mergeCase(base, removed, changed);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ mine: undefined, theirs: { id: base.contacts![0]!.id, content: '追記' } });
    expect(r.value.contacts!.some((c) => c.content === '追記')).toBe(true); // nothing dropped until decided
    const kept = resolveMerge(r, ['theirs']);
    expect(kept.contacts).toHaveLength(base.contacts!.length);
    const gone = resolveMerge(r, ['mine']);
    expect(gone.contacts!.map((c) => c.id)).toEqual(base.contacts!.slice(1).map((c) => c.id));
    // A removal on one side of an entry the other left alone is simply a removal.
    expect(mergeCase(base, removed, theirs).value.contacts!.map((c) => c.id)).toEqual([...removed.contacts!.map((c) => c.id), 't1']);
  });

  it('keeps both status changes in date order when the statuses allow it, and asks when they do not', () => {
    const last = base.statusHistory.at(-1)!;
    expect(last.status).toBe('monitoring');
    const withStatus = (c: Case, status: CaseStatus, date: string): Case => ({
      ...c,
      statusHistory: [...c.statusHistory, { status, date }],
    });
    const both = mergeCase(base, withStatus(mine, 'planRunning', '2026-03-20'), withStatus(theirs, 'monitoring', '2026-03-25'));
    expect(both.conflicts).toEqual([]);
    expect(both.value.statusHistory.slice(-2).map((s) => s.status)).toEqual(['planRunning', 'monitoring']);
    // monitoring → monitoring after planRunning on the same line is allowed; coordinating then suspended too —
    // but two 終結 in a row are not: the worker decides which history stands.
    const closing = (c: Case, date: string) => withStatus(c, 'terminated', date);
    const twice = mergeCase(base, closing(mine, '2026-03-20'), closing(theirs, '2026-03-21'));
    expect(twice.conflicts.map((c) => c.path)).toEqual([['statusHistory']]);
    expect(twice.value.statusHistory.at(-1)!.date).toBe('2026-03-20');
    expect(resolveMerge(twice, ['theirs']).statusHistory.at(-1)!.date).toBe('2026-03-21');
  });

  it('merges a set of codes by what each side added and removed', () => {
    const person = (situations: string[]): Case => ({
      ...base,
      household: { ...base.household, person: { ...base.household.person, situations } },
    });
    expect(base.household.person.situations).toEqual(['unemployed', 'illness']);
    const { value, conflicts } = mergeCase(base, person(['illness', 'withdrawn']), person(['unemployed', 'illness', 'disability']));
    expect(conflicts).toEqual([]);
    expect(value.household.person.situations).toEqual(['illness', 'withdrawn', 'disability']);
  });

  it('merges a plan edited by two agencies (the same holds for every sheet)', () => {
    const plan = { ...dvFamilyPlan, revision: '3' };
    const a = { ...plan, actions: plan.actions.map((x, i) => (i === 0 ? { ...x, status: 'done' as const } : x)) };
    const b = { ...plan, revision: '4', direction: { ...plan.direction, goals: '5月中に仕事を探し始める。' } };
    const { value, conflicts } = mergeDocuments(plan, a, b);
    expect(conflicts).toEqual([]);
    expect(value.actions[0]!.status).toBe('done');
    expect(value.direction?.goals).toBe('5月中に仕事を探し始める。');
    expect(value.revision).toBe('4');
  });
});

describe('mergeCase over random concurrent edits', () => {
  it(`is the other side when one side changed nothing`, () => {
    fc.assert(
      fc.property(fc.array(edits(), { maxLength: 6 }), (list) => {
        const changed = applyAll(base, list, 'x');
        expect(mergeCase(base, base, changed)).toEqual({ value: changed, conflicts: [] });
        expect(mergeCase(base, changed, base)).toEqual({ value: changed, conflicts: [] });
      }),
      { numRuns: runs(2000) },
    );
  });

  it('loses nothing either side appended, and validates whenever both sides do (≥ 10,000 runs)', () => {
    let bothValid = 0;
    fc.assert(
      fc.property(sides, ([a, b]) => {
        const mine = applyAll(base, a, 'm');
        const theirs = { ...applyAll(base, b, 't'), revision: 'r8' };
        const r: MergeResult<Case> = mergeCase(base, mine, theirs);
        for (const key of ['contacts', 'changes'] as const)
          for (const id of [...added(mine, key), ...added(theirs, key)]) expect(ids(r.value[key]).has(id)).toBe(true);
        const appended = (side: Case) => side.statusHistory.slice(base.statusHistory.length);
        const inConflict = r.conflicts.some((c) => c.path.join() === 'statusHistory');
        for (const s of [...appended(mine), ...appended(theirs)])
          expect(inConflict || r.value.statusHistory.some((x) => x.status === s.status && x.date === s.date)).toBe(true);
        expect(r.value.revision).toBe('r8');
        if (valid(mine) && valid(theirs)) {
          bothValid++;
          expect(valid(r.value)).toBe(true);
          expect(
            valid(
              resolveMerge(
                r,
                r.conflicts.map(() => 'theirs'),
              ),
            ),
          ).toBe(true);
        }
      }),
      { numRuns: runs(10_000) },
    );
    expect(bothValid).toBeGreaterThan(runs(10_000) * 0.9); // the edits are a worker's: almost all sides validate
  }, 120_000);

  it('never throws on any JSON, and merging a value with itself is that value (≥ 100,000 inputs)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }), (b, m, t) => {
        const r = mergeDocuments(b, m, t);
        resolveMerge(
          r,
          r.conflicts.map((_, i) => (i % 2 ? 'theirs' : 'mine')),
        );
        expect(mergeDocuments(b, m, m).value).toEqual(m);
      }),
      { numRuns: Math.max(100_000, runs(0)) },
    );
  }, 120_000);
});
