import { guard } from 'lit/directives/guard.js';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  CASE_STATUSES,
  CONSENT_STATUSES,
  CONTACT_METHODS,
  MEETING_KINDS,
  PLAN_STATUSES,
  TERMINATION_REASONS,
  caseClosure,
  caseForm,
  caseTimeline,
  changeCaseStatus,
  fillMessage,
  meetingNameOf,
  nextCaseStatuses,
  planInForce,
  sheetNameOf,
  type Case,
  type ContactEntry,
  type FormDefinition,
  type Issue,
  type IssuePath,
  type SmallChange,
  type StatusChange,
  type TimelineEntry,
  type TimelineKind,
  type Vocabulary,
} from '@tsunagu/core';
import { TsunaguSheet } from '../kit/sheet';
import { DocumentState } from '../kit/document';
import { IssueVisibility } from '../kit/issues';
import { fieldHostFor, listAt, textAt, type FieldHost } from '../kit/field-host';
import { controlAttributes, controlOf, frame } from '../kit/frame';
import { dateField, dateText, textArea, textField, timeField } from '../kit/fields';
import { checkboxGroup, choiceText, radioGroup, selectField } from '../kit/choices';
import { TsunaguOpenDocumentEvent, type CaseDocumentRef } from '../kit/events';
import { fieldId } from '../kit/paths';
import { newId } from '../kit/ids';
import { sheetStyles } from '../kit/styles';
import { CASE_RECORD_LABELS } from './labels';
import { TERMINATION_LABELS, terminationFields } from '../shared/termination';

type Labels = (typeof CASE_RECORD_LABELS)['ja' | 'en'];
/** The status change being prepared, under its own root so its field ids are its own. */
interface Pending {
  change: Partial<StatusChange>;
}

const KINDS: readonly TimelineKind[] = ['referral', 'meeting', 'plan', 'status', 'consent', 'contact', 'change'];
const KIND_LABEL = {
  referral: 'kindReferral',
  meeting: 'kindMeeting',
  plan: 'kindPlan',
  status: 'kindStatus',
  consent: 'kindConsent',
  contact: 'kindContact',
  change: 'kindChange',
} as const;
const SHEET_TAG = {
  referral: 'tsunagu-referral-sheet',
  meeting: 'tsunagu-support-sharing-sheet',
  plan: 'tsunagu-action-plan-sheet',
} as const;
const DOCUMENT_LIST = { referral: 'referrals', meeting: 'meetings', plan: 'plans' } as const;
const startsWith = (path: IssuePath, prefix: IssuePath) => prefix.every((k, i) => path[i] === k);
const issueKey = (i: Issue) => `${i.code}@${i.path.join('.')}`;

/**
 * The case over time (支援経過記録): a household's referrals, meetings, plan
 * versions, status changes, consent changes, contacts and small changes on one
 * timeline, newest or oldest first, filtered by kind, member or agency. The
 * coordinator records contacts and small changes in place, moves the case
 * through its statuses — seeing, before recording a change, what the rules ask
 * of it — writes the hand-off at 終結, and re-opens the case with its history
 * kept. Prints as the 支援経過記録 table on A4. The portal stays the store: the
 * case is the element's value, posted with its form and sent in its events.
 * 高島: 「それまでの経過が分からないと…関わりが難しくなる」 (seed 001 l.2036).
 *
 * @summary The case over time: timeline, contact log, status, hand-off, re-opening.
 * @tagname tsunagu-case-record
 *
 * @fires {TsunaguChangeEvent} tsunagu-change - The case changed (debounced, 300 ms). `detail.value` is the case.
 * @fires {TsunaguSubmitEvent} tsunagu-submit - A valid case was submitted. `detail.value` is the case.
 * @fires {TsunaguInvalidEvent} tsunagu-invalid - A submit was refused. `detail.issues` lists the errors (no personal data).
 * @fires {TsunaguOpenDocumentEvent} tsunagu-open-document - The user opened a referral, meeting or plan. Cancel it to open the document in the portal; otherwise it shows read-only in place when its sheet is defined.
 *
 * @attr {string} name - Name under which the case (JSON) goes into the enclosing form's FormData.
 * @attr {'edit'|'readonly'|'print'} mode - Editing, read-only, or the A4 print layout (the 支援経過記録 table).
 * @attr {boolean} readonly - Shows the case read-only.
 * @attr {boolean} disabled - Disables the record.
 * @attr {string} draft-key - Autosave key; entries being written survive reloads, crashes and failed sends until the page confirms the save (`saved()`).
 * @attr {'none'|'session'|'local'} draft-storage - Where drafts are kept: `none`, `session` (this tab; the default, unless the policy says otherwise) or `local` (this browser, until expiry).
 * @attr {number} draft-max-age - Hours after the last edit when a draft is removed unread (default 8, or the policy's).
 * @attr {string} today - Reference date (ISO) for new entries and date rules; today when unset.
 * @attr {string} lang - `en` for English; otherwise Japanese. Inherited from the nearest ancestor with `lang`.
 */
