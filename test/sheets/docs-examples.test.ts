import { afterEach, describe, expect, it, vi } from 'vitest';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { act } from 'react';
import { createApp } from 'vue';
import type { Referral } from '@tsunagu/core';
import { wireReferralSheet } from '../../docs/examples/bundler-app';
import { revisePlan, startPlanFromMeeting } from '../../docs/examples/hand-off';
import { ReferralForm as ReactReferralForm } from '../../docs/examples/react-example';
import { ReferralForm as VueReferralForm } from '../../docs/examples/vue-example';
import cmsPage from '../../docs/examples/cms-page.html?raw';
import themeCss from '../../docs/examples/theme.css?raw';
import { dvFamilyMeeting, dvFamilyPlan, hoardedHouseReferral } from '../fixtures/households';
import { cleanup, mount, sheetsReady } from './helpers';

// React's test environment flag, as React's own testing guide sets it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('docs examples run as written', () => {
  it('cms-page.html: one script tag on a page with no build step', async () => {
    const frame = document.createElement('iframe');
    frame.className = 'test-root';
    frame.srcdoc = cmsPage.replace('/assets/tsunagu-sheets.js', '/packages/sheets/dist/tsunagu-sheets.js');
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    await sheetsReady(frame);
    const doc = frame.contentDocument!;
    expect(doc.querySelector('tsunagu-referral-sheet')!.shadowRoot!.textContent).toContain('紹介シート');
    expect(new FormData(doc.querySelector('form')!).get('referral')).toContain('"kind":"referral"');
  });

  it('bundler-app.ts: posts the submitted referral to the endpoint', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    const root = await mount((r) => r.append(document.createElement('tsunagu-referral-sheet')));
    const sheet = root.querySelector('tsunagu-referral-sheet')!;
    wireReferralSheet(sheet, '/api/referrals');
    sheet.value = hoardedHouseReferral;
    sheet.submit();
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/referrals');
    expect(JSON.parse(init.body as string)).toEqual(hoardedHouseReferral);
  });

  it('hand-off.ts: a plan starts from the meeting, and is revised', async () => {
    const root = await mount((r) =>
      r.append(document.createElement('tsunagu-support-sharing-sheet'), document.createElement('tsunagu-action-plan-sheet')),
    );
    root.querySelector('tsunagu-support-sharing-sheet')!.value = dvFamilyMeeting;
    startPlanFromMeeting();
    const plan = root.querySelector('tsunagu-action-plan-sheet')!;
    expect(plan.value.members).toHaveLength(12);
    revisePlan(dvFamilyPlan, '2025-05-13');
    expect(plan.value.version).toBe(2);
  });

  it('react-example.tsx: React renders the sheet, loads a referral and receives the submit', async () => {
    const root = await mount(() => {});
    const container = root.appendChild(document.createElement('div'));
    const received: Referral[] = [];
    const reactRoot = createRoot(container);
    await act(async () =>
      reactRoot.render(createElement(ReactReferralForm, { initial: hoardedHouseReferral, onSubmit: (r: Referral) => received.push(r) })),
    );
    const sheet = container.querySelector('tsunagu-referral-sheet')!;
    await sheet.updateComplete;
    expect(sheet.getAttribute('name')).toBe('referral');
    await act(async () => sheet.submit());
    expect(received).toEqual([hoardedHouseReferral]);
    expect(container.querySelector('[role=status]')?.textContent).toBe('送信しました');
    await act(async () => reactRoot.unmount());
  });

  it('vue-example.ts: Vue renders the sheet, loads a referral and receives the submit', async () => {
    const root = await mount(() => {});
    const container = root.appendChild(document.createElement('div'));
    const received: Referral[] = [];
    const app = createApp(VueReferralForm, { initial: hoardedHouseReferral, onSubmitted: (r: Referral) => received.push(r) });
    app.mount(container);
    const sheet = container.querySelector('tsunagu-referral-sheet')!;
    await sheet.updateComplete;
    expect(sheet.value).toEqual(hoardedHouseReferral);
    sheet.submit();
    expect(received).toEqual([hoardedHouseReferral]);
    app.unmount();
  });

  it("theme.css: the custom properties change the sheets' colours and corners", async () => {
    const style = document.createElement('style');
    style.textContent = themeCss;
    const root = await mount((r) => r.append(style, document.createElement('tsunagu-action-plan-sheet')));
    const sheet = root.querySelector('tsunagu-action-plan-sheet')!;
    const submit = sheet.shadowRoot!.querySelector('button.primary')!;
    expect(getComputedStyle(submit).backgroundColor).toBe('rgb(0, 102, 58)');
    expect(getComputedStyle(submit).borderTopLeftRadius).toBe('2px');
  });
});
