// <tsunagu-referral-reply> (issue #34): the receiving agency answers a つなぎ it was sent — 受理, or 辞退 with a
// reason — and later records the outcome, by keyboard; the coordinator's case takes each answer back and shows it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '@tsunagu/sheets/case-record';
import '@tsunagu/sheets/referral-reply';
import { validate, withTsunagi, type Tsunagi } from '@tsunagu/core';
import type { TsunaguReferralReply } from '@tsunagu/sheets';
import { case8050 } from '../fixtures/households';
import { tsunagiCase } from '../fixtures/tsunagi';
import { answerFromLink, takeReply } from '../../docs/examples/referral-reply';
import fc from 'fast-check';
import { poison } from './conformance';
import {
  addStationTsunagi,
  cleanup,
  deepActiveElement,
  expectNoAxeViolations,
  mount,
  mountCaseRecord,
  press,
  rendered,
  tsunagiOpenList,
} from './helpers';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The reply on a page with a つなぎ and a date, and what it submits (copies). */
async function reply(value: Tsunagi | undefined, today: string, attrs: Record<string, string> = {}) {
  const submitted: Tsunagi[] = [];
  const root = await mount((r) => {
    const el = document.createElement('tsunagu-referral-reply');
    el.setAttribute('today', today);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (value) el.value = value;
    el.addEventListener('tsunagu-submit', (e) => submitted.push(structuredClone(e.detail.value as Tsunagi)));
    r.append(el);
  });
  const el = root.querySelector('tsunagu-referral-reply') as TsunaguReferralReply;
  return { el, submitted, sr: el.shadowRoot! };
}

/** Chooses a radio by keyboard: focus the group's first choice, arrow to the one named, as a keyboard user does. */
async function choose(name: string) {
  const radios = page.getByRole('radio').elements() as HTMLInputElement[];
  radios[0]!.focus();
  await userEvent.keyboard(' ');
  for (let i = 0; i < radios.length && !(deepActiveElement() as HTMLInputElement).labels?.[0]?.textContent?.includes(name); i++)
    await userEvent.keyboard('{ArrowDown}');
  await rendered();
}

const openList = tsunagiOpenList;
/** The choices the reply offers, as their labels read. */
const offered = () =>
  page
    .getByRole('radio')
    .elements()
    .map((r) => (r as HTMLInputElement).labels![0]!.textContent!.trim());
const timeline = (sr: ShadowRoot) => [...sr.querySelectorAll('li.entry.tsunagi')].map((li) => li.textContent!.replace(/\s+/g, ' '));

