// Long lists render in slices (issue #20, ProgressiveController): the first screen comes at once,
// the rest follows in later tasks; nothing a user or the page relies on may see a list cut short —
// updateComplete, focus moves, the error summary, submitting, printing, read-only.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html, type TemplateResult } from 'lit';
import { actionPlanForm, type Action, type ActionPlan, type Case, type FormDefinition, type Referral } from '@tsunagu/core';
import '@tsunagu/sheets/action-plan-sheet';
import '@tsunagu/sheets/case-record';
import '@tsunagu/sheets/referral-sheet';
import {
  TsunaguSheet,
  defineOnce,
  newId,
  rows,
  textArea,
  type SheetFields,
  type TsunaguActionPlanSheet,
  type TsunaguCaseRecord,
  type TsunaguReferralSheet,
} from '@tsunagu/sheets';
import { case8050, dvFamilyPlan, dvFamilyReferral } from '../fixtures/households';
import { cleanup, nextFrame } from './helpers';

afterEach(cleanup);

const N = 60;
/** The plan with N actions, the last one without its task (an error at the end of the list). */
const longPlan = (): ActionPlan => ({
  ...dvFamilyPlan,
  actions: Array.from({ length: N }, (_, i) => ({
    ...dvFamilyPlan.actions[0]!,
    id: `x${i}`,
    task: i === N - 1 ? '' : `行動${i + 1}の内容`,
  })),
});
const rowsIn = (el: HTMLElement) => el.shadowRoot!.querySelectorAll('.row[aria-labelledby^="f-actions-"]').length;
/** The rows of the actions' table on paper (read-only and print). */
const paperRows = (el: HTMLElement) => el.shadowRoot!.querySelectorAll('#f-actions tbody tr').length;

/**
 * A plan sheet composed from the kit, as a city's developer would write one, that counts what its
 * author sees: its renders, and the rows its `renderRow` is asked for (the DOM would not tell: a
 * row rendered again with the same data changes nothing in it).
 */
class CountingPlanSheet extends TsunaguSheet<ActionPlan> {
  renders = 0;
  readonly rowsRendered: number[] = [];
  protected get documentForm(): FormDefinition<ActionPlan> {
    return actionPlanForm;
  }
  protected sheetTitle(): string {
    return '計画';
  }
  protected renderSheet(h: SheetFields): TemplateResult {
    this.renders++;
    return rows<Action>(h, ['actions'], {
      label: '行動',
      itemLabel: (i) => `行動${i + 1}`,
      addLabel: '行動を追加する',
      create: () => ({ id: newId('x'), task: '', status: 'notStarted' }),
      renderRow: (p, i) => {
        this.rowsRendered.push(i);
        return html`${textArea(h, [...p, 'task'], '行うこと')}${textArea(h, [...p, 'result'], '結果')}`;
      },
    });
  }
}
defineOnce('test-counting-plan-sheet', CountingPlanSheet);

/** Appends the sheet and returns it right after its first render, before the later slices. */
async function firstScreen<T extends HTMLElement>(tag: string, set: (el: T) => void, today = '2025-07-10'): Promise<T> {
  const root = document.createElement('div');
  root.className = 'test-root';
  document.body.append(root);
  const el = document.createElement(tag) as T;
  el.setAttribute('today', today);
  set(el);
  root.append(el);
  await Promise.resolve(); // the first render runs in the microtasks after connecting
  await Promise.resolve();
  return el;
}

