import { LitElement, css, html, nothing, svg, type PropertyDeclarations, type SVGTemplateResult, type TemplateResult } from 'lit';
import {
  AGE_BANDS,
  FIELDS,
  RELATIONSHIPS,
  SEXES,
  SUPPORT_FLOWS,
  SUPPORT_PHASES,
  TIES,
  extendVocabulary,
  fillMessage,
  householdMap,
  supportPhases,
  supportPhaseOn,
  todayIso,
  type Case,
  type MunicipalPolicy,
  type SupportPhase,
} from '@tsunagu/core';
import { LocaleController } from '../kit/locale';
import { choiceText } from '../kit/choices';
import { dateText } from '../kit/fields';
import { LABEL_WIDTH, R, layoutHouseholdMap, textWidth, type MapLayout } from './layout';
import { HOUSEHOLD_MAP_LABELS } from './labels';

type Person = MapLayout['people'][number];
type Support = MapLayout['supports'][number];

/**
 * The household as a picture: a genogram (generations, sex, deceased, the
 * 同居 frame, the person marked with a double line) and an ecomap (agencies and
 * informal supports around the family, a line to each member they support,
 * drawn by the tie: thick strong, dashed weak, wavy stressful), from the case
 * (`householdMap` of @tsunagu/core). Every person and support is a link the
 * keyboard reaches, named with its description; activating it moves to its
 * entry in the text alternative below the picture, which says the same in
 * words. Prints on one A4 page with its key. 東海村's ecomap of a family and
 * twelve agencies (seed 003 around l.430–520) is the model.
 *
 * @summary Genogram and ecomap of a case's household, with a text alternative.
 * @tagname tsunagu-household-map
 *
 * @attr {string} today - Reference date (ISO) for ages from birth dates; today in Japan when unset.
 * @attr {string} date - Draws the network as it stood on this date (ISO): agencies, links and the coordinator dated around it. `today` when unset.
 * @attr {boolean} all-phases - Draws every phase of the case side by side, each on its last day; on paper, one A4 page each.
 * @attr {string} phase - Draws the network on the last day of this phase of the case (`network.phases`: 初動期, 調整期, 安定期 …); the reference date for the phase in force. Choosing a phase above the picture sets it.
 * @attr {string} lang - `en` for English; otherwise Japanese. Inherited from the nearest ancestor with `lang`.
 *
 * @csspart figure - The picture (SVG).
 * @csspart text - The text alternative.
 *
 * @cssprop [--tsunagu-color-text=#1a1a1a] - Lines and text.
 * @cssprop [--tsunagu-color-focus-ring=#ffd43d] - The yellow ring around a focused person or support.
 * @cssprop [--tsunagu-font-family] - Font family.
 */
export class TsunaguHouseholdMap extends LitElement {
  static override properties: PropertyDeclarations = {
    value: { attribute: false },
    today: { type: String },
    date: { type: String },
    phase: { type: String, reflect: true },
    allPhases: { type: Boolean, attribute: 'all-phases' },
    policy: { attribute: false },
  };

