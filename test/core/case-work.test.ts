import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CASE_STATUSES,
  CASE_STATUS_NEXT,
  MORIOKA_EXAMPLE_POLICY,
  caseClosure,
  caseStatus,
  changeCaseStatus,
  nextCaseStatuses,
  planInForce,
  validate,
  type Case,
  type Termination,
} from '@tsunagu/core';
import { case8050 } from '../fixtures/households';
import { findings, mutate } from './helpers';

const today = { today: '2026-04-01' };
/** The 8050 case up to its monitoring, before it was closed. */
const running: Case = mutate(case8050, (c) => {
  c.statusHistory.splice(4);
  c.plans[1]!.status = 'active';
  delete c.plans[1]!.termination;
  c.plans[1]!.monitoring = { nextDate: '2026-02-10' };
});
const handOff: Termination = {
  reason: 'mainSupporterDecided',
  accompaniers: [{ id: 'acc-1', organization: '地域包括支援センター', formality: 'formal', leads: true }],
  contactOnChange: { organization: '地域包括支援センター', name: '石井 由美' },
  watchFor: '母の体調',
};
/** A case closed at 調整中, before any plan: the referral went to the right service and ended there. */
const early: Case = mutate(case8050, (c) => {
  c.statusHistory = [
    { status: 'opened', date: '2025-05-20' },
    { status: 'coordinating', date: '2025-05-27' },
  ];
  c.plans = [];
  c.meetings = [c.meetings[0]!];
  c.contacts = c.contacts!.slice(0, 2);
  c.changes = [];
});

describe('case status: where the case is and where it may go', () => {
  it('is the last change of the history', () => {
    expect(caseStatus(case8050)).toBe('reopened');
    expect(caseStatus(running)).toBe('monitoring');
  });

  it('offers 再開 only after 終結, and 終結 from every open status', () => {
    expect(nextCaseStatuses(mutate(case8050, (c) => c.statusHistory.pop()))).toEqual(['reopened']);
    for (const { code } of CASE_STATUSES) {
      if (code === 'terminated') continue;
      expect(CASE_STATUS_NEXT[code].includes('terminated')).toBe(true);
      expect(CASE_STATUS_NEXT[code].includes('reopened')).toBe(false);
    }
  });

  it("accepts the practice's path and refuses the moves it does not make (case.statusOrder)", () => {
    const history = (...steps: [string, string][]) =>
      mutate(running, (d) => {
        d.statusHistory = steps.map(([status, date]) => ({
          status: status as 'opened',
          date,
          ...(status === 'terminated' ? { termination: handOff } : {}),
        }));
      });
    const order = (c: Case) =>
      findings('case', c, today)
        .filter((i) => i.code === 'case.statusOrder')
        .map((i) => i.path.join('.'));
    // 受付 → 調整中 → 計画実施中 ⇄ モニタリング → 中断 → 調整中 → 終結 → 再開 → 調整中
    expect(
      order(
        history(
          ['opened', '2025-05-20'],
          ['coordinating', '2025-05-27'],
          ['planRunning', '2025-07-10'],
          ['monitoring', '2025-09-10'],
          ['planRunning', '2025-10-01'],
          ['suspended', '2025-10-15'],
          ['coordinating', '2025-11-01'],
          ['terminated', '2025-11-20'],
          ['reopened', '2026-03-02'],
          ['coordinating', '2026-03-03'],
        ),
      ),
    ).toEqual([]);
    // After 終結 only 再開; nothing before 受付; 受付 is not recorded twice.
    expect(order(history(['opened', '2025-05-20'], ['terminated', '2025-05-21'], ['planRunning', '2025-05-22']))).toEqual([
      'statusHistory.2.status',
    ]);
    expect(order(history(['coordinating', '2025-05-20']))).toEqual(['statusHistory.0.status']);
    expect(order(history(['opened', '2025-05-20'], ['opened', '2025-05-21']))).toEqual(['statusHistory.1.status']);
    expect(order(history(['opened', '2025-05-20'], ['suspended', '2025-05-21'], ['suspended', '2025-05-22']))).toEqual([
      'statusHistory.2.status',
    ]);
  });
});

describe('planInForce', () => {
  it('is the latest version carried out on the date, not one revised by then', () => {
    expect(planInForce(running, '2025-07-09')).toBeUndefined();
    expect(planInForce(running, '2025-08-01')).toBe(0);
    expect(planInForce(running, '2025-09-10')).toBe(1);
    expect(planInForce(case8050, '2026-02-01')).toBeUndefined(); // v2 is terminated
  });
});

