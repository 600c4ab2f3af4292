import axe from 'axe-core';
import { expect } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Case } from '@tsunagu/core';
import type { TsunaguCaseRecord, TsunaguSheet } from '@tsunagu/sheets';

/** Mounts markup in a fresh container and waits for every sheet in it to render. */
export async function mount(build: (root: HTMLElement) => void): Promise<HTMLElement> {
  const root = document.createElement('div');
  root.className = 'test-root';
  document.body.append(root);
  build(root);
  for (const el of root.querySelectorAll<TsunaguSheet<object>>('*')) {
    if ('updateComplete' in el) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
  return root;
}

/** Removes everything mounted by a test. */
export function cleanup(): void {
  for (const r of document.querySelectorAll('.test-root')) r.remove();
  localStorage.clear();
  sessionStorage.clear();
}

/** The element focused, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Runs axe-core over an element (shadow DOM included) and fails on any violation. */
export async function expectNoAxeViolations(context: Element): Promise<number> {
  const result = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { region: { enabled: false } }, // a component is not a page
  });
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
  return result.passes.length;
}

/** Waits until every element mounted by the test has rendered what the last action changed. */
export async function rendered(root: ParentNode = document): Promise<void> {
  for (const el of root.querySelectorAll('*'))
    if ('updateComplete' in el) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** The next event of a type on a target. */
export const nextEvent = <E extends Event = Event>(target: EventTarget, type: string): Promise<E> =>
  new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as E), { once: true }));

/** The next frame: layout has followed a change of size. */
export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** A page in an iframe once its module script has defined the sheets and the first sheet has rendered. */
export async function sheetsReady(frame: HTMLIFrameElement, tag = 'tsunagu-referral-sheet'): Promise<void> {
  const win = frame.contentWindow!;
  await win.customElements.whenDefined(tag);
  await rendered(frame.contentDocument!);
}

/** A case record on the page with a case and a reference date, and the cases it submits (copies). Define the element first. */
export async function mountCaseRecord(value: Case, today: string): Promise<{ el: TsunaguCaseRecord; submitted: Case[]; sr: ShadowRoot }> {
  const submitted: Case[] = [];
  const root = await mount((r) => {
    const el = document.createElement('tsunagu-case-record');
    el.setAttribute('today', today);
    el.value = value;
    el.addEventListener('tsunagu-submit', (e) => submitted.push(structuredClone(e.detail.value as Case)));
    r.append(el);
  });
  const el = root.querySelector('tsunagu-case-record') as TsunaguCaseRecord;
  return { el, submitted, sr: el.shadowRoot! };
}

/** Presses a button by keyboard (focus, Enter), within a part of the page, and waits for the render. */
export async function press(name: string | RegExp, within: ReturnType<typeof page.getByRole> | typeof page = page): Promise<void> {
  (within.getByRole('button', { name }).element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
  await rendered();
}

/** The case record's open つなぎ, as the list reads. */
export const tsunagiOpenList = (sr: ShadowRoot): string[] =>
  [...sr.querySelectorAll('ul[aria-labelledby="tsunagi-open"] li')].map((li) => li.textContent!.trim());

/**
 * The coordinator adds a つなぎ in the case record (case8050, no つなぎ yet) as a user does: the son handed on to the
 * 地域若者サポートステーション (就労) by the 多機関協働事業, and why. Returns the つなぎ's group.
 */
export async function addStationTsunagi(): Promise<ReturnType<typeof page.getByRole>> {
  await press('つなぎを追加する');
  const one = page.getByRole('group', { name: 'つなぎ1' });
  await userEvent.fill(one.getByLabelText(/^つなぎ先（機関・サービス）/), '地域若者サポートステーション');
  await one.getByLabelText(/^つなぎ先の分野/).selectOptions('就労');
  await userEvent.fill(one.getByLabelText(/^つないだ機関/), '多機関協働事業');
  await userEvent.click(one.getByRole('checkbox', { name: '高橋 誠' }));
  await userEvent.fill(one.getByLabelText(/^つなぐ理由/), '就労に向けた準備の場として。');
  await rendered();
  return one;
}
