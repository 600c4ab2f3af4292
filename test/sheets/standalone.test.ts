import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, nextFrame, sheetsReady } from './helpers';

afterEach(cleanup);

/** A page with no build step: one script tag, as a CMS page would have it. */
async function cmsPage(head: string, body: string, tryEval = false): Promise<{ frame: HTMLIFrameElement; violations: string[] }> {
  const frame = document.createElement('iframe');
  frame.className = 'test-root';
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.srcdoc = `<!doctype html><html lang="ja"><head><meta charset="utf-8">${head}
    <script src="/test/sheets/csp-recorder.js" data-try-eval="${tryEval ? 'yes' : 'no'}"></script>
    <script type="module" src="/packages/sheets/dist/tsunagu-sheets.js"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Window & { __violations?: string[] };
  await sheetsReady(frame);
  return { frame, violations: win.__violations ?? [] };
}

const STRICT_CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'">`;

describe('the standalone bundle (dist/tsunagu-sheets.js, built by `pnpm build`)', () => {
  it('embeds the referral sheet in a page with one script tag and posts with the form', async () => {
    const { frame } = await cmsPage('', '<form><tsunagu-referral-sheet name="referral"></tsunagu-referral-sheet></form>');
    const doc = frame.contentDocument!;
    const sheet = doc.querySelector('tsunagu-referral-sheet')!;
    expect(frame.contentWindow!.customElements.get('tsunagu-referral-sheet'), 'run `pnpm build` first').toBeDefined();
    expect(sheet.shadowRoot!.textContent).toContain('紹介シート');
    expect(new FormData(doc.querySelector('form')!).get('referral')).toContain('"kind":"referral"');
  });

  it('works under a strict CSP: script-src self, no unsafe-eval, Trusted Types required', async () => {
    const csp = STRICT_CSP;
    const { frame, violations } = await cmsPage(csp, '<tsunagu-referral-sheet></tsunagu-referral-sheet>');
    const sheet = frame.contentDocument!.querySelector('tsunagu-referral-sheet')!;
    expect(sheet.shadowRoot!.querySelectorAll('input').length).toBeGreaterThan(5);
    // Typing and validating run no eval and no untrusted HTML sink.
    const input = sheet.shadowRoot!.querySelector('#f-referrer-name') as HTMLInputElement;
    input.value = '<img src=x onerror=alert(1)>';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await nextFrame();
    expect(violations).toEqual([]);
  });

  it('needs one Trusted Types policy, named lit-html: a CSP that allows only that one sees no violation', async () => {
    const { frame, violations } = await cmsPage(
      STRICT_CSP.replace("require-trusted-types-for 'script'", "require-trusted-types-for 'script'; trusted-types lit-html"),
      '<tsunagu-referral-sheet lang="en"></tsunagu-referral-sheet>',
    );
    const sheet = frame.contentDocument!.querySelector('tsunagu-referral-sheet')!;
    expect(sheet.shadowRoot!.textContent).toContain('Referral');
    sheet.setAttribute('mode', 'print');
    await nextFrame();
    expect(violations).toEqual([]);
  });

  it('exports the validators of its three documents and the example policies to page scripts', async () => {
    const bundle = (await import(/* @vite-ignore */ `${location.origin}/packages/sheets/dist/tsunagu-sheets.js`)) as Record<
      string,
      unknown
    >;
    for (const name of [
      'validateReferral',
      'validateSupportSharing',
      'validateActionPlan',
      'actionPlanFromSupportSharing',
      'formatDate',
      'parseDateInput',
      'clearDraft',
    ]) {
      expect(typeof bundle[name], name).toBe('function');
    }
    expect(bundle['EXAMPLE_POLICIES']).toBeUndefined(); // documentation, kept in @tsunagu/core
    const result = (bundle['validateReferral'] as (v: unknown) => { ok: boolean; issues: { code: string }[] })({ kind: 'referral' });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toContain('structure.schemaVersion');
  });

  it('(control) the recorder does see a blocked eval, so the test above can fail', async () => {
    const { violations } = await cmsPage(STRICT_CSP, '', true);
    expect(violations).toContain('require-trusted-types-for trusted-types-sink');
  });
});
