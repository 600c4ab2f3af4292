/**
 * The conformance suite every sheet passes: form association, drafts, free
 * text as text in every mode, print, read-only, axe and English. Called from
 * each sheet's own test file (test/core/source-layout.test.ts fails for a sheet
 * whose file does not).
 */
import { describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import type { TsunaguSheet } from '@tsunagu/sheets';
import fc from 'fast-check';
import { DEFAULT_POLICY, type MunicipalPolicy } from '@tsunagu/core';
import { deepActiveElement, expectNoAxeViolations, mount, nextEvent, nextFrame, rendered } from './helpers';

/** The accessible name of a focused control, roughly as assistive technology computes it. */
function nameOf(el: Element | null): string {
  if (!el) return '';
  const root = el.getRootNode() as ShadowRoot | Document;
  const id = el.getAttribute('id');
  const label = id ? root.querySelector(`label[for="${CSS.escape(id)}"]`) : el.closest('label');
  const text = label?.textContent || el.getAttribute('aria-label') || el.textContent || '';
  return text.replace(/\s+/g, ' ').trim();
}

/** One key press at a time, as a keyboard user works through the sheet. */
export type KeyStep = { type: string } | { key: string } | { tabTo: RegExp };

export interface SheetUnderTest {
  /** The element: one of the three sheets, or a sheet composed from the kit. */
  tag: string;
  /** A realistic, valid document. */
  filled: object;
  /** The label of a required free-text field of the empty sheet, for typing. */
  textLabel: RegExp;
  /** Its path in the document. */
  textPath: string[];
  /** Words of the Japanese and English titles. */
  title: { ja: string; en: string };
  today: string;
  /**
   * Keyboard-only completion of the empty sheet up to a valid submit: `tabTo` presses Tab until a field
   * whose accessible name matches has focus (counting presses), `type` types, `key` presses a key.
   */
  keyboardPath: KeyStep[];
  /**
   * What the page gives the sheet besides its document, to show a municipality's code-list entries (the
   * assessment names its members by their relationship from the case's household): called with the policy's
   * extension entry before the document is set.
   */
  withExtension?: (sheet: HTMLElement, entry: { code: string; ja: string; en: string }) => void;
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
    typeof v === 'string'
      ? looksLikeCode(v)
        ? v
        : payload
      : Array.isArray(v)
        ? v.map(walk)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
          : v;
  return walk(doc) as T;
}

async function sheetIn(s: SheetUnderTest, attrs: Record<string, string> = {}, inForm = true, policy?: MunicipalPolicy) {
  const root = await mount((r) => {
    const el = document.createElement(s.tag);
    if (policy) (el as unknown as { policy: MunicipalPolicy }).policy = policy;
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
      form!.addEventListener('submit', (e) => {
        e.preventDefault();
        posted++;
      });
      form!.requestSubmit();
      await rendered();
      expect(posted).toBe(0);
      const summary = sheet.shadowRoot!.querySelector('.error-summary');
      expect(summary).not.toBeNull();
      expect(deepActiveElement()).toBe(summary);
    });

    it('follows the form: reset, restore, a disabled fieldset, and a changed name', async () => {
      const root = await mount((r) => {
        r.innerHTML = `<form><fieldset><${s.tag} name="doc" today="${s.today}" draft-key="reset-${s.tag}"></${s.tag}></fieldset></form>`;
      });
      const form = root.querySelector('form')!;
      const fieldset = root.querySelector('fieldset')!;
      const sheet = root.querySelector(s.tag) as unknown as TsunaguSheet<object>;
      sheet.value = s.filled;
      await sheet.updateComplete;
      // The user types; a reset returns to the document the page set, and the draft is gone.
      await userEvent.fill(page.getByLabelText(s.textLabel).first(), '入力途中の内容');
      expect(sessionStorage.getItem(`tsunagu-draft:reset-${s.tag}`)).not.toBeNull();
      form.reset();
      await sheet.updateComplete;
      expect(sheet.value).toEqual(s.filled);
      expect(sessionStorage.getItem(`tsunagu-draft:reset-${s.tag}`)).toBeNull();
      // Back/forward restore gives the document the browser kept, as the platform calls it.
      const kept = { ...s.filled, id: 'restored-doc' };
      (sheet as unknown as { formStateRestoreCallback(state: string, mode: string): void }).formStateRestoreCallback(
        JSON.stringify(kept),
        'restore',
      );
      expect(sheet.value).toEqual(kept);
      // A disabled fieldset disables every control and the submit button, and enabling it gives them back.
      fieldset.disabled = true;
      await sheet.updateComplete;
      const controls = () => [...sheet.shadowRoot!.querySelectorAll<HTMLInputElement>('input, select, textarea, button.primary')];
      expect(controls().length).toBeGreaterThan(0);
      expect(
        controls()
          .filter((c) => !c.disabled)
          .map((c) => c.id || c.className),
      ).toEqual([]);
      expect(new FormData(form).get('doc')).toBeNull(); // a disabled control submits nothing
      fieldset.disabled = false;
      await sheet.updateComplete;
      expect(controls().every((c) => !c.disabled)).toBe(true);
      // The document goes under the current name, and under none without one.
      sheet.setAttribute('name', 'renamed');
      await sheet.updateComplete;
      expect(JSON.parse(new FormData(form).get('renamed') as string)).toEqual(kept);
      expect(new FormData(form).get('doc')).toBeNull();
      sheet.removeAttribute('name');
      await sheet.updateComplete;
      expect([...new FormData(form).keys()]).toEqual([]);
      sheet.setAttribute('name', 'named-later'); // a sheet first placed without a name
      await sheet.updateComplete;
      expect(JSON.parse(new FormData(form).get('named-later') as string)).toEqual(kept);
    });

    it("speaks the language of its own lang or an ancestor's, and follows a change of either", async () => {
      const root = await mount((r) => {
        r.innerHTML = `<div lang="ja"><${s.tag} today="${s.today}"></${s.tag}></div>`;
      });
      const sheet = root.querySelector(s.tag) as unknown as TsunaguSheet<object>;
      const title = () => sheet.shadowRoot!.querySelector('h2')!.textContent;
      expect(title()).toContain(s.title.ja);
      root.querySelector('div')!.setAttribute('lang', 'en');
      await expect.poll(title).toContain(s.title.en);
      (sheet as unknown as HTMLElement).setAttribute('lang', 'ja');
      await expect.poll(title).toContain(s.title.ja);
      (sheet as unknown as HTMLElement).removeAttribute('lang');
      await expect.poll(title).toContain(s.title.en);
    });

    it('restores a draft after the page is gone, keeps it through a submit, and clears it when the page confirms the save', async () => {
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
      expect(sessionStorage.getItem(`tsunagu-draft:conf-${s.tag}`)).not.toBeNull();
      again.form!.addEventListener('submit', (e) => e.preventDefault());
      again.sheet.submit();
      await rendered();
      expect(JSON.parse(sessionStorage.getItem(`tsunagu-draft:conf-${s.tag}`)!).sentAt).toBeTypeOf('number');
      again.sheet.saved();
      expect(sessionStorage.getItem(`tsunagu-draft:conf-${s.tag}`)).toBeNull();
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
          await rendered();
          expect(w.__xss).toBeUndefined();
          expect(sheet.shadowRoot!.querySelectorAll('img, svg, a[href^="javascript"], script:not([type])')).toHaveLength(0);
          expect(sheet.value).toEqual(doc);
          if (mode !== 'edit') expect(sheet.shadowRoot!.textContent).toContain(payload);
          root.remove();
        }
      });
    }

    it('prints its paper version from edit mode: no controls, every section shown, and back to editing after', async () => {
      const { sheet } = await sheetIn(s, {}, false);
      sheet.value = s.filled;
      await sheet.updateComplete;
      const sr = sheet.shadowRoot!;
      expect(sr.querySelectorAll('input, textarea, select, button').length).toBeGreaterThan(0);
      await commands.emulateMedia('print');
      try {
        // The media change reaches the page as an event: the sheet re-renders when it comes.
        await expect.poll(() => sr.querySelectorAll('input, textarea, select, button').length).toBe(0);
        expect(sr.querySelectorAll('section').length).toBeGreaterThan(3);
        for (const sec of sr.querySelectorAll('section:not(.no-print)')) expect(getComputedStyle(sec).display).not.toBe('none');
      } finally {
        await commands.emulateMedia('screen');
      }
      await expect.poll(() => sr.querySelectorAll('input, textarea, select').length).toBeGreaterThan(0);
      expect(sheet.value).toEqual(s.filled);
    });

    it('takes the national defaults when the page sets its policy to undefined (an unset framework prop)', async () => {
      const { sheet } = await sheetIn(s, {}, false);
      sheet.value = s.filled;
      (sheet as unknown as { policy: unknown }).policy = undefined;
      await sheet.updateComplete;
      expect(sheet.policy.id).toBe(DEFAULT_POLICY.id);
      expect(sheet.checkValidity()).toBe(true);
      expect(sheet.shadowRoot!.querySelector('h2')!.textContent).toContain(s.title.ja);
    });

    it('renders a submitted document read-only with no inputs and the same values', async () => {
      const { sheet } = await sheetIn(s, { readonly: '' }, false);
      sheet.value = s.filled;
      await sheet.updateComplete;
      const sr = sheet.shadowRoot!;
      // No control of the document; controls of the view (the case record's timeline filters) stay usable.
      expect(sr.querySelectorAll('input:not([data-view]), textarea, select:not([data-view])')).toHaveLength(0);
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
      await rendered();
      expect(sheet.shadowRoot!.querySelector('.error-summary')).not.toBeNull();
      await expectNoAxeViolations(sheet as unknown as Element);
    });

    it('is completed with the keyboard alone, with focus always visible', async () => {
      const { sheet } = await sheetIn(s, {}, false);
      const submitted: unknown[] = [];
      sheet.addEventListener('tsunagu-submit', (e) => submitted.push(e.detail.value));
      const start = document.createElement('button');
      start.textContent = 'start';
      sheet.before(start);
      start.focus();
      let presses = 0;
      const visited: string[] = [];
      for (const step of s.keyboardPath) {
        if ('tabTo' in step) {
          for (let guard = 0; guard < 200 && !step.tabTo.test(nameOf(deepActiveElement())); guard++) {
            await userEvent.tab();
            presses++;
            const el = deepActiveElement()!;
            visited.push(nameOf(el));
            expect(el, `focus stays in the sheet; looking for ${step.tabTo}; order: ${visited.join(' > ')}`).not.toBe(document.body);
            // Focus is visible: the black outline of the theme (or the browser's) is drawn.
            if (el !== start) expect(getComputedStyle(el).outlineStyle, `visible focus on ${nameOf(el)}`).not.toBe('none');
          }
          expect(nameOf(deepActiveElement())).toMatch(step.tabTo);
        } else if ('type' in step) await userEvent.keyboard(step.type);
        else await userEvent.keyboard(step.key);
      }
      await rendered();
      expect(submitted, `submitted after ${presses} Tab presses`).toHaveLength(1);
      start.remove();
    });

    it('keeps content at 200% zoom (640 CSS px wide) and in forced colours', async () => {
      const { sheet } = await sheetIn(s, {}, false);
      sheet.value = s.filled;
      await sheet.updateComplete;
      const host = sheet as unknown as HTMLElement;
      const width = host.style.width;
      host.style.width = '640px';
      try {
        await nextFrame();
        const overflow = [
          ...sheet.shadowRoot!.querySelectorAll<HTMLElement>('input, textarea, select, label, legend, .value, table'),
        ].filter((el) => el.getBoundingClientRect().right > host.getBoundingClientRect().right + 1);
        expect(overflow.map((el) => el.id || el.tagName)).toEqual([]);
        await commands.emulateForcedColors('active');
        sheet.value = undefined; // an empty sheet: its submit shows errors
        await sheet.updateComplete;
        sheet.submit();
        await nextFrame();
        const labels = sheet.shadowRoot!.querySelectorAll('label, legend, .label');
        expect(labels.length).toBeGreaterThan(0);
        for (const l of labels) expect(getComputedStyle(l).visibility).not.toBe('hidden');
        // Invalid fields, and lists whose own error is too few rows.
        const invalid = sheet.shadowRoot!.querySelectorAll('[aria-invalid="true"], .rows.invalid');
        expect(invalid.length).toBeGreaterThan(0);
        for (const field of invalid) expect(getComputedStyle(field).borderStyle).not.toBe('none');
      } finally {
        host.style.width = width;
        await commands.emulateForcedColors('none');
      }
    });

    it('renders vocabulary-extension labels as text', async () => {
      const w = window as unknown as { __xss?: number };
      delete w.__xss;
      const payload = '<img src=x onerror="window.__xss=1">';
      const ext = { code: 'x-evil', ja: payload, en: payload };
      const { sheet } = await sheetIn(s, {}, false);
      sheet.policy = {
        id: 'evil',
        name: { ja: payload, en: payload },
        vocabularies: {
          fields: [ext],
          troubles: [ext],
          issueTags: [ext],
          relationships: [ext],
          attendeeRoles: [ext],
          actionKinds: [ext],
          terminationReasons: [ext],
          situations: [ext],
          routes: [ext],
        },
        meetingNames: { shien: { ja: payload, en: payload } },
      };
      s.withExtension?.(sheet as unknown as HTMLElement, ext);
      sheet.value = s.filled;
      await sheet.updateComplete;
      await rendered();
      expect(w.__xss).toBeUndefined();
      expect(sheet.shadowRoot!.querySelectorAll('img')).toHaveLength(0);
      expect(sheet.shadowRoot!.textContent).toContain(payload);
    });

    it('never throws on garbage set as its value (property)', async () => {
      const { sheet } = await sheetIn(s, {}, false);
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (garbage) => {
          sheet.value = (garbage && typeof garbage === 'object' && !Array.isArray(garbage) ? garbage : undefined) as object;
          await sheet.updateComplete;
          expect(sheet.validate().issues.every((i) => typeof i.code === 'string')).toBe(true);
        }),
        { numRuns: 40 },
      );
    });

    it('keeps a draft written by an older schema version readable', async () => {
      const old = {
        v: 1,
        schemaVersion: '0.9',
        writer: 'old-version',
        savedAt: Date.now() - 60_000,
        doc: { ...s.filled, schemaVersion: '0.9' },
      };
      sessionStorage.setItem(`tsunagu-draft:old-${s.tag}`, JSON.stringify(old));
      const { sheet } = await sheetIn(s, { 'draft-key': `old-${s.tag}` });
      expect(sheet.value).toEqual(s.filled); // migrated to the current version, nothing else changed
      expect(sheet.shadowRoot!.textContent).toContain('前回の下書きを復元しました。');
    });

    it('keeps drafts where and as long as the page or the policy says, and removes expired ones on load', async () => {
      const hour = 3_600_000;
      const record = (savedAt: number, expiresAt?: number) =>
        JSON.stringify({ v: 1, schemaVersion: '1.0', writer: 'earlier', savedAt, ...(expiresAt ? { expiresAt } : {}), doc: s.filled });
      // Expired: by its own expiry, and a record without one (0.1.0) by the sheet's lifetime, 8 hours by default.
      sessionStorage.setItem(`tsunagu-draft:exp-${s.tag}`, record(Date.now() - 2 * hour, Date.now() - 1));
      sessionStorage.setItem('tsunagu-draft:another-form', record(Date.now() - 9 * hour));
      sessionStorage.setItem('tsunagu-draft:still-fresh', record(Date.now() - 7 * hour));
      const expired = await sheetIn(s, { 'draft-key': `exp-${s.tag}` });
      expect(expired.sheet.shadowRoot!.textContent).not.toContain('前回の下書きを復元しました。');
      expect(sessionStorage.getItem(`tsunagu-draft:exp-${s.tag}`)).toBeNull();
      expect(sessionStorage.getItem('tsunagu-draft:another-form')).toBeNull();
      expect(sessionStorage.getItem('tsunagu-draft:still-fresh')).not.toBeNull();
      expired.root.remove();

      // The default is this tab only, for 8 hours.
      const tab = await sheetIn(s, { 'draft-key': `where-${s.tag}` });
      await userEvent.fill(page.getByLabelText(s.textLabel).first(), '下書き');
      const saved = JSON.parse(sessionStorage.getItem(`tsunagu-draft:where-${s.tag}`)!) as { savedAt: number; expiresAt: number };
      expect(saved.expiresAt - saved.savedAt).toBe(8 * hour);
      expect(localStorage.getItem(`tsunagu-draft:where-${s.tag}`)).toBeNull();
      tab.root.remove();
      sessionStorage.clear();

      // The policy chooses local storage for 2 hours; an attribute overrides the policy.
      const local = await sheetIn(s, { 'draft-key': `where-${s.tag}` }, true, {
        ...DEFAULT_POLICY,
        drafts: { storage: 'local', maxAgeHours: 2 },
      });
      await userEvent.fill(page.getByLabelText(s.textLabel).first(), '下書き');
      const kept = JSON.parse(localStorage.getItem(`tsunagu-draft:where-${s.tag}`)!) as { savedAt: number; expiresAt: number };
      expect(kept.expiresAt - kept.savedAt).toBe(2 * hour);
      local.root.remove();
      localStorage.clear();
      const none = await sheetIn(s, { 'draft-key': `where-${s.tag}`, 'draft-storage': 'none' }, true, {
        ...DEFAULT_POLICY,
        drafts: { storage: 'local' },
      });
      await userEvent.fill(page.getByLabelText(s.textLabel).first(), '下書き');
      expect([localStorage.length, sessionStorage.length]).toEqual([0, 0]);
      expect(none.sheet.shadowRoot!.textContent).not.toContain('下書きを保存できません');
    });

    it('tells the user when storage is full, without an exception', async () => {
      const original = Storage.prototype.setItem;
      const { sheet } = await sheetIn(s, { 'draft-key': `full-${s.tag}` });
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        await userEvent.fill(page.getByLabelText(s.textLabel).first(), 'とても長い記録');
        await sheet.updateComplete;
        expect(sheet.shadowRoot!.textContent).toContain('保存領域がいっぱいのため、下書きを保存できませんでした。');
        expect(sheet.value).toBeTruthy();
      } finally {
        Storage.prototype.setItem = original;
      }
    });

    it('sends no personal value in tsunagu-invalid, and only the document in tsunagu-change', async () => {
      const { sheet } = await sheetIn(s, {}, false);
      const events: CustomEvent[] = [];
      for (const type of ['tsunagu-invalid', 'tsunagu-change'] as const) sheet.addEventListener(type, (e) => events.push(e as CustomEvent));
      const secret = '秘密の名前ヤマダ';
      const changed = nextEvent(sheet, 'tsunagu-change'); // debounced: fires once typing pauses
      await userEvent.fill(page.getByLabelText(s.textLabel).first(), secret);
      await changed;
      // Keep the typed secret, and make the document invalid the same way for every sheet.
      sheet.value = { ...sheet.value, schemaVersion: '0.0' };
      const refused = nextEvent(sheet, 'tsunagu-invalid');
      sheet.submit();
      await refused;
      const invalid = events.filter((e) => e.type === 'tsunagu-invalid');
      expect(invalid).toHaveLength(1); // not vacuous: the submit was refused and said so
      expect(JSON.stringify(invalid[0]!.detail)).not.toContain(secret);
      const changes = events.filter((e) => e.type === 'tsunagu-change');
      expect(changes.length).toBeGreaterThan(0);
      for (const e of changes) expect(Object.keys(e.detail)).toEqual(['value']);
      expect(JSON.stringify(changes.at(-1)!.detail.value)).toContain(secret); // the document itself, as promised
    });

    it('passes axe in English too', async () => {
      const { sheet } = await sheetIn(s, { lang: 'en' }, false);
      sheet.value = s.filled;
      await sheet.updateComplete;
      await expectNoAxeViolations(sheet as unknown as Element);
      sheet.value = undefined;
      sheet.submit();
      await rendered();
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
