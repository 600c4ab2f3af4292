import { LitElement, css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { AREA_KINDS, FIELDS, RESOURCE_TARGETS, RESOURCE_TYPES, fillMessage, formatDate, todayIso } from '@tsunagu/core';
import {
  indexDirectory,
  isStale,
  type Directory,
  type DirectoryIndex,
  type DirectoryResource,
  type OpeningHours,
} from '@tsunagu/core/directory';
import { LocaleController } from '../kit/locale';
import { vocabLabel } from '../kit/vocab-label';
import { PrintController } from '../kit/print';
import { TsunaguResourcePickEvent } from '../kit/events';
import { RESOURCE_DIRECTORY_LABELS } from './labels';

/** Enough of a directory's shape to index it; `parseDirectory` is the portal's full check. */
const isDirectoryShaped = (x: unknown): x is Directory =>
  typeof x === 'object' && x !== null && Array.isArray((x as Directory).organizations) && Array.isArray((x as Directory).services);

/** A web address as a link only when it is one (http or https): a `javascript:` URL in a fetched file stays text. */
const webLink = (url: string | undefined) =>
  url && /^https?:\/\//iu.test(url) ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${url}</a>` : url;

/** The most results shown at once: a worker narrows the search rather than scrolls through hundreds. */
const SHOWN = 50;

/**
 * The region's resources as a directory (`@tsunagu/core/directory`): search by words in kana or kanji (「さろん」
 * finds 「サロン」), by 分野, 圏域, formal or informal, and what is open now; each result shows its details on
 * demand, marked when it is private, an individual, not running, or last confirmed over a year ago. With
 * `mode="pick"` each result has a button that picks it, for the sheets' resource fields. Prints a 資源マップ: every
 * running, published resource by area, on A4 (never an individual or a private entry).
 *
 * The directory is given by the portal — `directory` (a `Directory`) or `src` (a URL of one, as JSON) — never built
 * into the bundle.
 *
 * @summary Directory of local resources: search, details, pick, and a printed resource map.
 * @tagname tsunagu-resource-directory
 *
 * @fires {TsunaguResourcePickEvent} tsunagu-resource-pick - A resource was picked (`mode="pick"`). `detail.id` is its id in the directory; nothing else.
 *
 * @attr {string} src - URL of the directory as JSON (`Directory`), fetched when no `directory` is given.
 * @attr {'browse'|'pick'|'print'} mode - `pick` adds a pick button to each result; `print` shows the paper resource map on screen (a print preview).
 * @attr {string} area - The area filter to start with (an area's name, as the directory writes it).
 * @attr {string} today - Reference date (ISO) for entries gone stale; today in Japan when unset.
 * @attr {string} now - The instant "open now" reads (ISO date-time); the clock when unset.
 * @attr {string} lang - `en` for English; otherwise Japanese. Inherited from the nearest ancestor with `lang`.
 *
 * @csspart search - The search form.
 * @csspart results - The list of results.
 * @csspart paper - The printed resource map.
 *
 * @cssprop [--tsunagu-color-primary=#0b5394] - Buttons and links.
 * @cssprop [--tsunagu-color-focus-ring=#ffd43d] - The focus ring.
 * @cssprop [--tsunagu-font-family] - Font family.
 */
export class TsunaguResourceDirectory extends LitElement {
  static override properties: PropertyDeclarations = {
    directory: { attribute: false },
    src: { type: String },
    mode: { type: String, reflect: true },
    area: { type: String },
    today: { type: String },
    now: { type: String },
    _text: { state: true },
    _field: { state: true },
    _formality: { state: true },
    _openNow: { state: true },
    _open: { state: true },
    _loading: { state: true },
  };

  static override styles = css`
    :host { display: block; color: var(--tsunagu-color-text, #1a1a1a); font-family: var(--tsunagu-font-family, 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic UI', 'Meiryo', system-ui, sans-serif); line-height: 1.6; --_primary: var(--tsunagu-color-primary, #0b5394); }
    :host([hidden]) { display: none; }
    h2 { font-size: 1.25em; margin: 0 0 8px; }
    :is(input, select, button, a):focus-visible { outline: 3px solid var(--tsunagu-color-focus-ring, #ffd43d); outline-offset: 2px; box-shadow: 0 0 0 5px #1a1a1a; }
    button { font: inherit; min-height: 44px; padding: 4px 14px; border-radius: 4px; cursor: pointer; border: 1px solid var(--_primary); background: #fff; color: var(--_primary); }
    form { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; margin-bottom: 8px; }
    label { display: flex; flex-direction: column; font-weight: 600; gap: 2px; }
    label.inline { flex-direction: row; align-items: center; gap: 6px; font-weight: 400; }
    .hint { font-weight: 400; font-size: 0.875em; color: #444; }
    input[type='search'], select { font: inherit; padding: 6px 8px; border: 1px solid #555; border-radius: 4px; min-height: 44px; box-sizing: border-box; }
    input[type='search'] { min-width: min(24em, 100%); }
    input[type='checkbox'] { width: 24px; height: 24px; margin: 0; }
    ul { list-style: none; padding: 0; margin: 0; }
    li.result { border: 1px solid #999; border-radius: 6px; padding: 8px 12px; margin: 6px 0; }
    .head { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: center; }
    .name { font-weight: 700; }
    .by { color: #333; }
    .tag { border: 1px solid #555; border-radius: 999px; padding: 0 8px; font-size: 0.8125em; }
    .tag.warn::before { content: '⚠ '; }
    button.pick { background: var(--_primary); color: #fff; margin-inline-start: auto; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0 0; }
    dt { font-weight: 600; }
    dd { margin: 0; white-space: pre-wrap; }
    .paper { display: none; }
    :host([mode='print']) .paper { display: block; }
    @media print {
      .screen { display: none; }
      .paper { display: block; font-size: 10pt; }
      .paper h3 { break-after: avoid; border-bottom: 1px solid #000; margin: 10pt 0 4pt; font-size: 11pt; }
      .paper li { break-inside: avoid; margin: 0 0 4pt; }
    }
  `;

  /** The directory, as the portal holds it. Set it, or `src`. */
  declare directory: Directory | undefined;
  /** URL of the directory as JSON (`Directory`), fetched (same-origin credentials) when no `directory` is given. */
  declare src: string | undefined;
  /** `browse`; `pick` adds a pick button to each result; `print` shows the paper resource map on screen. */
  declare mode: 'browse' | 'pick' | 'print';
  /** The area filter to start with (an area's name, as the directory writes it; one it does not know filters nothing). */
  declare area: string | undefined;
  /** Reference date (ISO) for entries gone stale; today in Japan when unset. */
  declare today: string | undefined;
  /** The instant "open now" reads (ISO date-time); the clock when unset. */
  declare now: string | undefined;
  declare _text: string;
  declare _field: string;
  declare _formality: '' | 'formal' | 'informal';
  declare _openNow: boolean;
  declare _open: ReadonlySet<string>;
  declare _loading: 'idle' | 'loading' | 'failed';

  readonly #lang = new LocaleController(this);
  readonly #print = new PrintController(
    this,
    () => ({ top: this.#l.printTitle, date: '', notice: '' }),
    (printing) => {
      this.requestUpdate();
      if (printing && this.isConnected && this.hasUpdated) this.performUpdate();
    },
  );
  #index: DirectoryIndex | undefined;
  #indexOf: Directory | undefined;
  #fetched: string | undefined;
  /** The directory given could not be indexed (read with the index, in render: no state is set there). */
  #unreadable = false;

  constructor() {
    super();
    this.directory = undefined;
    this.mode = 'browse';
    this._text = '';
    this._field = '';
    this._formality = '';
    this._openNow = false;
    this._open = new Set();
    this._loading = 'idle';
  }

  get #l() {
    return RESOURCE_DIRECTORY_LABELS[this.#lang.locale];
  }

  /** The directory made ready for search, built again only when another directory is given. */
  get index(): DirectoryIndex | undefined {
    if (this.directory !== this.#indexOf) {
      this.#indexOf = this.directory;
      this.#unreadable = false;
      try {
        this.#index = this.directory ? indexDirectory(this.directory) : undefined;
      } catch {
        // Not a directory (a file of another shape): said as a failed load, never a broken page. The portal checks
        // what it serves with parseDirectory; the component does not carry that check.
        this.#index = undefined;
        this.#unreadable = true;
      }
    }
    return this.#index;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('src') || changed.has('directory')) && this.src && !this.directory && this.#fetched !== this.src)
      void this.#load(this.src);
  }

  async #load(src: string): Promise<void> {
    this.#fetched = src;
    this._loading = 'loading';
    try {
      const response = await fetch(src, { credentials: 'same-origin', headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      const json: unknown = await response.json();
      if (!isDirectoryShaped(json)) throw new TypeError('not a directory');
      this.directory = json;
      this._loading = 'idle';
    } catch {
      this._loading = 'failed';
    }
  }

  /** The resources the current search finds, all of them (the list shows the first fifty). */
  #found(): DirectoryResource[] {
    // An area the directory does not know (a district written otherwise) filters nothing rather than everything.
    const area = this.area && this.index?.areas.includes(this.area) ? this.area : '';
    return (
      this.index?.search({
        text: this._text,
        ...(this._field ? { field: this._field } : {}),
        ...(area ? { area } : {}),
        ...(this._formality ? { formality: this._formality } : {}),
        ...(this._openNow ? { openAt: this.now ? new Date(this.now) : new Date() } : {}),
        limit: Number.MAX_SAFE_INTEGER,
      }) ?? []
    );
  }

  #toggle(id: string): void {
    const open = new Set(this._open);
    if (!open.delete(id)) open.add(id);
    this._open = open;
  }

  #pick(r: DirectoryResource): void {
    this.dispatchEvent(new TsunaguResourcePickEvent(r.id));
  }

  #hours(hours: readonly OpeningHours[]): string {
    const l = this.#l;
    return hours
      .map((h) => `${h.days.map((d) => l.days[d]).join(l.daySeparator)} ${h.opens}–${h.closes}${h.note ? ` (${h.note})` : ''}`)
      .join(' / ');
  }

  override render(): TemplateResult {
    const l = this.#l;
    return this.#print.printing || this.mode === 'print' ? this.#paper() : html`<div class="screen">${this.#screen(l)}</div>`;
  }

  #screen(l: (typeof RESOURCE_DIRECTORY_LABELS)['ja' | 'en']): TemplateResult {
    const locale = this.#lang.locale;
    if (!this.index) {
      const failed = this._loading === 'failed' || this.#unreadable;
      const text = failed ? l.loadFailed : this._loading === 'loading' ? l.loading : l.empty;
      return html`<h2>${l.title}</h2><p role=${failed ? 'alert' : 'status'}>${text}</p>`;
    }
    const found = this.#found();
    const shown = found.slice(0, SHOWN);
    return html`
      <h2>${l.title}</h2>
      <form part="search" role="search" @submit=${(e: Event) => e.preventDefault()}>
        <label>${l.search}<span class="hint" id="hint">${l.searchHint}</span>
          <input id="text" type="search" autocomplete="off" aria-describedby="hint" .value=${this._text}
            @input=${(e: Event) => (this._text = (e.target as HTMLInputElement).value)}
            @keydown=${(e: KeyboardEvent) => this.#keys(e)} />
        </label>
        <label>${l.field}
          <select id="field" @change=${(e: Event) => (this._field = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this._field}>${l.all}</option>
            ${FIELDS.map((f) => html`<option value=${f.code} ?selected=${this._field === f.code}>${f[locale]}</option>`)}
          </select>
        </label>
        <label>${l.area}
          <select id="area" @change=${(e: Event) => (this.area = (e.target as HTMLSelectElement).value || undefined)}>
            <option value="" ?selected=${!this.area || !this.index.areas.includes(this.area)}>${l.all}</option>
            ${this.index.areas.map((a) => html`<option value=${a} ?selected=${this.area === a}>${a}</option>`)}
          </select>
        </label>
        <label>${l.formality}
          <select id="formality" @change=${(e: Event) => (this._formality = (e.target as HTMLSelectElement).value as '' | 'formal' | 'informal')}>
            <option value="" ?selected=${!this._formality}>${l.all}</option>
            ${RESOURCE_TYPES.map((t) => html`<option value=${t.code} ?selected=${this._formality === t.code}>${t[locale]}</option>`)}
          </select>
        </label>
        <label class="inline"><input id="open-now" type="checkbox" .checked=${this._openNow} @change=${(e: Event) => (this._openNow = (e.target as HTMLInputElement).checked)} />${l.openNow}</label>
      </form>
      <p role="status" aria-live="polite" id="count">${found.length ? fillMessage(l.count, { n: found.length }) : l.none}</p>
      <ul part="results" aria-label=${l.results}>
        ${shown.map((r) => this.#result(r, l))}
      </ul>
      ${found.length > SHOWN ? html`<p>${fillMessage(l.more, { n: found.length - SHOWN })}</p>` : nothing}
    `;
  }

  /** From the search box, ↓ goes to the first result's button: the keyboard need not pass the filters. */
  #keys(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      this.renderRoot.querySelector<HTMLButtonElement>('li.result button')?.focus();
    } else if (e.key === 'Escape' && this._text) {
      e.preventDefault();
      this._text = '';
    }
  }

  #tags(r: DirectoryResource, l: (typeof RESOURCE_DIRECTORY_LABELS)['ja' | 'en']): TemplateResult {
    const locale = this.#lang.locale;
    const today = this.today ?? todayIso();
    return html`
      <span class="tag">${vocabLabel(RESOURCE_TYPES, r.formality, locale)}</span>
      ${r.kind === 'individual' ? html`<span class="tag">${l.individual}</span>` : nothing}
      ${r.private ? html`<span class="tag">${l.private}</span>` : nothing}
      ${r.active ? nothing : html`<span class="tag warn">${l.inactive}</span>`}
      ${isStale(r, today) ? html`<span class="tag warn">${l.stale}</span>` : nothing}
    `;
  }

  #result(r: DirectoryResource, l: (typeof RESOURCE_DIRECTORY_LABELS)['ja' | 'en']): TemplateResult {
    const open = this._open.has(r.id);
    const detailsId = `details-${r.id}`;
    return html`<li class="result">
      <div class="head">
        <span class="name" id=${`name-${r.id}`}>${r.name}</span>
        <span class="by">${r.by}</span>
        ${this.#tags(r, l)}
        <button type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailsId} aria-describedby=${`name-${r.id}`} @click=${() => this.#toggle(r.id)}>${l.details}</button>
        ${this.mode === 'pick' ? html`<button type="button" class="pick" aria-label=${fillMessage(l.pickNamed, { name: r.name })} @click=${() => this.#pick(r)}>${l.pick}</button>` : nothing}
      </div>
      ${open ? this.#details(r, l, detailsId) : nothing}
    </li>`;
  }

  #details(r: DirectoryResource, l: (typeof RESOURCE_DIRECTORY_LABELS)['ja' | 'en'], id: string): TemplateResult {
    const locale = this.#lang.locale;
    const service = r.kind === 'service' ? this.directory?.services.find((s) => s.id === r.id) : undefined;
    const person = r.kind === 'individual' ? this.directory?.individuals?.find((p) => p.id === r.id) : undefined;
    const c = service?.capacity;
    const phone = service?.contact?.phone ?? person?.phone;
    const row = (term: string, value: string | TemplateResult | undefined) => (value ? html`<dt>${term}</dt><dd>${value}</dd>` : nothing);
    return html`<dl id=${id}>
      ${row(r.kind === 'individual' ? l.role : l.by, r.by)}
      ${row(l.about, r.description)}
      ${row(l.targets, r.targets.map((t) => vocabLabel(RESOURCE_TARGETS, t, locale)).join(l.daySeparator))}
      ${row(l.areas, r.areas.map((a) => `${a.name}（${vocabLabel(AREA_KINDS, a.kind, locale)}）`).join(l.daySeparator))}
      ${row(l.hours, this.#hours(r.hours))}
      ${row(
        l.capacity,
        c &&
          fillMessage(c.maximum === undefined ? l.capacityTextNoMax : l.capacityText, {
            available: c.available,
            maximum: c.maximum ?? '',
            unit: c.unit,
            updated: formatDate(c.updated.slice(0, 10)),
          }),
      )}
      ${row(l.phone, phone && html`<a href=${`tel:${phone.replace(/[^\d+]/gu, '')}`}>${phone}</a>`)}
      ${row(l.web, webLink(service?.contact?.url))}
      ${row(l.lastConfirmed, r.lastConfirmed ? formatDate(r.lastConfirmed) : l.never)}
      ${row(l.note, service?.internalNote ?? person?.note)}
    </dl>`;
  }

  /** The 資源マップ on paper: every running resource by area (the whole municipality first), with hours and phone. */
  #paper(): TemplateResult {
    const l = this.#l;
    // The whole municipality's heading is the vocabulary's own label.
    const all = vocabLabel(AREA_KINDS, 'municipality', this.#lang.locale);
    const groups = new Map<string, DirectoryResource[]>();
    for (const r of this.index?.resources ?? []) {
      // The paper goes to meetings and may be handed on: running, published entries only.
      if (!r.active || r.private) continue;
      // Under the whole municipality, or the first area it names that is not a school district.
      const area = r.areas.some((a) => a.kind === 'municipality') ? all : (r.areas.find((a) => a.kind !== 'juniorHigh')?.name ?? all);
      const group = groups.get(area);
      if (group) group.push(r);
      else groups.set(area, [r]);
    }
    const phones = new Map((this.directory?.services ?? []).flatMap((s) => (s.contact?.phone ? [[s.id, s.contact.phone] as const] : [])));
    const order = [...groups.keys()].sort((a, b) => (a === all ? -1 : b === all ? 1 : a.localeCompare(b, 'ja')));
    return html`<section class="paper" part="paper">
      <h2>${l.printTitle}</h2>
      ${order.map(
        (area) => html`<h3>${area}</h3>
          <ul>
            ${groups
              .get(area)!
              .map(
                (r) =>
                  html`<li><strong>${r.name}</strong>（${r.by}）${r.hours.length ? ` ${this.#hours(r.hours)}` : ''}${phones.has(r.id) ? ` ☎ ${phones.get(r.id)}` : ''}</li>`,
              )}
          </ul>`,
      )}
    </section>`;
  }
}
