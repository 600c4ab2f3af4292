/**
 * The conformance suite every sheet passes: form association, drafts, free
 * text as text in every mode, print, read-only, axe and English. Run by
 * conformance.test.ts for each sheet.
 */
import { describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import type { TsunaguSheet } from '@tsunagu/sheets';
import { deepActiveElement, expectNoAxeViolations, mount, settle } from './helpers';

export interface SheetUnderTest {
  tag: 'tsunagu-referral-sheet' | 'tsunagu-support-sharing-sheet' | 'tsunagu-action-plan-sheet';
  /** A realistic, valid document. */
  filled: object;
  /** The label of a required free-text field of the empty sheet, for typing. */
  textLabel: RegExp;
  /** Its path in the document. */
  textPath: string[];
  /** Words of the Japanese and English titles. */
  title: { ja: string; en: string };
  today: string;
}

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1">',
  "javascript:window.__xss=1//<a href='javascript:window.__xss=1'>x</a>",
];

/** Every free-text string of a document replaced by a payload; codes, ids and dates kept. */
export function poison<T>(doc: T, payload: string): T {
  const looksLikeCode = (s: string) => /^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(s) || /^\d{4}-\d{2}-\d{2}$/.test(s);
  const walk = (v: unknown): unknown =>
    typeof v === 'string' ? (looksLikeCode(v) ? v : payload) : Array.isArray(v) ? v.map(walk) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)])) : v;
  return walk(doc) as T;
}

async function sheetIn(s: SheetUnderTest, attrs: Record<string, string> = {}, inForm = true) {
  const root = await mount((r) => {
    const el = document.createElement(s.tag);
    el.setAttribute('today', s.today);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (inForm) {
      const form = document.createElement('form');
      form.append(el);
      r.append(form);
    } else r.append(el);
  });
  const sheet = root.querySelector(s.tag) as unknown as TsunaguSheet<object>;
  await sheet.updateComplete;
  return { root, sheet, form: root.querySelector('form') };
}

export function conformance(s: SheetUnderTest): void {
  describe(`${s.tag}: conformance`, () => {
    it('puts the document into the form and blocks an invalid submit with a focused summary', async () => {
      const { sheet, form } = await sheetIn(s, { name: 'doc' });
      sheet.value = s.filled;
      await sheet.updateComplete;
      expect(JSON.parse(new FormData(form!).get('doc') as string)).toEqual(s.filled);
      expect(sheet.checkValidity()).toBe(true);

      sheet.value = undefined; // an empty document
      await sheet.updateComplete;
      let posted = 0;
      form!.addEventListener('submit', (e) => { e.preventDefault(); posted++; });
      form!.requestSubmit();
      await settle();
      expect(posted).toBe(0);
      const summary = sheet.shadowRoot!.querySelector('.error-summary');
      expect(summary).not.toBeNull();
      expect(deepActiveElement()).toBe(summary);
    });

    it('restores a draft after the page is gone, and clears it after a successful submit', async () => {
      const first = await sheetIn(s, { 'draft-key': `conf-${s.tag}` });
      await userEvent.fill(page.getByLabelText(s.textLabel).first(), '下書きの内容');
      first.root.remove();
      const again = await sheetIn(s, { 'draft-key': `conf-${s.tag}` });
      await expect.element(page.getByLabelText(s.textLabel).first()).toHaveValue('下書きの内容');
      let cursor: unknown = again.sheet.value;
      for (const k of s.textPath) cursor = (cursor as Record<string, unknown>)[k];
      expect(cursor).toBe('下書きの内容');
      again.sheet.value = s.filled;
      await again.sheet.updateComplete;
      await userEvent.fill(page.getByLabelText(s.textLabel).first(), '送信する内容');
      expect(localStorage.getItem(`tsunagu-draft:conf-${s.tag}`)).not.toBeNull();
      again.form!.addEventListener('submit', (e) => e.preventDefault());
      again.sheet.submit();
      await settle();
      expect(localStorage.getItem(`tsunagu-draft:conf-${s.tag}`)).toBeNull();
    });

    for (const mode of ['edit', 'readonly', 'print'] as const) {
      it(`renders injected markup as text in ${mode} mode and round-trips it byte for byte`, async () => {
        const w = window as unknown as { __xss?: number };
        delete w.__xss;
        for (const payload of PAYLOADS) {
          const { root, sheet } = await sheetIn(s, { mode }, false);
          const doc = poison(s.filled, payload);
          sheet.value = doc;
          await sheet.updateComplete;
          await settle(10);
          expect(w.__xss).toBeUndefined();
          expect(sheet.shadowRoot!.querySelectorAll('img, svg, a[href^="javascript"], script:not([type])')).toHaveLength(0);
          expect(sheet.value).toEqual(doc);
          if (mode !== 'edit') expect(sheet.shadowRoot!.textContent).toContain(payload);
          root.remove();
        }
      });
    }

    it('prints with no controls and every section shown', async () => {
      const { sheet } = await sheetIn(s, {}, false);
      sheet.value = s.filled;
      await sheet.updateComplete;
      await commands.emulateMedia('print');
      try {
        const sr = sheet.shadowRoot!;
        for (const b of sr.querySelectorAll('button')) expect(getComputedStyle(b).display).toBe('none');
        expect(sr.querySelectorAll('section').length).toBeGreaterThan(3);
        for (const sec of sr.querySelectorAll('section')) expect(getComputedStyle(sec).display).not.toBe('none');
      } finally {
        await commands.emulateMedia('screen');
      }
    });

    it('renders a submitted document read-only with no inputs and the same values', async () => {
      const { sheet } = await sheetIn(s, { readonly: '' }, false);
      sheet.value = s.filled;
      await sheet.updateComplete;
      const sr = sheet.shadowRoot!;
      expect(sr.querySelectorAll('input, textarea, select')).toHaveLength(0);
      expect(sheet.value).toEqual(s.filled);
      let cursor: unknown = s.filled;
      for (const k of s.textPath) cursor = (cursor as Record<string, unknown>)[k];
      expect(sr.textContent).toContain(cursor as string);
    });

    it('has no axe violations empty, filled, and with errors after a submit', async () => {
      const { sheet } = await sheetIn(s, {}, false);
      await expectNoAxeViolations(sheet as unknown as Element);
      sheet.value = s.filled;
      await sheet.updateComplete;
      await expectNoAxeViolations(sheet as unknown as Element);
      sheet.value = undefined;
      await sheet.updateComplete;
      sheet.submit();
      await settle();
      expect(sheet.shadowRoot!.querySelector('.error-summary')).not.toBeNull();
      await expectNoAxeViolations(sheet as unknown as Element);
    });

    it('speaks English under lang="en"', async () => {
      const { sheet } = await sheetIn(s, { lang: 'en' }, false);
      expect(sheet.shadowRoot!.querySelector('h2')!.textContent).toContain(s.title.en);
      const ja = await sheetIn(s, {}, false);
      expect(ja.sheet.shadowRoot!.querySelector('h2')!.textContent).toContain(s.title.ja);
    });
  });
}