describe('<tsunagu-referral-reply>: the receiving agency answers, the case shows it (#34)', () => {
  it('closes the loop: recorded by keyboard in the case record, accepted and connected in the reply, shown in the case', async () => {
    // The coordinator records the つなぎ on 14 July.
    const rec = await mountCaseRecord({ ...case8050, tsunagi: [] }, '2025-07-14');
    const one = await addStationTsunagi();
    await userEvent.fill(one.getByLabelText(/^伝えた情報/), '本人の希望（午前中・少人数）。');
    await rendered();
    expect(openList(rec.sr)).toEqual(['地域若者サポートステーション — 返事待ち（2025年7月28日まで）']);
    // The case's later contacts are dated to March 2026: it is saved then.
    rec.el.setAttribute('today', '2026-03-31');
    await press('送信する');
    expect(rec.submitted).toHaveLength(1);
    let kase = rec.submitted[0]!;
    const sent = kase.tsunagi![0]!;
    cleanup();

    // The station opens the link on the 22nd: what was shared, and the reply to give.
    const station = await reply(sent, '2025-07-22');
    const request = station.sr.querySelector('dl')!.textContent!.replace(/\s+/g, ' ');
    expect(request).toContain('多機関協働事業');
    expect(request).toContain('就労に向けた準備の場として。');
    expect(request).toContain('2025年7月28日'); // the reply date
    expect(offered()).toEqual(['受理', '辞退', 'つながらなかった']);
    await choose('受理');
    await userEvent.fill(page.getByLabelText(/^担当者/), '川村 真一');
    await userEvent.fill(page.getByLabelText(/^伝えたいこと・メモ/), '初回面談を8月5日に。');
    await press('送信する');
    expect(station.submitted).toHaveLength(1);
    expect(station.submitted[0]!.steps).toEqual([
      { status: 'requested', date: '2025-07-14', by: 'requester' },
      { status: 'accepted', date: '2025-07-22', by: 'receiver', note: '初回面談を8月5日に。' },
    ]);
    expect(station.submitted[0]!.receiver.name).toBe('川村 真一');
    // The portal keeps the answer and sets it back: the reply now asks for the outcome.
    kase = withTsunagi(kase, station.submitted[0]!);
    station.el.saved();
    station.el.value = station.submitted[0]!;
    station.el.setAttribute('today', '2025-09-01');
    await rendered();
    expect(offered()).toEqual(['利用開始', 'つながった', 'つながらなかった']);
    await choose('つながった');
    await press('送信する');
    expect(station.submitted).toHaveLength(2);
    expect(station.submitted[1]!.steps.at(-1)).toEqual({ status: 'connected', date: '2025-09-01', by: 'receiver' });
    kase = withTsunagi(kase, station.submitted[1]!);
    cleanup();

    // The case validates, and the record shows each step and nothing open.
    expect(validate('case', kase, { today: '2026-03-31' }).issues.filter((i) => i.severity === 'error')).toEqual([]);
    const back = await mountCaseRecord(kase, '2026-03-31');
    expect(openList(back.sr)).toEqual([]);
    const steps = timeline(back.sr);
    expect(steps).toHaveLength(3);
    for (const s of ['依頼', '受理', 'つながった']) expect(steps.some((t) => t.includes(`地域若者サポートステーション：${s}`))).toBe(true);
    // Between the two answers the record listed it as waiting for its outcome.
    back.el.setAttribute('today', '2025-08-01');
    back.el.value = withTsunagi(kase, station.submitted[0]!);
    await rendered();
    expect(openList(back.sr)).toEqual(['地域若者サポートステーション — 受理済み・結果待ち']);
  });

  it('asks why it is declined, by a link to the reason, and keeps what was typed', async () => {
    const budget = tsunagiCase.tsunagi![2]!;
    const { el, submitted, sr } = await reply(budget, '2025-12-05');
    await choose('辞退');
    await userEvent.fill(page.getByLabelText(/^伝えたいこと・メモ/), '今月は受付を止めています。');
    await press('送信する');
    expect(submitted).toEqual([]);
    const summary = sr.querySelector('.error-summary')!;
    expect(summary.textContent).toContain('理由を選んでください');
    (summary.querySelector('a') as HTMLAnchorElement).focus();
    await userEvent.keyboard('{Enter}');
    await rendered();
    expect((deepActiveElement() as HTMLSelectElement).labels?.[0]?.textContent).toMatch(/^理由/);
    await page.getByLabelText(/^理由/).selectOptions('空きがない');
    await press('送信する');
    expect(submitted[0]!.steps.at(-1)).toEqual({
      status: 'declined',
      date: '2025-12-05',
      by: 'receiver',
      reason: 'noCapacity',
      note: '今月は受付を止めています。',
    });
    expect(el.validate().ok).toBe(true);
  });

  it('shows a つなぎ that has ended, with nothing to answer, and the late reply’s warning to the receiver', async () => {
    await reply(tsunagiCase.tsunagi![1]!, '2025-12-05');
    expect(page.getByRole('radio').elements()).toHaveLength(0);
    expect(
      page
        .getByRole('status')
        .elements()
        .some((s) => s.textContent!.includes('このつなぎは終わっています（辞退）')),
    ).toBe(true);
    cleanup();
    const late = await reply(tsunagiCase.tsunagi![2]!, '2025-12-16');
    // Nothing chosen yet: the status is asked for, and the reply is late.
    expect(late.el.validate().issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['field.required', 'steps.1.status'],
      ['tsunagi.replyOverdue', 'steps'],
    ]);
  });

  it('is form-associated, keeps a draft across a reload, and the requester may record the outcome', async () => {
    const station = tsunagiCase.tsunagi![0]!;
    const accepted: Tsunagi = { ...station, steps: station.steps.slice(0, 2) };
    const root = await mount((r) => {
      r.innerHTML =
        '<form><tsunagu-referral-reply name="reply" today="2025-08-10" side="requester" draft-key="reply-t1"></tsunagu-referral-reply></form>';
      (r.querySelector('tsunagu-referral-reply') as TsunaguReferralReply).value = accepted;
    });
    const el = root.querySelector('tsunagu-referral-reply') as TsunaguReferralReply;
    await rendered();
    // The side that asked is offered the outcomes and 取消, not 受理.
    expect(offered()).toEqual(['利用開始', 'つながった', 'つながらなかった', '取消']);
    await choose('利用開始');
    const posted = JSON.parse(new FormData(root.querySelector('form')!).get('reply') as string) as Tsunagi;
    expect(posted.steps.at(-1)).toEqual({ status: 'started', date: '2025-08-10', by: 'requester' });
    // The page reloads before it is sent: a new element with the same key offers the draft back.
    el.remove();
    const again = await mount((r) => {
      r.innerHTML = '<tsunagu-referral-reply today="2025-08-10" side="requester" draft-key="reply-t1"></tsunagu-referral-reply>';
      (r.querySelector('tsunagu-referral-reply') as TsunaguReferralReply).value = accepted;
    });
    const restored = again.querySelector('tsunagu-referral-reply') as TsunaguReferralReply;
    await rendered();
    expect(restored.value.steps.at(-1)).toMatchObject({ status: 'started' });
    expect((page.getByRole('radio', { name: '利用開始' }).element() as HTMLInputElement).checked).toBe(true);
  });

  it('speaks English, and axe finds nothing in either language', async () => {
    const { el, sr } = await reply(tsunagiCase.tsunagi![2]!, '2025-12-05');
    expect(await expectNoAxeViolations(el)).toBeGreaterThan(0);
    el.setAttribute('lang', 'en');
    await rendered();
    expect(sr.querySelector('h2')!.textContent).toBe('Reply to a referral');
    expect(offered()).toEqual(['Accepted', 'Declined', 'Did not connect']);
    await choose('Declined');
    await press('Submit');
    expect(sr.querySelector('.error-summary')!.textContent).toContain('Choose why the referral was declined');
    expect(await expectNoAxeViolations(el)).toBeGreaterThan(0);
  });

  it('docs/examples/referral-reply.ts: the link’s page answers, the server keeps the new step only, into the case', async () => {
    const budget = tsunagiCase.tsunagi![2]!;
    let stored = tsunagiCase;
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      fetched.push(`${init?.method ?? 'GET'} ${url}`);
      if (!init?.method) return new Response(JSON.stringify(budget));
      // A reply that also rewrites the purpose: the server keeps the new step only.
      const body = { ...(JSON.parse(init.body as string) as Tsunagi), purpose: '書き換え' };
      const taken = takeReply(stored, budget.id, body);
      if (!taken.ok) return new Response(JSON.stringify({ issues: taken.issues }), { status: 422 });
      stored = taken.value;
      return new Response(JSON.stringify(stored.tsunagi![2]));
    });
    const { el } = await reply(undefined, '2025-12-05');
    await answerFromLink(el, '/api/tsunagi/abc');
    await rendered();
    await choose('受理');
    await press('送信する');
    await expect.poll(() => fetched).toEqual(['GET /api/tsunagi/abc', 'PUT /api/tsunagi/abc']);
    await expect.poll(() => stored.tsunagi![2]!.steps.length).toBe(2);
    expect(stored.tsunagi![2]).toEqual({ ...budget, steps: [...budget.steps, { status: 'accepted', date: '2025-12-05', by: 'receiver' }] });
    // The form shows the つなぎ as kept, and asks for the outcome next.
    await rendered();
    expect(offered()).toEqual(['利用開始', 'つながった', 'つながらなかった']);
  });

  it('shows what the requester wrote as text, in every mode, and keeps it byte for byte', async () => {
    const w = window as unknown as { __xss?: number };
    delete w.__xss;
    for (const payload of ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=1</script>', '"><svg onload="window.__xss=1">']) {
      for (const mode of ['edit', 'readonly']) {
        const doc = poison(tsunagiCase.tsunagi![1]!, payload);
        const { el, sr } = await reply(doc, '2025-12-05', { mode });
        await rendered();
        expect(w.__xss).toBeUndefined();
        expect(sr.querySelectorAll('img, svg, script:not([type])')).toHaveLength(0);
        expect(sr.textContent).toContain(payload);
        expect(el.value).toEqual(doc);
        cleanup();
      }
    }
  });

  it('never throws on garbage set as its value (property)', async () => {
    const { el } = await reply(undefined, '2025-12-05');
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.record({ steps: fc.anything(), receiver: fc.anything() })), async (v) => {
        el.value = v as Tsunagi;
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('h2')).not.toBeNull();
        expect(() => el.validate()).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });
});
