// The docs' recipe for sending a sheet to a server (docs/examples/send-to-server.ts), against the docs'
// server (docs/examples/server.ts, the core under 盛岡's example policy) behind a stubbed fetch: the
// draft survives a 422 and a network failure, and goes only when the server has saved the referral.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Locale, Referral } from '@tsunagu/core';
import type { TsunaguReferralSheet } from '@tsunagu/sheets';
import '@tsunagu/sheets/referral-sheet';
import { sendReferrals } from '../../docs/examples/send-to-server';
import { receiveReferral } from '../../docs/examples/server';
import { hoardedHouseReferral } from '../fixtures/households';
import { cleanup, deepActiveElement, mount, rendered } from './helpers';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const KEY = 'tsunagu-draft:new-referral';
/** Consent was checked, but the day is not written: a warning here, an error under 盛岡's policy on the server. */
const undated: Referral = { ...hoardedHouseReferral, consent: { ...hoardedHouseReferral.consent, date: undefined } };

/** The portal's API: the docs' server, or a network that fails. */
function server(mode: 'server' | 'offline') {
  const posted: Referral[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      if (mode === 'offline') throw new TypeError('Failed to fetch');
      const locale = new Headers(init.headers).get('accept-language') as Locale;
      const { status, issues } = receiveReferral(init.body as string, locale);
      if (status === 201) posted.push(JSON.parse(init.body as string) as Referral);
      return new Response(status === 201 ? null : JSON.stringify({ issues }), { status });
    }),
  );
  return posted;
}

/** The portal's page, opened (or reopened after a reload) with the sheet and the recipe wired. */
async function portal(value?: Referral) {
  const root = await mount((r) => {
    const el = document.createElement('tsunagu-referral-sheet');
    el.setAttribute('draft-key', 'new-referral');
    el.setAttribute('today', '2025-06-12');
    r.append(el);
  });
  const sheet = root.querySelector('tsunagu-referral-sheet') as TsunaguReferralSheet;
  sendReferrals(sheet, '/api/referrals');
  if (value) sheet.value = value;
  await sheet.updateComplete;
  return { root, sheet };
}

const stored = () => JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { sentAt?: number; doc: Referral } | null;