export class TsunaguCaseRecord extends TsunaguSheet<Case> {
  static override styles = [
    sheetStyles,
    css`
      .filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 0 var(--_space); }
      .timeline { list-style: none; margin: 0; padding: 0; }
      .entry { border-left: 4px solid var(--_border); padding: 4px 0 4px 12px; margin: 0 0 var(--_space); }
      .entry.status { border-left-style: double; border-left-width: 6px; }
      .entry-head { margin: 0; font-weight: 700; display: flex; gap: 8px; flex-wrap: wrap; align-items: baseline; }
      .kind { border: 1px solid currentColor; border-radius: 4px; padding: 0 6px; font-size: 0.875em; }
      .entry p { margin: 2px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
      .entry-actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 4px; }
      .rules { border-left: 6px solid var(--_warning-text); background: var(--_warning-bg); padding: 8px var(--_space); margin: var(--_space) 0; }
      .rules.clear { border-left-color: var(--_border); background: var(--_surface); }
      .rules ul { margin: 4px 0; padding-inline-start: 1.25em; }
      .embedded { margin-top: 8px; }
      .paper-table col.date { width: 15%; } .paper-table col.method { width: 9%; } .paper-table col.who { width: 16%; } .paper-table col.with { width: 16%; }
      .paper-table td.date { white-space: nowrap; }
    `,
  ];

  #order: 'asc' | 'desc' = 'desc';
  #kinds = new Set<TimelineKind>(KINDS);
  #member = '';
  #agency = '';
  /** Entries open for editing (`contacts:k3`) and documents shown in place (`plans:1`). */
  #editing = new Set<string>();
  #opened = new Set<string>();

