import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Items of a long list in a form's first render, unless the list says (about two screens of form rows). */
const FIRST = 5;
/** The time each later slice of a list may take to render (ms), so the page answers input between slices. */
const SLICE_MS = 12;
/** How long a slice waits for a frame before it runs anyway (ms). */
const FRAME_WAIT = 100;

/**
 * Renders long lists in slices: a list's first render shows its first items
 * (about two screens), and the rest follow in later tasks, each slice sized to
 * take about 12 ms on the machine it runs on, with the browser free to paint
 * and to handle input between them. A 200-action plan or a timeline of 500
 * entries is usable at once on a slow PC instead of after seconds.
 *
 * `updateComplete` of a sheet resolves only when every list is whole; focus
 * moves (a summary link, a new row) and submitting show every row first; so
 * do the read-only and paper versions, which never slice.
 * @public
 */
export class ProgressiveController implements ReactiveController {
  /** How many items of each list are shown (`Infinity` once the list was whole), and the view they were shown in. */
  readonly #limits = new Map<string, { limit: number; view: string }>();
  /** The lists cut short in the render under way. */
  readonly #cut = new Set<string>();
  #all = false;
  #timer: MessageChannel | undefined;
  #started = 0;
  #growing = false;
  #step = FIRST;
  #waiting: (() => void)[] = [];

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * How many of a list's `total` items to render now; `key` names the list (its path), `first` how many
   * items its first render shows, `view` what the list shows (its filters and order): when the view
   * changes, the list starts again from its first items, since its elements are new.
   */
  shown(key: string, total: number, first = FIRST, view = ''): number {
    // A page in a background tab is not looked at, and its timers may run once a minute: no slices.
    const hidden = (this.#host as Partial<Element>).ownerDocument?.visibilityState === 'hidden';
    const known = this.#limits.get(key);
    const limit = this.#all || hidden ? Infinity : known?.view === view ? known.limit : first;
    if (limit >= total) {
      this.#limits.set(key, { limit: Infinity, view }); // whole: rows added later show at once
      return total;
    }
    this.#limits.set(key, { limit, view });
    this.#cut.add(key);
    return limit;
  }

  /** Whether a list is still being filled in. */
  get pending(): boolean {
    return this.#cut.size > 0;
  }

  /** Shows every item of every list in the next render. Returns whether anything was cut short. */
  showAll(): boolean {
    if (!this.pending) return false;
    this.#all = true;
    this.#host.requestUpdate();
    return true;
  }

  /** Resolves after the next render. */
  nextUpdate(): Promise<void> {
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  hostUpdate(): void {
    this.#cut.clear();
    this.#started = performance.now();
  }

  hostUpdated(): void {
    // Slices double while a render stays within the budget and halve when it does not: they settle at
    // what this machine renders in about SLICE_MS (style and layout come on top, in the frame).
    if (this.#growing)
      this.#step = performance.now() - this.#started < SLICE_MS ? Math.min(this.#step * 2, 400) : Math.max(2, this.#step >> 1);
    this.#growing = false;
    this.#all = false;
    this.#schedule();
    this.#release();
  }

  hostDisconnected(): void {
    this.#timer?.port1.close();
    this.#timer = undefined;
    this.#release();
  }

  /** Resolves what waits for the next render (`nextUpdate`). */
  #release(): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resolve of waiting) resolve();
  }

  hostConnected(): void {
    this.#schedule();
  }

  /**
   * The next slice in a task of its own once the frame showing this render is painted: a message posted
   * from the frame's animation callback (no timer clamping), or after FRAME_WAIT ms if no frame comes
   * (a page not being painted). Input is taken between slices.
   */
  #schedule(): void {
    if (!this.pending || this.#timer !== undefined) return;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (this.#timer === channel) this.#grow();
    };
    this.#timer = channel;
    // Whichever comes first runs the slice; the port is closed by then, and the other message is dropped.
    const post = (): void => channel.port2.postMessage(0);
    requestAnimationFrame(post);
    setTimeout(post, FRAME_WAIT);
  }

  #grow(): void {
    this.#timer = undefined;
    if (!this.pending) return;
    for (const key of this.#cut) this.#limits.get(key)!.limit += this.#step; // a list cut short has its limit
    this.#growing = true;
    this.#host.requestUpdate();
  }
}
