// <tsunagu-resource-directory> as a case worker meets it: search by kana, details, stale entries, by keyboard; and the
// picker in the support-sharing and action-plan sheets.
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { validateActionPlan, validateSupportSharing, type ActionPlan, type SupportSharing } from '@tsunagu/core';
import '@tsunagu/sheets/resource-directory';
import '@tsunagu/sheets/support-sharing-sheet';
import '@tsunagu/sheets/action-plan-sheet';
import type { TsunaguActionPlanSheet, TsunaguResourceDirectory, TsunaguSupportSharingSheet } from '@tsunagu/sheets';
import { case8050, dvFamilyMeeting } from '../fixtures/households';
import { townDirectory } from '../fixtures/directory';
import { cleanup, deepActiveElement, expectNoAxeViolations, mount, rendered } from './helpers';

afterEach(cleanup);

async function directory(attrs: Record<string, string> = {}) {
  const picked: string[] = [];
  const root = await mount((r) => {
    const el = document.createElement('tsunagu-resource-directory');
    el.setAttribute('today', '2026-12-07');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.directory = townDirectory;
    el.addEventListener('tsunagu-resource-pick', (e) => picked.push(e.detail.id));
    r.append(el);
  });
  const el = root.querySelector('tsunagu-resource-directory') as TsunaguResourceDirectory;
  await el.updateComplete;
  return { el, sr: el.shadowRoot!, picked };
}

const names = (sr: ShadowRoot) => [...sr.querySelectorAll('li.result .name')].map((n) => n.textContent!);

describe('<tsunagu-resource-directory>', () => {
  it('finds サロン typed in hiragana, says how many, and opens the details by keyboard', async () => {
    const { el, sr } = await directory();
    await userEvent.click(page.getByLabelText(/ことばで探す/));
    await userEvent.keyboard('さろん');
    await el.updateComplete;
    const found = names(sr);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((n) => n.includes('サロン'))).toBe(true);
    expect(sr.querySelector('[role="status"]')!.textContent).toBe(`${found.length}件`);
    // ↓ from the search box reaches the first result; Enter opens its details.
    await userEvent.keyboard('{ArrowDown}');
    expect(deepActiveElement()!.textContent).toBe('詳しく');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const first = sr.querySelector('li.result')!;
    expect(first.querySelector('button[aria-expanded]')!.getAttribute('aria-expanded')).toBe('true');
    expect(first.querySelector('dl')!.textContent).toContain('開いている日時');
    await expectNoAxeViolations(el);
  });

  it('filters by field, area and formality, and marks stale, private and individual entries in words', async () => {
    const { el, sr } = await directory();
    await userEvent.selectOptions(page.getByLabelText('分野'), '就労');
    await el.updateComplete;
    expect(names(sr).length).toBeGreaterThan(0);
    await userEvent.selectOptions(page.getByLabelText('分野'), 'すべて');
    await userEvent.selectOptions(page.getByLabelText('種類'), 'インフォーマル');
    await el.updateComplete;
    expect([...sr.querySelectorAll('li.result')].every((li) => li.textContent!.includes('インフォーマル'))).toBe(true);
    expect(sr.textContent).toContain('最終確認から1年以上');
    await userEvent.click(page.getByLabelText(/ことばで探す/));
    await userEvent.keyboard('民生委員');
    await el.updateComplete;
    const person = sr.querySelector('li.result')!;
    expect(person.textContent).toContain('個人');
    expect(person.textContent).toContain('非公開');
  });

  it('in pick mode, picks by keyboard and tells the page the id only', async () => {
    const { el, picked } = await directory({ mode: 'pick' });
    await userEvent.click(page.getByLabelText(/ことばで探す/));
    await userEvent.keyboard('こどもしょくどう{ArrowDown}{Tab}');
    expect(deepActiveElement()!.getAttribute('aria-label')).toMatch(/^子ども食堂.*を選ぶ$/u);
    await userEvent.keyboard('{Enter}');
    expect(picked).toHaveLength(1);
    expect(el.index!.get(picked[0]!)!.name).toMatch(/^子ども食堂/u);
  });

  it('says so, in words and as an alert, when src serves something that is not a directory, or a broken one is given', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify({ hello: 'world' })], { type: 'application/json' }));
    const root = await mount((r) => {
      const el = document.createElement('tsunagu-resource-directory');
      el.setAttribute('src', url);
      r.append(el);
    });
    const el = root.querySelector('tsunagu-resource-directory') as TsunaguResourceDirectory;
    await expect
      .poll(() => el.shadowRoot!.querySelector('[role="alert"]')?.textContent)
      .toBe('地域資源を読み込めませんでした。時間をおいて、もう一度開いてください。');
    el.directory = { organizations: [], services: [{ id: 'x' }] } as never;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull();
    el.directory = townDirectory;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li.result').length).toBeGreaterThan(0);
  });

  it('links a web address only when it is one: a javascript: URL in a fetched file stays text', async () => {
    const [first] = townDirectory.services.filter((s) => !s.private && s.status === 'active');
    const odd = {
      ...townDirectory,
      services: [
        { ...first!, name: 'テスト用サロン', contact: { url: 'javascript:alert(1)' } },
        { ...first!, id: '00000000-0000-8000-8000-0000000000b2', name: 'テスト用カフェ', contact: { url: 'https://example.jp/cafe' } },
      ],
    };
    const root = await mount((r) => {
      const el = document.createElement('tsunagu-resource-directory');
      el.directory = odd;
      r.append(el);
    });
    const el = root.querySelector('tsunagu-resource-directory') as TsunaguResourceDirectory;
    await el.updateComplete;
    for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded]')) button.click();
    await el.updateComplete;
    const links = [...el.shadowRoot!.querySelectorAll('dl a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://example.jp/cafe');
    expect(links.some((h) => h?.startsWith('javascript:'))).toBe(false);
    expect(el.shadowRoot!.textContent).toContain('javascript:alert(1)');
  });

  it('speaks English with lang="en"', async () => {
    const { sr } = await directory({ lang: 'en' });
    expect(sr.querySelector('h2')!.textContent).toBe('Local resources');
    expect(sr.querySelector('label')!.textContent).toContain('Search');
  });
});