  static override styles = css`
    :host { display: block; color: var(--tsunagu-color-text, #1a1a1a); font-family: var(--tsunagu-font-family, 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic UI', 'Meiryo', system-ui, sans-serif); }
    :host([hidden]) { display: none; }
    h2 { font-size: 1.25em; margin: 0 0 8px; }
    h3 { font-size: 1.05em; margin: 16px 0 4px; }
    .figure { overflow-x: auto; }
    svg { width: 100%; height: auto; display: block; background: #fff; }
    svg text { font-size: 12px; fill: currentColor; }
    svg .small { font-size: 10px; }
    .shape { fill: #fff; stroke: currentColor; stroke-width: 2; }
    .line { fill: none; stroke: currentColor; stroke-width: 1.5; }
    .strong { stroke-width: 4.5; }
    .weak { stroke-dasharray: 6 5; }
    .agency-link { fill: none; stroke: currentColor; stroke-width: 2; stroke-dasharray: 1 5; stroke-linecap: round; }
    .together { fill: none; stroke: currentColor; stroke-width: 1.5; stroke-dasharray: 2 4; }
    a:focus { outline: none; }
    a:focus-visible .shape, a:hover .shape { stroke-width: 4; }
    a:focus-visible .ring { stroke: var(--tsunagu-color-focus-ring, #ffd43d); stroke-width: 8; fill: none; }
    .ring { stroke: none; fill: none; }
    ul { margin: 4px 0; padding-inline-start: 1.4em; }
    li:focus { outline: 4px solid #000; outline-offset: 2px; box-shadow: 0 0 0 6px var(--tsunagu-color-focus-ring, #ffd43d); }
    .phases { border: 1px solid #b3b3b3; border-radius: 8px; padding: 4px 12px; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 4px 20px; align-items: center; }
    .phases legend { font-weight: 700; padding: 0 4px; }
    .phases label { display: flex; gap: 6px; align-items: center; min-height: 44px; }
    .phases input { width: 24px; height: 24px; margin: 0; }
    .phases input:focus-visible { outline: 4px solid #000; outline-offset: 2px; box-shadow: 0 0 0 6px var(--tsunagu-color-focus-ring, #ffd43d); }
    .phases p { margin: 0; flex-basis: 100%; }
    .side-by-side { display: flex; flex-wrap: wrap; gap: 16px; }
    .phase { flex: 1 1 28rem; min-width: 0; }
    .legend { display: flex; flex-wrap: wrap; gap: 2px 16px; margin: 8px 0 0; padding: 0; list-style: none; font-size: 0.875em; }
    @media (forced-colors: active) { .shape { fill: Canvas; stroke: CanvasText; } .line, .together, .agency-link { stroke: CanvasText; } a:focus-visible .ring { stroke: Highlight; } }
    @media print {
      :host { font-size: 9pt; }
      svg { max-height: 230mm; min-width: 0 !important; }
      .text { display: none; }
      .side-by-side { display: block; }
      .phase + .phase { break-before: page; }
    }
  `;

  /** The case whose household is drawn (its household, and its latest meeting's informal resources). */
  declare value: Case | undefined;
  /** The reference date (ISO) for ages; today in Japan when unset. */
  declare today: string | undefined;
  /** The date (ISO) the network is drawn on; `today` when unset. */
  declare date: string | undefined;
  /** The phase (a code of the case's `network.phases`) the network is drawn at, on its last day; `date` when unset. */
  declare phase: string | undefined;
  /** Draws every phase of the case, each on its last day, side by side; on paper, one A4 page each. */
  declare allPhases: boolean;
  /** The municipal policy: its own phases' and flows' names (`vocabularies.supportPhases`, `supportFlows`). */
  declare policy: MunicipalPolicy | undefined;

  readonly #lang = new LocaleController(this);

  constructor() {
    super();
    this.value = undefined;
    this.today = undefined;
    this.date = undefined;
    this.phase = undefined;
    this.allPhases = false;
    this.policy = undefined;
  }

  /** A phase in words: its name and its first day. */
  #phaseLabel(p: { code: string; from: string }): string {
    const names = extendVocabulary('supportPhases', SUPPORT_PHASES, this.policy?.vocabularies);
    return fillMessage(this.#l.phaseOn, { phase: choiceText(this.#lang, names, p.code) || p.code, from: this.#date(p.from) });
  }

  /** A date for people, as the sheets write it: 西暦 or 和暦 by the policy, ISO in English. */
  #date(iso: string): string {
    return dateText({ locale: this.#lang.locale, policy: this.policy }, iso);
  }

  /** The day drawn: the chosen phase's day (its last, or the reference date for the phase in force), else `date`, else `today`. */
  #onDate(phases: readonly SupportPhase[], today: string): string {
    return phases.find((p) => p.code === this.phase)?.day ?? (this.date || today);
  }

