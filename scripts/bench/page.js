// Page-side helpers of `pnpm bench`, served beside the bundles (same origin, so the strict CSP holds).
// Every figure is the time from the start of an action to the document laid out after it: the
// element's update and its nested elements' updates done, then a forced layout — the work that
// must finish before the next frame can show the result.
const layout = () => document.body.getBoundingClientRect();
/**
 * The components connected in the page, as they connect: page.js runs before the bundles (it is the
 * first script of the page) and wraps `customElements.define`, so that each tsunagu element records
 * itself. Searching the shadow tree for them instead (querySelectorAll) walked every element of it
 * within the timed part: ~19 ms of an action in a 200-row sheet at 4×, and ~6 ms in the case record
 * with 500 entries, where only the documents opened in place are components.
 */
const connected = new Set();
const define = customElements.define.bind(customElements);
customElements.define = (name, cls, options) => {
  if (name.startsWith('tsunagu-')) {
    const { connectedCallback: on, disconnectedCallback: off } = cls.prototype;
    cls.prototype.connectedCallback = function () {
      connected.add(this);
      on?.call(this);
    };
    cls.prototype.disconnectedCallback = function () {
      connected.delete(this);
      off?.call(this);
    };
  }
  define(name, cls, options);
};
/** The element and the components in its shadow tree (sheets that the case record or a session shows). */
const nested = (el) => [el, ...[...connected].filter((x) => x !== el && el.shadowRoot?.contains(x))];

/** Waits until the element and the components in its shadow tree (`nested`) have no pending update. */
async function settle(el) {
  for (;;) {
    await el.updateComplete; // a sheet's resolves when its long lists are whole
    const pending = nested(el).filter((x) => x.updateComplete && x.isUpdatePending);
    if (pending.length === 0) return;
    await Promise.all(pending.map((x) => x.updateComplete));
  }
}

/** A macrotask boundary (no timer clamp): what React's scheduler and the sheets' deferred work run before. */
const macrotask = () =>
  new Promise((r) => {
    const c = new MessageChannel();
    c.port1.onmessage = () => r();
    c.port2.postMessage(0);
  });
/** After the next frame is painted: what a user's next action follows (keystrokes are far apart in frames). */
const afterFrame = () => new Promise((r) => requestAnimationFrame(() => macrotask().then(r)));

/**
 * Ms from t0 to the element's next render laid out: its update and those inside it ran in the
 * microtasks before this task; later slices of long lists are not waited for.
 */
async function laidOut(el, t0) {
  await macrotask();
  await Promise.all(
    nested(el)
      .filter((x) => x.isUpdatePending)
      .map((x) => x.updateComplete),
  );
  layout();
  return performance.now() - t0;
}

// Created before any component connects, so its change event is the first of the page's print
// media listeners: the time of the switch to print media.
const printMedia = matchMedia('print');
let printStart = 0;
printMedia.addEventListener('change', () => {
  if (printMedia.matches) printStart = performance.now();
});

globalThis.bench = {
  layout,
  settle,
  macrotask,
  afterFrame,
  /**
   * Creates the element with these attributes and properties, appends it, and returns ms to its first
   * screen laid out (its first render: long lists show their first rows, the rest follow in slices).
   * `bench.whole` is then the time until everything is rendered and laid out.
   */
  async first(tag, props = {}, attrs = {}) {
    const t0 = performance.now();
    const ms = await this.mount(tag, props, attrs);
    await settle(globalThis.benchEl);
    layout();
    this.whole = performance.now() - t0;
    return ms;
  },
  /** Like `first`, without waiting for the later slices (`benchEl` is the element). */
  mount(tag, props = {}, attrs = {}) {
    const t0 = performance.now();
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    Object.assign(el, props);
    document.body.append(el);
    globalThis.benchEl = el;
    return laidOut(el, t0);
  },
  /**
   * Runs `act` (which may return a promise) on the mounted element, once the last action's frame is
   * painted, and returns ms to its result laid out (a list it filters shows its first items; the rest
   * follow in slices, as in `first`).
   */
  async step(act) {
    const el = globalThis.benchEl;
    await settle(el); // from a whole component,
    await afterFrame(); // and not paying for the last action's paint
    if (this.profiling) console.profile('step'); // scripts/bench/profile.mjs: the timed part only
    const t0 = performance.now();
    await act(el);
    const ms = await laidOut(el, t0);
    if (this.profiling) console.profileEnd('step');
    return ms;
  },
  /** Arms `bench.printed`: ms from the switch to print media to the element's paper layout, laid out. */
  armPrint() {
    this.printed = new Promise((resolve) => {
      const done = async () => {
        if (!printMedia.matches) return;
        printMedia.removeEventListener('change', done);
        await macrotask(); // every component's own print listener has run
        await settle(globalThis.benchEl);
        layout();
        resolve(performance.now() - printStart);
      };
      printMedia.addEventListener('change', done);
    });
  },
  /** Types one character into a text field of the element's shadow tree, as the browser reports it. */
  type(field, ch = 'あ') {
    field.value += ch;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: ch, inputType: 'insertText' }));
  },
  /** Chooses a radio button or checkbox, or an option of a select, as a click or a pick would. */
  pick(input, value) {
    if (input.tagName === 'SELECT') {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    } else input.click();
  },
};
