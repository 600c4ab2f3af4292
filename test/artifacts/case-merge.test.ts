// No edit lost when two people save one case (issue #37), as two workers meet it: two browser contexts open the
// same case from the example server (docs/examples/case-server.ts) through the docs' page script
// (docs/examples/case-record-page.js) and the built browser file. Both record a contact and both change the
// person's family name. The first save lands; the second gets 412, merges, shows the one conflict, and the worker
// chooses by keyboard and saves again. Both contacts are on the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { validate, type Case } from '@tsunagu/core';
import { handleCaseRequest, type CaseStore } from '../../docs/examples/case-server';
import { yearCase } from '../fixtures/case-year';
import { openLocalSite, type LocalSite } from './local-site';

const dist = new URL('../../packages/sheets/dist/', import.meta.url);
const pageScript = new URL('../../docs/examples/case-record-page.js', import.meta.url);
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const ID = yearCase.id;
const store: CaseStore = new Map();
const log: { method: string; status: number }[] = [];
let site: LocalSite;

beforeAll(async () => {
  store.set(ID, { ...yearCase, revision: '1' });
  site = await openLocalSite((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/assets/case-page.js')
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(pageScript));
    if (url.pathname.startsWith('/assets/')) {
      const file = new URL(`.${url.pathname.slice('/assets'.length)}`, dist);
      if (!existsSync(file)) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
    }
    if (url.pathname.startsWith('/api/cases/')) {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        const answer = handleCaseRequest(store, {
          method: req.method ?? 'GET',
          id: decodeURIComponent(url.pathname.slice('/api/cases/'.length)),
          ifMatch: req.headers['if-match'],
          ifNoneMatch: req.headers['if-none-match'],
          body,
        });
        log.push({ method: req.method ?? 'GET', status: answer.status });
        res.writeHead(answer.status, { 'content-type': 'application/json', ...(answer.etag ? { etag: answer.etag } : {}) });
        res.end(answer.body ? JSON.stringify(answer.body) : '');
      });
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP })
      .end(
        `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>ケース</title><script type="module" src="/assets/tsunagu-sheets.js"></script><script type="module" src="/assets/case-page.js"></script></head><body><tsunagu-case-record data-case-id="${ID}"></tsunagu-case-record></body></html>`,
      );
  });
}, 60_000);

afterAll(() => site?.close());

/** A worker's page: the case loaded into the record. */
async function open(): Promise<Page> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.origin);
  await expect.poll(() => page.getByLabel('本人 氏', { exact: true }).inputValue()).toBe(yearCase.household.person.familyName);
  return page;
}

/** The worker renames the person and records a phone call, as a user does. */
async function edit(page: Page, familyName: string, content: string): Promise<void> {
  await page.getByLabel('本人 氏', { exact: true }).fill(familyName);
  await page.getByRole('button', { name: '支援経過を記録する' }).click();
  await page.getByLabel(/^方法/).selectOption({ label: '電話' });
  await page.getByLabel(/^内容/).fill(content);
  await page.getByRole('button', { name: '記録を閉じる' }).click();
}

const saved = () => store.get(ID)!;

describe('two workers save one case (docs/examples/case-server.ts)', () => {
  it('keeps both contacts: the second save gets 412, merges, and the worker decides the one conflict by keyboard', async () => {
    const a = await open();
    const b = await open();
    await edit(a, '青山', 'Aさんが電話で近況を聞いた。');
    await edit(b, '青田', 'Bさんが電話で通院の予定を聞いた。');

    await a.getByRole('button', { name: '送信する' }).click();
    await expect.poll(() => a.getByText('送信しました。').count()).toBe(1);
    expect(saved().revision).toBe('2');
    expect(saved().household.person.familyName).toBe('青山');

    await b.getByRole('button', { name: '送信する' }).click();
    const panel = b.getByRole('group', { name: 'ほかの人の保存と重なりました' });
    await expect.poll(() => panel.count()).toBe(1);
    expect(log.filter((l) => l.method === 'PUT').map((l) => l.status)).toEqual([200, 412]);
    // One conflict, named by its field's label, both values shown; focus on the panel, nothing saved yet.
    const conflict = panel.getByRole('group', { name: '本人 氏' });
    expect(await panel.getByRole('group').count()).toBe(1);
    expect(await conflict.getByRole('radio', { name: /この画面の入力：\s*青田/ }).isChecked()).toBe(true);
    expect(await conflict.getByRole('radio', { name: /ほかの人が保存した内容：\s*青山/ }).isChecked()).toBe(false);
    expect(await b.evaluate(() => document.querySelector('tsunagu-case-record')!.shadowRoot!.activeElement?.id)).toBe('merge-panel');
    expect(saved().revision).toBe('2');
    // A submit waits for the choice.
    await b.getByRole('button', { name: '送信する' }).click();
    expect(log.filter((l) => l.method === 'PUT')).toHaveLength(2);

    // By keyboard: into the group, the other person's name, then the button.
    await conflict.getByRole('radio', { name: /この画面の入力/ }).focus();
    await b.keyboard.press('ArrowDown');
    expect(await conflict.getByRole('radio', { name: /ほかの人が保存した内容/ }).isChecked()).toBe(true);
    await b.keyboard.press('Tab');
    await b.keyboard.press('Enter');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await b.getByLabel('本人 氏', { exact: true }).inputValue()).toBe('青山');

    await b.getByRole('button', { name: '送信する' }).click();
    await expect.poll(() => b.getByText('送信しました。').count()).toBe(1);
    expect(log.filter((l) => l.method === 'PUT').map((l) => l.status)).toEqual([200, 412, 200]);
    const final: Case = saved();
    expect(final.revision).toBe('3');
    expect(final.household.person.familyName).toBe('青山');
    const contents = final.contacts!.map((c) => c.content);
    expect(contents).toContain('Aさんが電話で近況を聞いた。');
    expect(contents).toContain('Bさんが電話で通院の予定を聞いた。');
    expect(final.contacts).toHaveLength(yearCase.contacts!.length + 2);
    expect(validate('case', final).ok).toBe(true);
  }, 120_000);
});
