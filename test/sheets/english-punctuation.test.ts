// In English, what the components write around the data uses English punctuation: "Plan (2025-04-08)",
// "Status: Monitoring", "visit, phone" — never the Japanese （）, ： or 、 beside English words (issue #31).
// The fixtures' data stays Japanese, so the check looks only where an English letter or digit meets
// Japanese punctuation.
import { afterEach, expect, it } from 'vitest';
import '@tsunagu/sheets/referral-sheet';
import '@tsunagu/sheets/case-record';
import '@tsunagu/sheets/support-sharing-sheet';
import '@tsunagu/sheets/action-plan-sheet';
import '@tsunagu/sheets/meeting-session';
import '@tsunagu/sheets/report-view';
import { buildReport } from '@tsunagu/core';
import { dvFamilyReferral, dvFamilyMeeting, dvFamilyPlan } from '../fixtures/households';
import { yearCase } from '../fixtures/case-year';
import { threeCaseSession } from '../fixtures/sessions';
import { himiCases } from '../fixtures/himi';
import { cleanup, mount } from './helpers';

afterEach(cleanup);

const MIXED = /[A-Za-z0-9.)]（|）[A-Za-z]|[A-Za-z)]：|[A-Za-z)]、/;

/** Every text node and accessible label in an element's shadow tree, nested ones too. */
function texts(root: ShadowRoot): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent!);
    if (n instanceof Element) {
      for (const a of ['aria-label', 'title']) if (n.hasAttribute(a)) out.push(n.getAttribute(a)!);
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

it.each([
  ['tsunagu-referral-sheet', dvFamilyReferral],
  ['tsunagu-support-sharing-sheet', dvFamilyMeeting],
  ['tsunagu-action-plan-sheet', dvFamilyPlan],
  ['tsunagu-case-record', yearCase],
  ['tsunagu-meeting-session', threeCaseSession],
  ['tsunagu-report-view', buildReport(himiCases())],
] as const)('%s in English', async (tag, value) => {
  const root = await mount((r) => {
    const el = document.createElement(tag) as HTMLElement & { value: unknown };
    el.setAttribute('lang', 'en');
    el.value = value;
    r.append(el);
  });
  const el = root.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown>; validate?: () => unknown };
  await el.updateComplete;
  expect(texts(el.shadowRoot!).filter((t) => MIXED.test(t))).toEqual([]);
});