  /** The phases to choose from, as radio buttons (arrow keys step through them): none when the case has none. */
  #phases(phases: readonly SupportPhase[], onDate: string): TemplateResult | typeof nothing {
    if (phases.length === 0 || !this.value) return nothing;
    const l = this.#l;
    // The phase chosen, else the one the day drawn falls in.
    const current = this.phase ?? supportPhaseOn(this.value, onDate)?.code;
    return html`<fieldset class="phases"><legend>${l.phases}</legend>
      ${phases.map(
        (p) => html`<label><input type="radio" name="phase" .checked=${p.code === current} @change=${() => (this.phase = p.code)} />
          ${this.#phaseLabel(p)}</label>`,
      )}
      <p>${fillMessage(l.onDate, { date: this.#date(onDate) })}</p>
    </fieldset>`;
  }

  get #l() {
    return HOUSEHOLD_MAP_LABELS[this.#lang.locale];
  }

  /** A person in words: name (or 続柄), then 続柄, sex, age, where they live, deceased. */
  #describe(p: Person): string {
    const l = this.#l;
    const facts = [
      choiceText(this.#lang, RELATIONSHIPS, p.relationship),
      choiceText(this.#lang, SEXES, p.sex),
      p.age !== undefined ? fillMessage(l.age, { n: p.age }) : choiceText(this.#lang, AGE_BANDS, p.ageBand),
      p.livesTogether ? l.together : l.apart,
      p.deceased ? l.deceased : undefined,
      p.conditions.length ? fillMessage(l.conditions, { list: p.conditions.join(l.separator) }) : undefined,
    ].filter(Boolean);
    return `${p.name || l.unnamed}${l.open}${facts.join(l.separator)}${l.close}`;
  }

  /** A support in words, for one member: name, field, formal or informal, the tie, what flows, the coordinator. */
  #describeSupport(s: Support, link: Support['links'][number] | undefined): string {
    const l = this.#l;
    const facts = [
      s.coordinator ? l.coordinator : undefined,
      choiceText(this.#lang, FIELDS, s.field),
      s.informal ? l.informal : l.formal,
      choiceText(this.#lang, TIES, link?.tie),
      link?.flow ? this.#flow(link.flow) : undefined,
    ].filter(Boolean);
    return `${s.name}${l.open}${facts.join(l.separator)}${l.close}`;
  }

  /** What flows along a line, in words, with the municipality's own flows. */
  #flow(code: string): string {
    return choiceText(this.#lang, extendVocabulary('supportFlows', SUPPORT_FLOWS, this.policy?.vocabularies), code) || code;
  }

  /** Moves to an entry of the text alternative (a node's link is activated). */
  #goTo(e: Event, id: string): void {
    e.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    target?.scrollIntoView?.({ block: 'nearest' });
    target?.focus();
  }

  #person(p: Person, prefix: string): SVGTemplateResult {
    const shape =
      p.sex === 'male'
        ? svg`<rect class="shape" x=${p.x - R} y=${p.y - R} width=${2 * R} height=${2 * R}></rect>`
        : p.sex === 'female'
          ? svg`<circle class="shape" cx=${p.x} cy=${p.y} r=${R}></circle>`
          : svg`<path class="shape" d="M${p.x} ${p.y - R}L${p.x + R} ${p.y}L${p.x} ${p.y + R}L${p.x - R} ${p.y}Z"></path>`;
    // The person is drawn double: the same symbol again, inside.
    const r = R - 6;
    const inner = !p.self
      ? nothing
      : p.sex === 'male'
        ? svg`<rect class="shape" x=${p.x - r} y=${p.y - r} width=${2 * r} height=${2 * r}></rect>`
        : p.sex === 'female'
          ? svg`<circle class="shape" cx=${p.x} cy=${p.y} r=${r}></circle>`
          : svg`<path class="shape" d="M${p.x} ${p.y - r}L${p.x + r} ${p.y}L${p.x} ${p.y + r}L${p.x - r} ${p.y}Z"></path>`;
    const cross = p.deceased
      ? svg`<path class="line" d="M${p.x - R} ${p.y - R}L${p.x + R} ${p.y + R}M${p.x + R} ${p.y - R}L${p.x - R} ${p.y + R}"></path>`
      : nothing;
    const l = this.#l;
    const first = p.name || l.unnamed;
    const second = [
      choiceText(this.#lang, RELATIONSHIPS, p.relationship),
      p.age !== undefined ? fillMessage(l.age, { n: p.age }) : choiceText(this.#lang, AGE_BANDS, p.ageBand),
    ]
      .filter(Boolean)
      .join(' ');
    // The name starts with what the picture shows (WCAG 2.5.3), then what the shapes and lines say.
    const more = [choiceText(this.#lang, SEXES, p.sex), p.livesTogether ? l.together : l.apart, p.deceased ? l.deceased : undefined]
      .filter(Boolean)
      .join(l.separator);
    return svg`<a href="#${prefix}alt-${p.key}" aria-label="${first} ${second}${l.open}${more}${l.close}" @click=${(e: Event) => this.#goTo(e, `${prefix}alt-${p.key}`)}>
      <rect class="ring" x=${p.x - R - 6} y=${p.y - R - 6} width=${2 * R + 12} height=${2 * R + 12} rx="6"></rect>
      ${shape}${inner}${cross}
      ${fitted(first, p.x, p.y + R + 14, 12)}
      ${fitted(second, p.x, p.y + R + 27, 10, 'small')}
    </a>`;
  }

  #support(s: Support, prefix: string): SVGTemplateResult {
    const h = s.height;
    const l = this.#l;
    const ties = [...new Set(s.links.map((k) => k.tie).filter(Boolean))];
    const shown = [s.coordinator ? l.coordinator : undefined, choiceText(this.#lang, FIELDS, s.field), s.informal ? l.informal : undefined]
      .filter(Boolean)
      .join('・');
    const more = [s.informal ? undefined : l.formal, ties.length === 1 ? choiceText(this.#lang, TIES, ties[0]) : undefined]
      .filter(Boolean)
      .join(l.separator);
    return svg`<a href="#${prefix}alt-${s.key}-0" aria-label="${s.name}${shown ? ` ${shown}` : ''}${more ? `${l.open}${more}${l.close}` : ''}" @click=${(e: Event) => this.#goTo(e, `${prefix}alt-${s.key}-0`)}>
      <rect class="ring" x=${s.x - s.width / 2 - 6} y=${s.y - h / 2 - 6} width=${s.width + 12} height=${h + 12} rx="8"></rect>
      <rect class="shape" x=${s.x - s.width / 2} y=${s.y - h / 2} width=${s.width} height=${h} rx=${s.informal ? h / 2 : 2}></rect>
      ${s.lines.map((t, i) => svg`<text x=${s.x} y=${s.y - 2 - (s.lines.length - 1 - i) * 14} text-anchor="middle">${t}</text>`)}
      ${shown ? svg`<text class="small" x=${s.x} y=${s.y + 13 + (s.lines.length - 1) * 7} text-anchor="middle">${shown}</text>` : nothing}
    </a>`;
  }

  /** A support's line to a person along its route, drawn by the tie: a stressful one is wavy. */
  #line(points: readonly (readonly [number, number])[], tie: string | undefined): SVGTemplateResult {
    if (tie !== 'stressful') return svg`<path class="line ${tie ?? ''}" d=${`M${points.map(([x, y]) => `${x} ${y}`).join('L')}`}></path>`;
    let d = `M${points[0]![0]} ${points[0]![1]}`;
    for (let i = 1; i < points.length; i++) {
      const [x0, y0] = points[i - 1]!;
      const [x1, y1] = points[i]!;
      const dx = x1 - x0;
      const dy = y1 - y0;
      const len = Math.hypot(dx, dy);
      if (len < 1) continue;
      const steps = Math.max(2, Math.round(len / 14));
      const nx = (-dy / len) * 4;
      const ny = (dx / len) * 4;
      for (let k = 1; k <= steps; k++) {
        const side = k === steps ? 0 : k % 2 ? 1 : -1;
        d += `L${x0 + (dx * k) / steps + nx * side} ${y0 + (dy * k) / steps + ny * side}`;
      }
    }
    return svg`<path class="line" d=${d}></path>`;
  }

  /**
   * Labels keep a readable size: a map too wide for the page scrolls sideways instead of shrinking below
   * 85 % (about 10 px text). Set through the CSSOM, which the strict CSP allows (a style attribute it refuses).
   */
  protected override updated(): void {
    for (const figure of this.renderRoot.querySelectorAll<SVGSVGElement>('svg[data-min-width]'))
      figure.style.minWidth = `${figure.dataset['minWidth']}px`;
  }

  protected override render(): TemplateResult {
    const l = this.#l;
    const today = this.today || todayIso();
    const phases = this.value?.network ? supportPhases(this.value, today) : [];
    const legend = html`<ul class="legend" aria-label=${l.legendTitle}>
      ${[l.legendMale, l.legendFemale, l.legendOther, l.legendSelf, l.legendDeceased, l.legendTogether, l.legendStrong, l.legendWeak, l.legendStressful, l.legendInformal, l.legendAgencyLink].map((t) => html`<li>${t}</li>`)}
    </ul>`;
    if (this.allPhases && phases.length > 0 && this.value?.household) {
      // Each phase on its day, side by side; on paper, a page each.
      return html`<h2 id="title">${l.title}</h2>
        <div class="side-by-side">
          ${phases.map((p, i) => {
            const map = householdMap(this.value!, { onDate: p.day });
            const [figure, text] = this.#map(map, `p${i}-`, `phase-${i}`);
            return html`<section class="phase" aria-labelledby="phase-${i}"><h3 id="phase-${i}">${this.#phaseLabel(p)}</h3>${figure}${text}</section>`;
          })}
        </div>
        ${legend}`;
    }
    const onDate = this.#onDate(phases, today);
    const map = this.value?.household ? householdMap(this.value, { onDate }) : undefined;
    if (!map || map.people.length === 0) return html`<h2>${l.title}</h2><p>${l.empty}</p>`;
    const [figure, text] = this.#map(map, '');
    return html`<h2 id="title">${l.title}</h2>${this.#phases(phases, onDate)}${figure}${legend}${text}`;
  }

  /** The picture of a map and its text alternative; `prefix` keeps the ids of several maps apart, `phase` names the text's phase. */
  #map(map: ReturnType<typeof householdMap>, prefix: string, phase?: string): [TemplateResult, TemplateResult] {
    const l = this.#l;
    const layout = layoutHouseholdMap(map);
    const v = layout.viewBox;
    const label = fillMessage(l.figure, { people: layout.people.length, supports: layout.supports.length });
    const named = new Map(layout.supports.map((s) => [s.key, s.name]));
    const figure = html`<div class="figure"><svg part="figure" data-min-width=${Math.round(v.width * 0.85)} role="group" aria-label=${label} viewBox="${v.x} ${v.y} ${v.width} ${v.height}" preserveAspectRatio="xMidYMid meet">
        <g aria-hidden="true">
          ${layout.links.map((k) => this.#line(k.points, k.tie))}
          ${layout.supportLinks.map((k) => svg`<path class="agency-link" d=${`M${k.points.map(([x, y]) => `${x} ${y}`).join('L')}`}></path>`)}
          ${
            layout.together
              ? svg`<rect class="together" x=${layout.together.x} y=${layout.together.y} width=${layout.together.width} height=${layout.together.height} rx="16"></rect>
            <text class="small" x=${layout.together.x + 16} y=${layout.together.y + 12}>${l.together}</text>`
              : nothing
          }
          <path class="line" d=${layout.family}></path>
        </g>
        ${layout.people.map((p) => this.#person(p, prefix))}
        ${layout.supports.map((s) => this.#support(s, prefix))}
      </svg></div>`;
    const text = html`<section class="text" part="text" aria-labelledby="${phase ? `${phase} ` : ''}${prefix}text-title">
        <h3 id="${prefix}text-title">${l.textTitle}</h3>
        <ul>
          ${layout.people.map((p) => {
            const mine = layout.supports.filter((s) => s.links.some((k) => k.person === p.key));
            return html`<li id="${prefix}alt-${p.key}" tabindex="-1">${this.#describe(p)}
              ${
                mine.length
                  ? html`<ul aria-label=${l.supports}>${mine.map(
                      (s) =>
                        html`<li id="${prefix}alt-${s.key}-${s.links.findIndex((k) => k.person === p.key)}" tabindex="-1">${this.#describeSupport(
                          s,
                          s.links.find((k) => k.person === p.key),
                        )}</li>`,
                    )}</ul>`
                  : html`<p>${l.noSupports}</p>`
              }
            </li>`;
          })}
        </ul>
        ${
          map.links.length
            ? html`<h3 id="${prefix}links-title">${l.links}</h3>
              <ul aria-labelledby="${prefix}links-title">
                ${map.links.map((k) => {
                  const text = fillMessage(l.link, { source: named.get(k.source) ?? '', target: named.get(k.target) ?? '' });
                  return html`<li>${k.flow ? fillMessage(l.flow, { name: text, flow: this.#flow(k.flow) }) : text}</li>`;
                })}
              </ul>`
            : nothing
        }
      </section>`;
    return [figure, text];
  }
}

/** A person's label, squeezed to its column's width when longer (the gap between columns is for lines). */
function fitted(text: string, x: number, y: number, size: number, cls = ''): SVGTemplateResult {
  return textWidth(text, size) > LABEL_WIDTH
    ? svg`<text class=${cls} x=${x} y=${y} text-anchor="middle" textLength=${LABEL_WIDTH} lengthAdjust="spacingAndGlyphs">${text}</text>`
    : svg`<text class=${cls} x=${x} y=${y} text-anchor="middle">${text}</text>`;
}