describe('long lists render in slices', () => {
  it('shows the first rows at once, the rest in later tasks; updateComplete waits for every row', async () => {
    const sheet = await firstScreen<TsunaguActionPlanSheet>('tsunagu-action-plan-sheet', (el) => (el.value = longPlan()));
    expect(sheet.hasUpdated).toBe(true);
    const first = rowsIn(sheet);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(N);
    await sheet.updateComplete;
    expect(rowsIn(sheet)).toBe(N);
    // The overview by owner and due date is whole too.
    expect(sheet.shadowRoot!.querySelectorAll('section.no-print tbody tr')).toHaveLength(N);
  });

  it('leaving a field renders the sheet again only when the field has a message to show, and then only its row', async () => {
    const sheet = await firstScreen<CountingPlanSheet>('test-counting-plan-sheet', (el) => (el.value = longPlan()));
    await sheet.updateComplete;
    const sr = sheet.shadowRoot!;
    const renders = sheet.renders;
    // A filled task, left with the keyboard (to its result): nothing new to show, so the sheet does not render again.
    sr.querySelector<HTMLTextAreaElement>('#f-actions-0-task')!.focus();
    await userEvent.keyboard('{Tab}');
    await sheet.updateComplete;
    expect(sheet.renders).toBe(renders);
    expect(sr.querySelector('#f-actions-0-task')!.getAttribute('aria-invalid')).not.toBe('true');
    // The last action's empty task, left: its message shows at once, and only its row renders again.
    const last = sr.querySelector<HTMLTextAreaElement>(`#f-actions-${N - 1}-task`)!;
    last.focus();
    await sheet.updateComplete;
    sheet.rowsRendered.length = 0;
    await userEvent.keyboard('{Tab}');
    await sheet.updateComplete;
    expect(sheet.renders).toBeGreaterThan(renders);
    expect(sheet.rowsRendered).toEqual([N - 1]);
    expect(last.getAttribute('aria-invalid')).toBe('true');
    expect(last.closest('.field')!.textContent).toContain('行うこと');
  });

  it("a refused submit right after loading lists the last row's error, and its link reaches the field", async () => {
    const sheet = await firstScreen<TsunaguActionPlanSheet>('tsunagu-action-plan-sheet', (el) => (el.value = longPlan()));
    expect(rowsIn(sheet)).toBeLessThan(N);
    sheet.submit();
    await sheet.updateComplete;
    const link = [...sheet.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')].find(
      (a) => a.getAttribute('href') === `#f-actions-${N - 1}-task`,
    );
    expect(link, "the summary links to the last action's task").toBeDefined();
    expect(link!.textContent).toContain('行うこと');
    await userEvent.click(link!);
    await expect.poll(() => sheet.shadowRoot!.activeElement?.id).toBe(`f-actions-${N - 1}-task`);
  });

  it('adding an action before the list is whole shows it and focuses it', async () => {
    const sheet = await firstScreen<TsunaguActionPlanSheet>('tsunagu-action-plan-sheet', (el) => (el.value = longPlan()));
    sheet.shadowRoot!.querySelector<HTMLButtonElement>('#f-actions-add')!.click();
    await sheet.updateComplete;
    expect(rowsIn(sheet)).toBe(N + 1);
    await expect.poll(() => sheet.shadowRoot!.activeElement?.id).toBe(`f-actions-${N}`);
  });

  it('read-only and paper show every action at once', async () => {
    const sheet = await firstScreen<TsunaguActionPlanSheet>('tsunagu-action-plan-sheet', (el) => {
      el.setAttribute('mode', 'print');
      el.value = longPlan();
    });
    expect(paperRows(sheet)).toBe(N);
  });

  it('the page printing (print media) renders the whole plan before layout', async () => {
    const sheet = await firstScreen<TsunaguActionPlanSheet>('tsunagu-action-plan-sheet', (el) => (el.value = longPlan()));
    expect(rowsIn(sheet)).toBeLessThan(N);
    window.dispatchEvent(new Event('beforeprint'));
    expect(paperRows(sheet), 'synchronously, as the browser lays out paper').toBe(N);
    window.dispatchEvent(new Event('afterprint'));
  });

  it("a list inside a row (a member's agencies) is whole once updateComplete resolves", async () => {
    const agencies = Array.from({ length: 9 }, (_, i) => ({ name: `支援機関${i + 1}`, field: 'community' }));
    const value: Referral = { ...dvFamilyReferral, members: dvFamilyReferral.members.map((m, i) => (i === 0 ? { ...m, agencies } : m)) };
    const sheet = await firstScreen<TsunaguReferralSheet>('tsunagu-referral-sheet', (el) => (el.value = value));
    await sheet.updateComplete;
    expect(sheet.shadowRoot!.querySelectorAll('.row[aria-labelledby^="f-members-0-agencies-"]')).toHaveLength(9);
  });

  it('a page that is not shown (a background tab) renders long lists whole at once', async () => {
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      const sheet = await firstScreen<TsunaguActionPlanSheet>('tsunagu-action-plan-sheet', (el) => (el.value = longPlan()));
      expect(rowsIn(sheet)).toBe(N);
    } finally {
      Object.defineProperty(document, 'visibilityState', visibility);
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('the case record shows the newest entries first and the rest of a long timeline after; filters start a new list', async () => {
    const contacts = Array.from({ length: 120 }, (_, i) => ({
      id: `w${i}`,
      date: `2026-${String(4 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      method: 'phone' as const,
      by: { organization: '架空市社会福祉協議会', name: '小林 健' },
      content: `電話#${i + 1}。`,
    }));
    const value: Case = { ...case8050, contacts };
    const record = await firstScreen<TsunaguCaseRecord>('tsunagu-case-record', (el) => (el.value = value), '2026-12-31');
    const entries = () => record.shadowRoot!.querySelectorAll('ol.timeline > li').length;
    const first = entries();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(120);
    const timeline = () => record.shadowRoot!.querySelector('ol.timeline')!.textContent!;
    expect(timeline()).toContain('電話#120。'); // newest first
    expect(timeline()).not.toContain('電話#1。');
    const newest = record.shadowRoot!.querySelector('ol.timeline > li')!.textContent;
    await record.updateComplete;
    expect(timeline()).toContain('電話#1。');
    const whole = entries();
    expect(whole).toBeGreaterThanOrEqual(120);
    // Oldest first: a new view of the list, whole again once updateComplete resolves.
    const order = record.shadowRoot!.querySelector<HTMLSelectElement>('#timeline-order')!;
    order.value = 'asc';
    order.dispatchEvent(new Event('change'));
    await record.updateComplete;
    await nextFrame();
    expect(entries()).toBe(whole);
    expect(record.shadowRoot!.querySelector('ol.timeline > li')!.textContent).not.toBe(newest);
    // Back to newest first, a view shown whole before: it starts again from its first entries
    // (its elements are new), rather than building all 120 in one task.
    order.value = 'desc';
    order.dispatchEvent(new Event('change'));
    await Promise.resolve();
    await Promise.resolve();
    expect(record.shadowRoot!.querySelector('ol.timeline > li')!.textContent).toBe(newest);
    expect(entries()).toBeLessThan(whole);
    await record.updateComplete;
    expect(entries()).toBe(whole);
  });
});