describe('sending a sheet to the server (docs/examples/send-to-server.ts)', () => {
  it('422: the server’s issues appear at their fields and in the summary, and the draft survives a reload', async () => {
    const posted = server('server');
    const { root, sheet } = await portal(undated);
    await userEvent.fill(page.getByLabelText(/^紹介者 氏名/).first(), '水野 さくら'); // an edit: the draft is written
    await page.getByRole('button', { name: '送信する' }).click();

    // The server refused: its issue is in the summary, which has focus, and at the field.
    const summary = sheet.shadowRoot!.querySelector('.error-summary')!;
    await expect.poll(() => summary.isConnected && summary.textContent).toContain('確認した日');
    await expect.poll(() => deepActiveElement()?.id).toBe('error-summary');
    const date = sheet.shadowRoot!.querySelector('#f-consent-date')!;
    expect(date.getAttribute('aria-invalid')).toBe('true');
    const described = date
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => sheet.shadowRoot!.getElementById(id)?.textContent)
      .join(' ');
    expect(described).toContain('同意を確認した日付を入力してください。');
    await expect.element(page.getByRole('alert').filter({ hasText: '送信できませんでした。' })).toBeInTheDocument();
    expect(posted).toHaveLength(0);
    expect(stored()?.doc.referrer.name).toBe('水野 さくら');

    // The tab is reloaded: the draft comes back, said to have been sent without a confirmed save.
    root.remove();
    const again = await portal();
    expect(again.sheet.value.referrer.name).toBe('水野 さくら');
    await expect
      .element(page.getByRole('status').filter({ hasText: '保存が確認されていない送信済みの下書きを復元しました' }))
      .toBeInTheDocument();

    // The user writes the day, and sends again: saved, and the draft is gone.
    await userEvent.fill(page.getByLabelText(/^確認した日/).first(), '2025-06-10');
    await page.getByRole('button', { name: '送信する' }).click();
    await expect.poll(() => posted.length).toBe(1);
    expect(posted[0]!.consent.date).toBe('2025-06-10');
    expect(sessionStorage.getItem(KEY)).toBeNull();
    await expect.element(page.getByRole('status').filter({ hasText: '送信しました。' })).toBeInTheDocument();
  });

  it('the server’s issue goes when its field is edited, and does not block a new submit', async () => {
    server('server');
    const { sheet } = await portal(undated);
    sheet.sendFailed([
      { code: 'consent.dateMissing', path: ['consent', 'date'], severity: 'error', message: '同意を確認した日付を入力してください。' },
      // What a server may send that is not an issue is ignored.
      { code: 42, path: 'consent', severity: 'fatal' } as never,
    ]);
    await rendered();
    expect(sheet.shadowRoot!.querySelectorAll('.error-summary li')).toHaveLength(1);
    expect(sheet.checkValidity()).toBe(true); // the document is valid here; the server decides again
    await userEvent.fill(page.getByLabelText(/^確認した日/).first(), '2025-06-10');
    await rendered();
    expect(sheet.shadowRoot!.querySelector('.error-summary')).toBeNull();
  });

  it('in English, the server answers in the sheet’s language', async () => {
    server('server');
    const { sheet } = await portal(undated);
    sheet.setAttribute('lang', 'en');
    await sheet.updateComplete;
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => sheet.shadowRoot!.querySelector('.error-summary')?.textContent ?? '').toContain('Date checked');
    await expect.element(page.getByRole('alert').filter({ hasText: 'It could not be sent.' })).toBeInTheDocument();
  });

  it('a network failure: the sheet says so, and everything typed is still there and stored', async () => {
    server('offline');
    const { sheet } = await portal(hoardedHouseReferral);
    await userEvent.fill(page.getByLabelText(/^紹介者 氏名/).first(), '水野 さくら');
    await page.getByRole('button', { name: '送信する' }).click();
    await expect
      .element(page.getByRole('alert').filter({ hasText: '送信できませんでした。入力した内容は残っています。' }))
      .toBeInTheDocument();
    expect(sheet.value.referrer.name).toBe('水野 さくら');
    expect(stored()).toMatchObject({ doc: { referrer: { name: '水野 さくら' } } });
    expect(stored()!.sentAt).toBeTypeOf('number');
  });

  it('confirmed: the draft is gone, and a reload opens an empty sheet', async () => {
    const posted = server('server');
    const { root } = await portal(hoardedHouseReferral);
    await userEvent.fill(page.getByLabelText(/^紹介者 氏名/).first(), '水野 さくら');
    expect(stored()).not.toBeNull();
    await page.getByRole('button', { name: '送信する' }).click();
    await expect.poll(() => posted.length).toBe(1);
    await expect.poll(() => sessionStorage.getItem(KEY)).toBeNull();
    root.remove();
    const again = await portal();
    expect(again.sheet.value.referrer.name ?? '').toBe('');
    expect(again.sheet.shadowRoot!.textContent).not.toContain('下書きを復元しました');
  });

  it('without a draft key, the sheet promises no draft: it says nothing until the page reports the send', async () => {
    const posted = server('server');
    const root = await mount((r) => r.append(document.createElement('tsunagu-referral-sheet')));
    const sheet = root.querySelector('tsunagu-referral-sheet') as TsunaguReferralSheet;
    sendReferrals(sheet, '/api/referrals');
    sheet.value = hoardedHouseReferral;
    await sheet.updateComplete;
    sheet.submit();
    await sheet.updateComplete;
    expect(sheet.shadowRoot!.textContent).not.toContain('下書き');
    await expect.poll(() => posted.length).toBe(1);
    await expect.element(page.getByRole('status').filter({ hasText: '送信しました。' })).toBeInTheDocument();
    expect(sessionStorage.length + localStorage.length).toBe(0);
  });

  it('an expired draft is not restored', async () => {
    sessionStorage.setItem(
      KEY,
      JSON.stringify({
        v: 1,
        schemaVersion: '1.0',
        writer: 'yesterday',
        savedAt: Date.now() - 9 * 3_600_000,
        expiresAt: Date.now() - 3_600_000,
        doc: hoardedHouseReferral,
      }),
    );
    const { sheet } = await portal();
    expect(sheet.value.referrer.name ?? '').toBe('');
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });
});