  /** The status change being prepared: a form of its own, checked as the case it would make. */
  readonly #pending = new DocumentState<Pending>(this, () => ({ change: { date: this.referenceDate() } }));
  readonly #pendingIssues = new IssueVisibility();
  #fresh: readonly Issue[] = [];
  readonly #pendingHost: FieldHost = fieldHostFor({
    state: this.host,
    update: () => this.requestUpdate(),
    doc: this.#pending,
    issues: this.#pendingIssues,
    focus: this.focus_,
    edit: (path, value) => {
      this.#pending.edit(path, value);
      this.#checkPending();
      this.requestUpdate();
    },
    required: (path) => this.#pendingIssues.all.some((i) => i.code === 'field.required' && i.path.join('.') === path.join('.')),
    maxItems: () => undefined,
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('today')) this.#pending.refreshEmpty();
    if (this.drafts.notice === 'restored' && this.#reviewed !== this.value) this.#openUnsaved();
    // The prepared change is checked against the case as it is now, in the current language and policy.
    if (this.#pending.doc.change.status) this.#checkPending();
  }

  /** The restored draft whose unsaved entries were opened. */
  #reviewed: Case | undefined;

  /** After a draft is restored, the entries it holds that the page's case does not are open again, as they were left. */
  #openUnsaved(): void {
    this.#reviewed = this.value;
    const saved = new Set([...(this.doc.initial.contacts ?? []), ...(this.doc.initial.changes ?? [])].map((e) => JSON.stringify(e)));
    for (const list of ['contacts', 'changes'] as const)
      for (const e of this.value[list] ?? []) if (!saved.has(JSON.stringify(e))) this.#editing.add(`${list}:${e.id}`);
  }

  protected get documentForm(): FormDefinition<Case> {
    return caseForm;
  }

  protected sheetTitle(): string {
    return sheetNameOf(this.policy, 'caseRecord', this.locale);
  }

  protected override paperDate(): string | undefined {
    return this.view.statusHistory.at(-1)?.date;
  }

  get #l(): Labels {
    return CASE_RECORD_LABELS[this.locale];
  }

  /** Everyone in the household by id: the person first (本人), then the members. */
  #people(): Vocabulary {
    const l = this.#l;
    const { person, members } = this.view.household;
    const name = (p: { familyName?: string; givenName?: string }) => [p.familyName, p.givenName].filter(Boolean).join(' ');
    const list = person.id
      ? [
          {
            code: person.id,
            ja: `${name(person) || l.self}（${CASE_RECORD_LABELS.ja.self}）`,
            en: `${name(person) || l.self} (${CASE_RECORD_LABELS.en.self})`,
          },
        ]
      : [];
    members.forEach((m, i) => {
      if (!m.id) return;
      const text = name(m) || fillMessage(l.unnamed, { n: i + 1 });
      list.push({ code: m.id, ja: text, en: text });
    });
    return list;
  }

  #peopleText(ids: readonly string[] | undefined): string {
    return choiceText(this.host, this.#people(), ids);
  }

  /** The case's referrals, meetings and plan versions as choices, by id. */
  #documents(): Vocabulary {
    const l = this.#l;
    const v = this.view;
    const h = this.host;
    const out: { code: string; ja: string; en: string }[] = [];
    const push = (id: string | undefined, text: string) => id && out.push({ code: id, ja: text, en: text });
    v.referrals.forEach((r) =>
      push(r.id, fillMessage(l.referralOn, { date: dateText(h, r.referredOn), organization: r.referrer.organization })),
    );
    v.meetings.forEach((m) => push(m.id, this.#meetingText(m.meeting.date, m.meeting.legalKind)));
    v.plans.forEach((p) =>
      push(
        p.id,
        `${sheetNameOf(this.policy, 'actionPlan', this.locale)} ${fillMessage(l.planVersion, { n: p.version })}（${dateText(h, p.planDate)}）`,
      ),
    );
    return out;
  }

  #meetingText(date: string, kind: string): string {
    const legal = MEETING_KINDS.find((k) => k.code === kind);
    return fillMessage(this.#l.meetingOn, {
      date: dateText(this.host, date),
      name: legal ? meetingNameOf(this.policy, legal.code, legal, this.locale) : kind,
    });
  }

  protected renderSheet(h: FieldHost): TemplateResult {
    const l = this.#l;
    const v = this.view;
    const last = v.statusHistory.at(-1);
    const members = v.household.members.map(
      (m, i) => [m.familyName, m.givenName].filter(Boolean).join(' ') || fillMessage(l.unnamed, { n: i + 1 }),
    );
    const head = html`<section part="section" aria-labelledby="case-title">
      <h3 id="case-title">${l.sectionCase}</h3>
      <div class="grid-2">
        ${textField(h, ['household', 'person', 'familyName'], l.familyName)}
        ${textField(h, ['household', 'person', 'givenName'], l.givenName)}
      </div>
      <div class="grid-2">
        <div class="field" id=${h.label(['household', 'members'], l.members)}><span class="label">${l.members}</span><p>${members.join('、') || h.ui.none}</p></div>
        <div class="field"><span class="label">${l.status}</span><p>${last ? `${choiceText(h, CASE_STATUSES, last.status)}（${fillMessage(l.since, { date: dateText(h, last.date) })}）` : h.ui.none}</p></div>
      </div>
    </section>`;
    if (this.mode === 'print' || this.printing) return html`${head}${this.#renderPaper(h)}`;
    return html`${head}
      ${this.#renderTimeline(h)}
      ${this.isReadonly ? nothing : this.#renderStatusChange()}
      ${this.#renderHandOff(h)}`;
  }

  // ---- The timeline -------------------------------------------------------

  #renderTimeline(h: FieldHost): TemplateResult {
    const l = this.#l;
    const v = this.view;
    const entries = caseTimeline(v, {
      order: this.#order,
      kinds: [...this.#kinds],
      ...(this.#member ? { memberId: this.#member } : {}),
      ...(this.#agency ? { agency: this.#agency } : {}),
    });
    const agencies = [...new Set(caseTimeline(v).flatMap((e) => e.agencies))].sort();
    // Entries being written stay above the list, where they were opened: a date typed does not move them (nor focus).
    const writing = this.isReadonly ? [] : caseTimeline(v, { kinds: ['contact', 'change'] }).filter((e) => this.#isWriting(e));
    const listed = this.isReadonly ? entries : entries.filter((e) => !this.#isWriting(e));
    // What the timeline shows: in another view (filtered, turned) it is a new list, shown again from its
    // first entries rather than all at once.
    const view = `${this.#order}|${this.#member}|${this.#agency}|${[...this.#kinds].join()}`;
    const filter = (
      id: string,
      label: string,
      value: string,
      options: TemplateResult[],
      set: (v: string) => void,
    ) => html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} data-view ?disabled=${this.isDisabled} @change=${(e: Event) => {
        set((e.target as HTMLSelectElement).value);
        this.requestUpdate();
      }}>${options}</select>
    </div>`;
    const option = (value: string, text: string, selected: string) =>
      html`<option value=${value} ?selected=${value === selected}>${text}</option>`;
    return html`<section part="section" aria-labelledby="timeline-title">
      <h3 id="timeline-title">${l.sectionTimeline}</h3>
      <div class="filters no-print">
        ${filter('timeline-order', l.order, this.#order, [option('desc', l.newestFirst, this.#order), option('asc', l.oldestFirst, this.#order)], (x) => (this.#order = x === 'asc' ? 'asc' : 'desc'))}
        ${filter('timeline-member', l.member, this.#member, [option('', l.everyone, this.#member), ...this.#people().map((p) => option(p.code, p[this.locale], this.#member))], (x) => (this.#member = x))}
        ${filter('timeline-agency', l.agency, this.#agency, [option('', l.everyone, this.#agency), ...agencies.map((a) => option(a, a, this.#agency))], (x) => (this.#agency = x))}
      </div>
      <fieldset class="no-print">
        <legend>${l.kinds}</legend>
        <div class="choices">
          ${KINDS.map(
            (k) => html`<label class="choice"><input type="checkbox" data-view ?disabled=${this.isDisabled} .checked=${this.#kinds.has(k)}
            @change=${(e: Event) => {
              if ((e.target as HTMLInputElement).checked) this.#kinds.add(k);
              else this.#kinds.delete(k);
              this.requestUpdate();
            }} /><span>${l[KIND_LABEL[k]]}</span></label>`,
          )}
        </div>
      </fieldset>
      ${
        this.isReadonly
          ? nothing
          : html`<div class="entry-actions no-print">
            <button type="button" part="button" id="add-contact" ?disabled=${this.isDisabled} @click=${() => this.#add('contacts')}>${l.addContact}</button>
            <button type="button" part="button" id="add-change" ?disabled=${this.isDisabled} @click=${() => this.#add('changes')}>${l.addChange}</button>
          </div>`
      }
      <p class="hint" role="status">${fillMessage(l.shown, { n: listed.length })}</p>
      ${writing.length ? html`<div class="writing">${writing.map((e) => this.#renderEditor(h, e.path[0] as 'contacts' | 'changes', e.path[1] as number))}</div>` : nothing}
      ${
        listed.length === 0
          ? html`<p>${l.noEntries}</p>`
          : html`<ol class="timeline" aria-labelledby="timeline-title">${listed
              .slice(0, h.shown('timeline', listed.length, 15, view))
              .map((e) =>
                // An entry renders again when its record changes, it opens or closes, or anything else it may show changed (DocumentState.epoch).
                guard(
                  [
                    e.kind,
                    e.path.join('.'),
                    e.date,
                    e.time,
                    h.value(e.path.slice(0, 2)),
                    this.#opened.has(this.#key(e)),
                    h.epoch([e.path[0]!]),
                  ],
                  () => this.#renderEntry(h, e),
                ),
              )}</ol>`
      }
    </section>`;
  }

  /** An entry's key: its list and id (`contacts:k3`), or its place when it has no id. */
  #key(e: Pick<TimelineEntry, 'path' | 'id'>): string {
    return `${e.path[0]}:${e.id ?? e.path[1]}`;
  }

  /** Whether a contact or small change is open for writing: opened by the user, or holding an error after a refused submit. */
  #isWriting(e: TimelineEntry): boolean {
    if (e.kind !== 'contact' && e.kind !== 'change') return false;
    return this.#editing.has(this.#key(e)) || (this.issues.submitted && this.issues.errors.some((x) => startsWith(x.path, e.path)));
  }

  #renderEntry(h: FieldHost, e: TimelineEntry): TemplateResult {
    const l = this.#l;
    const when = `${dateText(h, e.date)}${e.time ? ` ${e.time}` : ''}`;
    const key = this.#key(e);
    const kind = e.kind === 'status' ? `${l.kindStatus}：${choiceText(h, CASE_STATUSES, e.code)}` : l[KIND_LABEL[e.kind]];
    // Labelled by what it is and when: the error summary names it and links here.
    return html`<li class="entry ${e.kind}" id=${h.label(e.path, `${kind}（${when}）`)} tabindex="-1">
      <p class="entry-head"><span class="kind">${kind}</span><span>${when}</span></p>
      ${this.#entryBody(h, e, key)}
    </li>`;
  }

  #entryBody(h: FieldHost, e: TimelineEntry, key: string): TemplateResult {
    const l = this.#l;
    const v = this.view;
    const i = e.path[1] as number;
    const line = (label: string, text: string | undefined) =>
      text ? html`<p>${label ? html`<strong>${label}</strong>${this.t.labelSeparator}` : nothing}${text}</p>` : nothing;
    switch (e.kind) {
      case 'referral':
      case 'meeting':
      case 'plan': {
        const doc = v[DOCUMENT_LIST[e.kind]][i]!;
        const title =
          e.kind === 'referral'
            ? v.referrals[i]!.referrer.organization
            : e.kind === 'meeting'
              ? `${this.#meetingText(v.meetings[i]!.meeting.date, v.meetings[i]!.meeting.legalKind)}${v.meetings[i]!.meeting.session ? ` ${fillMessage(l.session, { n: v.meetings[i]!.meeting.session })}` : ''}`
              : `${sheetNameOf(this.policy, 'actionPlan', this.locale)} ${fillMessage(l.planVersion, { n: v.plans[i]!.version })}（${choiceText(h, PLAN_STATUSES, v.plans[i]!.status)}）`;
        const open = this.#opened.has(key);
        return html`<p>${title}</p>
          <div class="entry-actions no-print">
            <button type="button" part="button" aria-expanded=${open ? 'true' : 'false'} aria-label="${open ? l.close : l.open}${this.t.labelSeparator}${title}" @click=${() => this.#openDocument({ kind: e.kind as CaseDocumentRef['kind'], index: i, ...(doc.id ? { id: doc.id } : {}) }, key)}>${open ? l.close : l.open}</button>
          </div>
          ${open ? html`<div class="embedded">${this.#embedded(key, e.kind, doc)}</div>` : nothing}`;
      }
      case 'consent': {
        const c = v.consentHistory[i]!;
        return html`${line('', choiceText(h, CONSENT_STATUSES, c.status))}${line(l.by, c.confirmedBy?.organization)}`;
      }
      case 'status': {
        const s = v.statusHistory[i]!;
        const closure = caseClosure(v, i)?.termination;
        const tl = TERMINATION_LABELS[this.locale];
        return html`${line(l.statusNote, s.note)}
          ${line(l.decidedBy, [s.decidedBy?.organization, s.decidedBy?.name].filter(Boolean).join(' '))}
          ${line(l.meeting, s.meetingId ? (this.#documents().find((d) => d.code === s.meetingId)?.[this.locale] ?? s.meetingId) : undefined)}
          ${line(l.referral, s.referralId ? (this.#documents().find((d) => d.code === s.referralId)?.[this.locale] ?? s.referralId) : undefined)}
          ${
            closure
              ? html`${line(tl.terminationReason, closure.reason ? choiceText(h, this.codeList('terminationReasons', TERMINATION_REASONS), closure.reason) : undefined)}
                ${line(tl.successor, closure.successor)}
                ${line(tl.contactOrganization, [closure.contactOnChange?.organization, closure.contactOnChange?.name, closure.contactOnChange?.phone].filter(Boolean).join(' '))}`
              : nothing
          }`;
      }
      case 'contact':
      case 'change': {
        const list = e.kind === 'contact' ? 'contacts' : 'changes';
        const actions = this.isReadonly
          ? nothing
          : html`<div class="entry-actions no-print"><button type="button" part="button" ?disabled=${this.isDisabled} aria-label="${l.edit}${this.t.labelSeparator}${fillMessage(e.kind === 'contact' ? l.contactEntry : l.changeEntry, { date: dateText(h, e.date) })}" @click=${() => this.#edit(key, [list, i])}>${l.edit}</button></div>`;
        if (e.kind === 'change') {
          const c = v.changes![i]!;
          return html`${line(l.changeMember, this.#peopleText(c.memberId ? [c.memberId] : []))}<p>${c.text}</p>${actions}`;
        }
        const c = v.contacts![i]!;
        const withWhom = [this.#peopleText(c.withMemberIds), ...(c.withAgencies ?? [])].filter(Boolean).join('、');
        return html`<p><strong>${choiceText(h, this.codeList('contactMethods', CONTACT_METHODS), c.method)}</strong></p>
          ${line(l.by, [c.by?.organization, c.by?.name].filter(Boolean).join(' '))}
          ${line(l.with, withWhom)}
          ${c.content ? html`<p>${c.content}</p>` : nothing}
          ${line(l.next, c.next)}
          ${line(l.documentLink, c.documentId ? (this.#documents().find((d) => d.code === c.documentId)?.[this.locale] ?? c.documentId) : undefined)}
          ${actions}`;
      }
    }
  }

  /** The documents shown in place, each in its sheet (read-only), kept while open. */
  readonly #sheets = new Map<string, HTMLElement & { value: unknown; policy: unknown }>();

  /** A document in its own sheet, read-only: the sheet is the page's (defined by it, or by the standalone bundle). */
  #embedded(key: string, kind: CaseDocumentRef['kind'], doc: object): HTMLElement {
    let sheet = this.#sheets.get(key);
    if (!sheet) {
      // Typed as a plain element: the sheets' tags are the page's to define, not this module's.
      const created: HTMLElement = this.ownerDocument.createElement(SHEET_TAG[kind]);
      created.setAttribute('mode', 'readonly');
      sheet = created as HTMLElement & { value: unknown; policy: unknown };
      this.#sheets.set(key, sheet);
    }
    if (sheet.policy !== this.policy) sheet.policy = this.policy;
    if (sheet.value !== doc) sheet.value = doc;
    return sheet;
  }

  /** Asks the portal first; shows the document in place when the portal leaves it to the record and its sheet is on the page. */
  #openDocument(ref: CaseDocumentRef, key: string): void {
    if (this.#opened.delete(key)) {
      this.#sheets.delete(key);
      return this.requestUpdate();
    }
    const event = new TsunaguOpenDocumentEvent(ref);
    if (!this.dispatchEvent(event) || !customElements.get(SHEET_TAG[ref.kind])) return;
    this.#opened.add(key);
    this.requestUpdate();
  }

  // ---- Contacts and small changes, in place -------------------------------

  #add(list: 'contacts' | 'changes'): void {
    const today = this.referenceDate();
    const items = listAt<ContactEntry | SmallChange>(this.host, [list]);
    const entry = list === 'contacts' ? { id: newId('k'), date: today } : { id: newId('ch'), date: today };
    this.edit([list], [...items, entry]);
    // Show it whatever the filters: a new entry is never hidden from the person writing it.
    this.#kinds.add(list === 'contacts' ? 'contact' : 'change');
    this.#member = '';
    this.#agency = '';
    this.#edit(`${list}:${entry.id}`, [list, items.length]);
  }

  #edit(key: string, path: IssuePath): void {
    this.#editing.add(key);
    this.focus_.focusLater(fieldId([...path, 'date']));
    this.requestUpdate();
  }

  #renderEditor(h: FieldHost, list: 'contacts' | 'changes', i: number): TemplateResult {
    const l = this.#l;
    const p: IssuePath = [list, i];
    const key = this.#key({ path: p, id: h.value([...p, 'id']) as string | undefined });
    const fields =
      list === 'changes'
        ? html`<div class="grid-2">${dateField(h, [...p, 'date'], l.date)}${selectField(h, [...p, 'memberId'], l.changeMember, this.#people())}</div>
            ${textArea(h, [...p, 'text'], l.changeText, { hint: l.changeHint })}`
        : html`<div class="grid-2">
              ${dateField(h, [...p, 'date'], l.date)}${timeField(h, [...p, 'time'], l.contactTime)}
              ${selectField(h, [...p, 'method'], l.method, this.codeList('contactMethods', CONTACT_METHODS))}
            </div>
            <div class="grid-2">${textField(h, [...p, 'by', 'organization'], l.byOrganization, { autocomplete: 'organization' })}${textField(h, [...p, 'by', 'name'], l.byName)}</div>
            ${checkboxGroup(h, [...p, 'withMemberIds'], l.withMembers, this.#people())}
            ${this.#listField(h, [...p, 'withAgencies'], l.withAgencies, l.withAgenciesHint)}
            ${textArea(h, [...p, 'content'], l.content)}
            ${textArea(h, [...p, 'next'], l.next)}
            ${selectField(h, [...p, 'documentId'], l.documentLink, this.#documents())}`;
    return html`<div class="editor row" role="group" aria-label=${fillMessage(list === 'contacts' ? l.contactEntry : l.changeEntry, { date: dateText(h, textAt(h, [...p, 'date'])) })}>
      ${fields}
      <div class="entry-actions no-print">
        <button type="button" part="button" class="primary" ?disabled=${this.isDisabled} @click=${() => this.#done(key, p)}>${l.done}</button>
        <button type="button" part="button" ?disabled=${this.isDisabled} @click=${() => this.#remove(key, list, i)}>${l.removeEntry}</button>
      </div>
    </div>`;
  }

  /** A list of names typed in one line, separated by 、 or commas; kept as typed until the field is left. */
  #listField(h: FieldHost, path: IssuePath, label: string, hint: string): TemplateResult {
    const c = controlOf(h, path, label, { hint });
    const stored = listAt<string>(h, path);
    return frame(
      h,
      c,
      html`<input ${controlAttributes(c)} type="text" autocomplete="off" .value=${h.typed(path) ?? stored.join('、')}
      @input=${(e: Event) => {
        const text = (e.target as HTMLInputElement).value;
        h.type(path, text);
        const names = text
          .split(/[、,，]/)
          .map((s) => s.trim())
          .filter(Boolean);
        h.edit(path, names.length ? names : undefined);
      }}
      @blur=${() => {
        h.type(path, undefined);
        h.touch(path);
      }} />`,
    );
  }

  /** Closes an entry's editor — unless it has an error, which is shown where it is. */
  #done(key: string, p: IssuePath): void {
    const errors = this.issues.errors.filter((x) => startsWith(x.path, p));
    if (errors.length) {
      for (const x of errors) this.issues.touch(x.path);
      this.doc.changed();
      void this.focus_.goTo(this.issues.anchor(errors[0]!.path));
      this.requestUpdate();
      return;
    }
    this.#editing.delete(key);
    this.focus_.focusLater(fieldId(p));
    this.requestUpdate();
  }

  #remove(key: string, list: 'contacts' | 'changes', i: number): void {
    this.edit(
      [list],
      listAt(this.host, [list]).filter((_, k) => k !== i),
    );
    this.#editing.delete(key);
    this.focus_.announce(this.#l.entryRemoved);
    this.focus_.focusLater(list === 'contacts' ? 'add-contact' : 'add-change');
  }

  // ---- Status changes, with their rules shown first -----------------------

  /** The case the prepared change would make, and the issues it would bring, at the fields of the change. */
  #checkPending(): void {
    const change = this.#pending.doc.change;
    if (!change.status) {
      this.#fresh = [];
      this.#pendingIssues.set([]);
      return;
    }
    const before = new Set(this.issues.all.map(issueKey));
    const next = changeCaseStatus(this.value, { date: '', ...change } as StatusChange);
    const result = this.documentForm.validate(next, { locale: this.locale, policy: this.policy, today: this.referenceDate() });
    const n = this.value.statusHistory.length;
    const j = change.date ? planInForce(this.value, change.date) : undefined;
    const at = (path: IssuePath): IssuePath | undefined => {
      if (path[0] === 'statusHistory' && path[1] === n) return ['change', ...path.slice(2)];
      if (path[0] === 'plans' && path[1] === j && path[2] === 'termination')
        return path[3] === 'date'
          ? ['change', 'date']
          : path[3] === 'decidedInMeetingId'
            ? ['change', 'meetingId']
            : ['change', ...path.slice(2)];
      return undefined;
    };
    // What the change would bring: the issues of the case it makes that the case has not already, at the change's fields.
    this.#fresh = result.issues.filter((i) => !before.has(issueKey(i))).map((i) => ({ ...i, path: at(i.path) ?? i.path }));
    this.#pendingIssues.set(this.#fresh);
  }

  #renderStatusChange(): TemplateResult {
    const l = this.#l;
    const h = this.#pendingHost;
    const v = this.view;
    const change = this.#pending.doc.change;
    const last = v.statusHistory.at(-1);
    const statuses = CASE_STATUSES.filter((s) => nextCaseStatuses(v).includes(s.code));
    const meetings: Vocabulary = v.meetings
      .filter((m) => m.id)
      .map((m) => ({
        code: m.id!,
        ja: this.#meetingText(m.meeting.date, m.meeting.legalKind),
        en: this.#meetingText(m.meeting.date, m.meeting.legalKind),
      }));
    const referrals = this.#documents().filter((d) => v.referrals.some((r) => r.id === d.code));
    const errors = this.#fresh.filter((i) => i.severity === 'error');
    return html`<section part="section" aria-labelledby="status-title">
      <h3 id="status-title">${l.sectionStatus}</h3>
      ${last ? html`<p>${fillMessage(l.currentStatus, { status: choiceText(this.host, CASE_STATUSES, last.status), date: dateText(this.host, last.date) })}</p>` : nothing}
      ${radioGroup(h, ['change', 'status'], l.nextStatus, statuses)}
      ${
        change.status
          ? html`${dateField(h, ['change', 'date'], l.date)}
            ${textArea(h, ['change', 'note'], l.statusNote)}
            <div class="grid-2">
              ${textField(h, ['change', 'decidedBy', 'organization'], l.decidedByOrganization, { autocomplete: 'organization' })}
              ${textField(h, ['change', 'decidedBy', 'name'], l.decidedByName)}
            </div>
            ${selectField(h, ['change', 'meetingId'], l.meeting, meetings)}
            ${change.status === 'reopened' ? selectField(h, ['change', 'referralId'], l.referral, referrals, { hint: l.referralHint }) : nothing}
            ${change.status === 'terminated' ? this.#terminationFields(h, ['change', 'termination']) : nothing}
            <div class="rules ${this.#fresh.length ? '' : 'clear'}" id="status-rules" tabindex="-1" role="group" aria-labelledby="status-rules-title">
              <p id="status-rules-title"><strong>${l.rulesTitle}</strong></p>
              ${
                this.#fresh.length === 0
                  ? html`<p>${l.rulesNone}</p>`
                  : html`<p>${l.rulesIntro}</p><ul>${this.#fresh.map(
                      (i) =>
                        html`<li>${i.severity === 'error' ? '＊' : this.t.warning}${
                          i.path[0] === 'change'
                            ? html`<a href="#${this.#pendingIssues.anchor(i.path)}" @click=${(e: Event) => {
                                e.preventDefault();
                                void this.focus_.goTo(this.#pendingIssues.anchor(i.path));
                              }}>${this.#pendingIssues.summaryText(i, this.t.labelSeparator)}</a>`
                            : i.message
                        }</li>`,
                    )}</ul>`
              }
            </div>`
          : nothing
      }
      <div class="actions">
        <button type="button" part="button" class="primary" id="status-confirm" ?disabled=${this.isDisabled} aria-describedby=${errors.length ? 'status-rules' : nothing} @click=${() => this.#confirmStatus()}>${l.confirm}</button>
        ${change.status ? html`<button type="button" part="button" @click=${() => this.#resetPending()}>${l.cancel}</button>` : nothing}
      </div>
    </section>`;
  }

  #terminationFields(h: FieldHost, p: IssuePath): TemplateResult {
    return terminationFields(h, p, this.codeList('terminationReasons', TERMINATION_REASONS));
  }

  #resetPending(): void {
    this.#pending.load(undefined);
    this.#pendingIssues.clear();
    this.#checkPending();
    this.requestUpdate();
  }

  #confirmStatus(): void {
    const change = this.#pending.doc.change;
    if (!change.status) {
      this.focus_.announce(this.#l.chooseStatus);
      this.focus_.focusLater(fieldId(['change', 'status']));
      return;
    }
    this.#checkPending();
    if (this.#fresh.some((i) => i.severity === 'error')) {
      this.#pendingIssues.submitted = true;
      this.focus_.focusLater('status-rules');
      this.requestUpdate();
      return;
    }
    const before = this.value;
    const next = changeCaseStatus(before, change as StatusChange);
    this.edit(['statusHistory'], next.statusHistory);
    if (next.plans !== before.plans) this.edit(['plans'], next.plans);
    this.focus_.announce(fillMessage(this.#l.statusChanged, { status: choiceText(this.host, CASE_STATUSES, change.status) }));
    this.#resetPending();
    this.focus_.focusLater('timeline-title');
  }

  // ---- The hand-off at 終結 -----------------------------------------------

  #renderHandOff(h: FieldHost): TemplateResult | typeof nothing {
    const l = this.#l;
    const v = this.view;
    const i = v.statusHistory.findLastIndex((s) => s.status === 'terminated');
    if (i < 0) return nothing;
    const closure = caseClosure(v, i)!;
    return html`<section part="section" aria-labelledby="handoff-title">
      <h3 id="handoff-title">${l.sectionHandOff}</h3>
      <p>${fillMessage(l.handOffOf, { date: dateText(h, v.statusHistory[i]!.date) })}</p>
      ${this.#terminationFields(h, closure.path)}
    </section>`;
  }

  // ---- Paper: the 支援経過記録 --------------------------------------------

  #renderPaper(h: FieldHost): TemplateResult {
    const l = this.#l;
    const v = this.view;
    const methods = this.codeList('contactMethods', CONTACT_METHODS);
    const contacts = caseTimeline(v, { kinds: ['contact'] }).map((e) => v.contacts![e.path[1] as number]!);
    const changes = caseTimeline(v, { kinds: ['change'] }).map((e) => v.changes![e.path[1] as number]!);
    const table = (
      title: string,
      heads: readonly string[],
      rows: readonly (readonly string[])[],
      cols: TemplateResult = html``,
    ) => html`<section part="section">
      <h3>${title}</h3>
      ${
        rows.length === 0
          ? html`<p class="value">${h.ui.none}</p>`
          : html`<table class="paper-table">${cols}<thead><tr>${heads.map((x) => html`<th scope="col">${x}</th>`)}</tr></thead>
            <tbody>${rows.map((r) => html`<tr>${r.map((x, n) => html`<td class=${n === 0 ? 'date' : ''}>${x || '—'}</td>`)}</tr>`)}</tbody></table>`
      }
    </section>`;
    const i = v.statusHistory.findLastIndex((s) => s.status === 'terminated');
    return html`
      ${table(
        l.paperStatus,
        [l.date, l.kindStatus, l.statusNote],
        v.statusHistory.map((s) => [dateText(h, s.date), choiceText(h, CASE_STATUSES, s.status), s.note ?? '']),
      )}
      ${table(
        l.paperContacts,
        [l.date, l.method, l.by, l.with, l.content],
        contacts.map((c) => [
          `${dateText(h, c.date)}${c.time ? ` ${c.time}` : ''}`,
          choiceText(h, methods, c.method),
          [c.by?.organization, c.by?.name].filter(Boolean).join(' '),
          [this.#peopleText(c.withMemberIds), ...(c.withAgencies ?? [])].filter(Boolean).join('、'),
          [c.content, c.next ? `→ ${c.next}` : ''].filter(Boolean).join('\n'),
        ]),
        html`<colgroup><col class="date" /><col class="method" /><col class="who" /><col class="with" /><col /></colgroup>`,
      )}
      ${table(
        l.paperChanges,
        [l.date, l.changeMember, l.changeText],
        changes.map((c) => [dateText(h, c.date), this.#peopleText(c.memberId ? [c.memberId] : []), c.text]),
      )}
      ${i < 0 ? nothing : html`<section part="section"><h3>${l.sectionHandOff}</h3>${this.#terminationFields(h, caseClosure(v, i)!.path)}</section>`}`;
  }
}