describe('the picker in the sheets', () => {
  it('support-sharing: finds a サロン by hiragana and picks it into a resource, which validates with its directory id', async () => {
    const submitted: SupportSharing[] = [];
    const root = await mount((r) => {
      const el = document.createElement('tsunagu-support-sharing-sheet');
      el.setAttribute('today', '2025-04-09');
      el.value = { ...dvFamilyMeeting, resources: [] };
      el.directory = townDirectory;
      el.addEventListener('tsunagu-submit', (e) => submitted.push(e.detail.value as SupportSharing));
      r.append(el);
    });
    const sheet = root.querySelector('tsunagu-support-sharing-sheet') as TsunaguSupportSharingSheet;
    await rendered(root);
    await userEvent.click(page.getByRole('button', { name: '資源を追加する' }));
    await sheet.updateComplete;
    await userEvent.click(page.getByRole('button', { name: '資源1：地域資源から選ぶ' }));
    // The dialog opens with the search box focused.
    await expect.poll(() => deepActiveElement()?.id).toBe('text');
    await userEvent.keyboard('さろん{ArrowDown}{Tab}{Enter}');
    await sheet.updateComplete;
    expect(sheet.shadowRoot!.querySelector('dialog')).toBeNull();
    const resource = (sheet.value as SupportSharing).resources![0]!;
    const entry = townDirectory.services.find((s) => s.id === resource.directoryId)!;
    expect(resource).toMatchObject({ name: entry.name, type: 'informal' });
    expect(entry.name).toContain('サロン');
    expect(sheet.shadowRoot!.textContent).toContain('地域資源の名簿から選んだ資源です。');
    // Focus went back to the button that opened the picker.
    expect(deepActiveElement()!.getAttribute('aria-label')).toBe('資源1：地域資源から選ぶ');
    expect(validateSupportSharing(sheet.value).ok).toBe(true);
    await userEvent.click(page.getByRole('button', { name: '送信する' }));
    await expect.poll(() => submitted.length).toBe(1);
    expect(submitted[0]!.resources![0]!.directoryId).toBe(entry.id);
  });

  it('support-sharing: a resource typed freely is marked as a candidate entry; Escape closes the picker', async () => {
    const root = await mount((r) => {
      const el = document.createElement('tsunagu-support-sharing-sheet');
      el.value = { ...dvFamilyMeeting, resources: [{ name: '近所の将棋の会', type: 'informal', state: 'considered' }] };
      el.directory = townDirectory;
      r.append(el);
    });
    const sheet = root.querySelector('tsunagu-support-sharing-sheet') as TsunaguSupportSharingSheet;
    await rendered(root);
    expect(sheet.shadowRoot!.textContent).toContain('名簿にない資源です。新しい資源の候補として記録されます。');
    await userEvent.click(page.getByRole('button', { name: '資源1：地域資源から選ぶ' }));
    await expect.poll(() => deepActiveElement()?.id).toBe('text');
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => sheet.shadowRoot!.querySelector('dialog')).toBeNull();
  });

  it('action plan: picks who acts — a 参加支援 place — into an action', async () => {
    const plan = case8050.plans[0]!;
    const root = await mount((r) => {
      const el = document.createElement('tsunagu-action-plan-sheet');
      el.value = plan;
      el.directory = townDirectory;
      r.append(el);
    });
    const sheet = root.querySelector('tsunagu-action-plan-sheet') as TsunaguActionPlanSheet;
    await rendered(root);
    await userEvent.click(page.getByRole('button', { name: '行動1：地域資源から選ぶ' }));
    await expect.poll(() => deepActiveElement()?.id).toBe('text');
    await userEvent.keyboard('ぽると{ArrowDown}{Tab}{Enter}');
    await sheet.updateComplete;
    const action = (sheet.value as ActionPlan).actions[0]!;
    expect(action.ownerOrganization).toMatch(/^若者の居場所 ぽると/u);
    expect(townDirectory.services.find((s) => s.id === action.ownerDirectoryId)!.name).toBe(action.ownerOrganization);
    expect(action.formality).toBe('informal');
    expect(validateActionPlan(sheet.value).issues.filter((i) => i.path.join('.').startsWith('actions.0.owner'))).toEqual([]);
  });
});
