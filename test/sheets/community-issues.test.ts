// The 地域課題 loop by keyboard: a missing resource recorded in a support-sharing sheet shows in the register; a line
// raised to a 推進会議 session gets its decision there, and the register shows the decision.
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { validateMeetingSession, type Case, type MeetingSession, type SupportSharing } from '@tsunagu/core';
import '@tsunagu/sheets/support-sharing-sheet';
import '@tsunagu/sheets/community-issues';
import '@tsunagu/sheets/meeting-session';
import type { TsunaguCommunityIssues, TsunaguMeetingSession, TsunaguSupportSharingSheet } from '@tsunagu/sheets';
import { case8050, dvFamilyMeeting } from '../fixtures/households';
import { promotionSession } from '../fixtures/directory';
import { cleanup, deepActiveElement, expectNoAxeViolations, mount, rendered } from './helpers';

afterEach(cleanup);

/** The 推進会議 before it sits: no theme yet. */
const { themes: _themes, ...promotion } = promotionSession;

/** Tabs forward until the focused element's accessible name (label or aria-label) matches. */
async function tabTo(name: RegExp): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const el = deepActiveElement() as HTMLElement | null;
    const root = el?.getRootNode() as ShadowRoot | Document | undefined;
    const byId = (ids: string | null) =>
      (ids ?? '')
        .split(' ')
        .map((id) => root?.getElementById(id)?.textContent ?? '')
        .join(' ');
    const labels = el && 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])].map((x) => x.textContent).join(' ') : '';
    const label =
      el?.getAttribute('aria-label') ??
      (byId(el?.getAttribute('aria-labelledby') ?? null).trim() || labels || (el?.tagName === 'BUTTON' ? el.textContent : ''));
    if (label && name.test(label.trim())) return;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(`never reached ${name}`);
}

describe('the 地域課題 register', () => {
  it('shows a missing resource recorded by keyboard, and a theme raised to a 推進会議 with its decision', async () => {
    const submitted: SupportSharing[] = [];
    const root = await mount((r) => {
      const sheet = document.createElement('tsunagu-support-sharing-sheet');
      sheet.setAttribute('today', '2025-04-09');
      sheet.value = { ...dvFamilyMeeting, resources: [] };
      sheet.addEventListener('tsunagu-submit', (e) => submitted.push(e.detail.value as SupportSharing));
      r.append(sheet);
    });
    const sheet = root.querySelector('tsunagu-support-sharing-sheet') as TsunaguSupportSharingSheet;
    await rendered(root);
    // Record the missing resource, by keyboard.
    (sheet.shadowRoot!.querySelector('button') as HTMLElement).focus();
    await tabTo(/^資源を追加する$/);
    await userEvent.keyboard('{Enter}');
    await sheet.updateComplete;
    await tabTo(/^名称/);
    await userEvent.keyboard('買い物の送迎');
    // The state is a radio group: Tab enters at the checked 検討中, → chooses the next, 不足している資源.
    await tabTo(/^検討中/);
    await userEvent.keyboard('{ArrowRight}');
    await tabTo(/^テーマ/);
    await userEvent.selectOptions(deepActiveElement() as HTMLSelectElement, '移動');
    await tabTo(/^不足している圏域・地区/);
    await userEvent.keyboard('北部圏域');
    await tabTo(/^送信する$/);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => submitted.length).toBe(1);
    expect(submitted[0]!.resources![0]).toMatchObject({ name: '買い物の送迎', state: 'missing', theme: 'mobility', area: '北部圏域' });

    // The register of the case that holds the meeting shows it.
    const withMeeting: Case = { ...case8050, meetings: [{ ...submitted[0]!, caseId: case8050.id }] };
    const raised: { theme: string; area?: string; summary: string }[] = [];
    const page2 = await mount((r) => {
      const register = document.createElement('tsunagu-community-issues');
      register.cases = [withMeeting];
      register.addEventListener('tsunagu-raise-theme', (e) => raised.push(e.detail));
      const session = document.createElement('tsunagu-meeting-session');
      session.value = promotion;
      // The portal takes a raised line into the session it prepares.
      register.addEventListener('tsunagu-raise-theme', (e) => session.raiseTheme(e.detail));
      r.append(register, session);
    });
    const register = page2.querySelector('tsunagu-community-issues') as TsunaguCommunityIssues;
    const session = page2.querySelector('tsunagu-meeting-session') as TsunaguMeetingSession;
    await rendered(page2);
    const row = register.shadowRoot!.querySelector('tbody tr')!;
    expect(row.querySelector('th')!.textContent).toBe('北部圏域');
    expect(row.textContent).toContain('移動');
    expect(row.textContent).toContain('買い物の送迎（1件）');
    await expectNoAxeViolations(register);

    // Raise it, by keyboard; the session gets the theme; the meeting records its decision.
    (register.shadowRoot!.querySelector('button') as HTMLElement).focus();
    expect(deepActiveElement()!.getAttribute('aria-label')).toBe('北部圏域・移動を会議に挙げる');
    await userEvent.keyboard('{Enter}');
    expect(raised).toHaveLength(1);
    expect(raised[0]!.summary).toContain('不足 1件');
    await session.updateComplete;
    await userEvent.click(page.getByLabelText(/^決定したこと/));
    await userEvent.keyboard('地区社協と外出支援ワゴンの北部運行を検討する');
    await tabTo(/^事例を挙げた会議・担当者へ返す日/);
    await userEvent.keyboard('2026-12-01{Tab}');
    await session.updateComplete;
    const decided = session.value as MeetingSession;
    expect(validateMeetingSession(decided).ok).toBe(true);
    expect(decided.themes![0]).toMatchObject({
      theme: 'mobility',
      area: '北部圏域',
      decision: '地区社協と外出支援ワゴンの北部運行を検討する',
      feedbackOn: '2026-12-01',
    });

    // The register reads the decision back from the session.
    register.sessions = [decided];
    await register.updateComplete;
    expect(register.shadowRoot!.querySelector('tbody tr')!.textContent).toContain('地区社協と外出支援ワゴンの北部運行を検討する');
    expect(register.shadowRoot!.querySelector('tbody tr')!.textContent).toContain('2026年12月1日');
  });

  it('says so when nothing is missing, in English too', async () => {
    const root = await mount((r) => {
      const register = document.createElement('tsunagu-community-issues');
      register.setAttribute('lang', 'en');
      register.cases = [case8050];
      r.append(register);
    });
    await rendered(root);
    expect(root.querySelector('tsunagu-community-issues')!.shadowRoot!.textContent).toContain('No missing resource has been recorded yet.');
  });
});