describe('changeCaseStatus: one record of 終結', () => {
  it('closes the plan in force with the case: the plan holds the closure, the history its date', () => {
    const closed = changeCaseStatus(running, {
      status: 'terminated',
      date: '2026-01-15',
      meetingId: 'mtg-2026-003',
      note: '主たる支援者が決まった',
      termination: handOff,
    });
    expect(closed.statusHistory.at(-1)).toEqual({
      status: 'terminated',
      date: '2026-01-15',
      meetingId: 'mtg-2026-003',
      note: '主たる支援者が決まった',
    });
    expect(closed.plans[1]).toMatchObject({
      status: 'terminated',
      termination: { ...handOff, date: '2026-01-15', decidedInMeetingId: 'mtg-2026-003' },
    });
    expect(closed.plans[0]).toBe(running.plans[0]); // the earlier version is untouched
    expect(caseClosure(closed, 4)).toEqual({ termination: closed.plans[1]!.termination, path: ['plans', 1, 'termination'] });
    expect(validate('case', closed, { ...today, policy: MORIOKA_EXAMPLE_POLICY }).issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(running.statusHistory).toHaveLength(4); // pure
  });

  it('keeps the closure in the status change when no plan is in force', () => {
    const closed = changeCaseStatus(early, { status: 'terminated', date: '2025-06-10', termination: { reason: 'movedOut' } });
    expect(closed.statusHistory.at(-1)).toEqual({ status: 'terminated', date: '2025-06-10', termination: { reason: 'movedOut' } });
    expect(caseClosure(closed, 2)?.path).toEqual(['statusHistory', 2, 'termination']);
    expect(validate('case', closed, today).ok).toBe(true);
  });

  it('applies the rules of 終結 to a closure in the status change, at its path', () => {
    const bare = changeCaseStatus(early, { status: 'terminated', date: '2025-06-10' });
    const codes = (c: Case, options = today) =>
      findings('case', c, options)
        .filter((i) => i.code.startsWith('termination.'))
        .map((i) => `${i.code} ${i.path.join('.')}`);
    expect(codes(bare)).toEqual(['termination.reasonRequired statusHistory.2.termination.reason']);
    const handingOn = changeCaseStatus(early, {
      status: 'terminated',
      date: '2025-06-10',
      termination: { reason: 'mainSupporterDecided' },
    });
    expect(codes(handingOn)).toEqual([
      'termination.successorRequired statusHistory.2.termination.accompaniers',
      'termination.handOffRequired statusHistory.2.termination.contactOnChange.organization',
    ]);
    expect(codes(changeCaseStatus(early, { status: 'terminated', date: '2025-06-10', termination: handOff }))).toEqual([]);
    // 盛岡: closure is decided in a meeting — the change's own meeting.
    const morioka = { ...today, policy: MORIOKA_EXAMPLE_POLICY };
    const withHandOff = changeCaseStatus(early, { status: 'terminated', date: '2025-06-10', termination: handOff });
    expect(codes(withHandOff, morioka)).toEqual(['termination.meetingRequired statusHistory.2.meetingId']);
    expect(
      codes(
        changeCaseStatus(early, { status: 'terminated', date: '2025-06-10', meetingId: 'mtg-2025-040', termination: handOff }),
        morioka,
      ),
    ).toEqual([]);
  });

  it('refuses a second record of a closure the plan holds', () => {
    const twice = mutate(case8050, (c) => (c.statusHistory[4]!.termination = { reason: 'resolved' }));
    expect(
      findings('case', twice, today)
        .filter((i) => i.code === 'case.terminationMismatch')
        .map((i) => i.path.join('.')),
    ).toEqual(['statusHistory.4.termination']);
  });

  it('re-opens with the new referral linked, the history kept', () => {
    const closed = changeCaseStatus(early, { status: 'terminated', date: '2025-06-10', termination: { reason: 'movedOut' } });
    const back = mutate(
      changeCaseStatus(closed, { status: 'reopened', date: '2026-03-02', referralId: 'ref-2026-011', note: '母の入院' }),
      (c) => c.referrals.push({ ...c.referrals[0]!, id: 'ref-2026-011', referredOn: '2026-03-02' }),
    );
    expect(back.statusHistory.map((s) => s.status)).toEqual(['opened', 'coordinating', 'terminated', 'reopened']);
    expect(validate('case', back, today).ok).toBe(true);
    expect(nextCaseStatuses(back)).not.toContain('reopened');
  });

  it('any sequence of allowed changes, dated forward, keeps the status rules quiet (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 6 }), { maxLength: 12 }), (picks) => {
        let c = early;
        let day = 0;
        for (const n of picks) {
          const options = nextCaseStatuses(c);
          const status = options[n % options.length]!;
          day += 1;
          const date = `2025-06-${String(day).padStart(2, '0')}`;
          c = changeCaseStatus(c, { status, date, ...(status === 'terminated' ? { termination: { reason: 'movedOut' } } : {}) });
        }
        const codes = findings('case', c, today).map((i) => i.code);
        expect(
          codes.filter((x) => x.startsWith('case.status') || x === 'case.reopenWithoutTermination' || x.startsWith('termination.')),
        ).toEqual([]);
      }),
    );
  });
});
