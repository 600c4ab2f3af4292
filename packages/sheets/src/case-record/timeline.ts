// The timeline of the case record: every referral, meeting, plan version, つなぎ step, status change, consent change,
// contact and small change, newest or oldest first, filtered by kind, member or agency; contacts and small
// changes written in place; referrals, meetings and plans opened in their own sheets, read-only.
import { guard } from 'lit/directives/guard.js';
import { html, nothing, type TemplateResult } from 'lit';
import {
  CASE_STATUSES,
  CONSENT_STATUSES,
  CONTACT_METHODS,
  CONTACT_PURPOSES,
  SUPPORT_PROGRAMS,
  phaseMove,
  caseTimeline,
  fillMessage,
  localQuestionsOf,
  type ActionPlan,
  type Case,
  type ContactEntry,
  type IssuePath,
  type SmallChange,
  type TimelineEntry,
  type TimelineKind,
} from '@tsunagu/core';
import { listAt, textAt, type SheetFields } from '../kit/field-host';
import { localAnswerTexts, localItems } from '../kit/local-items';
import { dateField, dateText, listField, textArea, textField, timeField } from '../kit/fields';
import { checkboxGroup, choiceText, selectField, yesNoField } from '../kit/choices';
import { TsunaguOpenDocumentEvent, type CaseDocumentRef } from '../kit/events';
import { fieldId } from '../kit/paths';
import { newId } from '../kit/ids';
import { documentText, documents, people, peopleText, labelsOf, type RecordContext } from './context';
import { aside, joinList } from '../kit/ui-strings';
import { statusBody } from './status-entry';
import { planInPlace, tsunagiEntry } from './tsunagi';
import { documentTitle } from './document-title';

/** Each kind's label, in the order the filter offers them. */
const KIND_LABEL = {
  referral: 'kindReferral',
  meeting: 'kindMeeting',
  plan: 'kindPlan',
  assessment: 'kindAssessment',
  tsunagi: 'kindTsunagi',
  status: 'kindStatus',
  consent: 'kindConsent',
  enrolment: 'kindEnrolment',
  phase: 'kindPhase',
  contact: 'kindContact',
  change: 'kindChange',
} as const satisfies Record<TimelineKind, string>;
const KINDS = Object.keys(KIND_LABEL) as TimelineKind[];
const SHEET_TAG = {
  referral: 'tsunagu-referral-sheet',
  meeting: 'tsunagu-support-sharing-sheet',
  plan: 'tsunagu-action-plan-sheet',
  assessment: 'tsunagu-assessment-sheet',
} as const;
const DOCUMENT_LIST = { referral: 'referrals', meeting: 'meetings', plan: 'plans', assessment: 'assessments' } as const;
const OWN_SECTION: ReadonlySet<TimelineKind> = new Set(['enrolment', 'phase', 'tsunagi']);
const startsWith = (path: IssuePath, prefix: IssuePath) => prefix.every((k, i) => path[i] === k);
type Written = 'contacts' | 'changes';

/** The timeline section of the case record, with what it remembers: its view, the entries open for writing, the documents open in place. */
export class Timeline {
  readonly #ctx: RecordContext;
  #order: 'asc' | 'desc' = 'desc';
  #kinds = new Set<TimelineKind>(KINDS);
  #member = '';
  #agency = '';
  /** Entries open for editing (`contacts:k3`) and documents shown in place (`plans:1`). */
  /** A contact's purpose, and whose work ('coordinator' or 'others'), to filter by; '' for all. */
  #purpose = '';
  #work = '';
  #editing = new Set<string>();
  #opened = new Set<string>();
  /** The documents shown in place, each in its sheet (read-only), kept while open. */
  readonly #sheets = new Map<string, HTMLElement & { value: unknown; policy: unknown }>();

  constructor(ctx: RecordContext) {
    this.#ctx = ctx;
  }

  /** After a draft is restored, the entries it holds that the page's case does not are open again, as they were left. */
  openUnsaved(saved: Case): void {
    const kept = new Set([...(saved.contacts ?? []), ...(saved.changes ?? [])].map((e) => JSON.stringify(e)));
    for (const list of ['contacts', 'changes'] as const)
      for (const e of this.#ctx.value[list] ?? []) if (!kept.has(JSON.stringify(e))) this.#editing.add(`${list}:${e.id}`);
  }

  render(h: SheetFields): TemplateResult {
    const ctx = this.#ctx;
    const l = labelsOf(ctx);
    const v = ctx.view;
    const entries = caseTimeline(v, {
      order: this.#order,
      kinds: [...this.#kinds],
      ...(this.#member ? { memberId: this.#member } : {}),
      ...(this.#agency ? { agency: this.#agency } : {}),
      ...(this.#purpose ? { purpose: this.#purpose } : {}),
      ...(this.#work ? { byCoordinatorOffice: this.#work === 'coordinator' } : {}),
    });
    const agencies = [...new Set(caseTimeline(v).flatMap((e) => e.agencies))].sort();
    // Entries being written stay above the list, where they were opened: a date typed does not move them (nor focus).
    const writing = ctx.isReadonly ? [] : caseTimeline(v, { kinds: ['contact', 'change'] }).filter((e) => this.#isWriting(e));
    const listed = ctx.isReadonly ? entries : entries.filter((e) => !this.#isWriting(e));
    // What the timeline shows: in another view (filtered, turned) a new list, shown again from its first entries.
    const view = `${this.#order}|${this.#member}|${this.#agency}|${this.#purpose}|${this.#work}|${[...this.#kinds].join()}`;
    const filter = (id: string, label: string, options: TemplateResult[], set: (v: string) => void) => html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} data-view ?disabled=${ctx.isDisabled} @change=${(e: Event) => {
        set((e.target as HTMLSelectElement).value);
        ctx.requestUpdate();
      }}>${options}</select>
    </div>`;
    const option = (value: string, text: string, selected: string) =>
      html`<option value=${value} ?selected=${value === selected}>${text}</option>`;
    return html`<section part="section" aria-labelledby="timeline-title">
      <h3 id="timeline-title">${l.sectionTimeline}</h3>
      <div class="filters no-print">
        ${filter('timeline-order', l.order, [option('desc', l.newestFirst, this.#order), option('asc', l.oldestFirst, this.#order)], (x) => (this.#order = x === 'asc' ? 'asc' : 'desc'))}
        ${filter('timeline-member', l.member, [option('', l.everyone, this.#member), ...people(ctx).map((p) => option(p.code, p[ctx.locale], this.#member))], (x) => (this.#member = x))}
        ${filter('timeline-agency', l.agency, [option('', l.everyone, this.#agency), ...agencies.map((a) => option(a, a, this.#agency))], (x) => (this.#agency = x))}
        ${filter('timeline-purpose', l.purpose, [option('', l.everyone, this.#purpose), ...ctx.codeList('contactPurposes', CONTACT_PURPOSES).map((c) => option(c.code, c[ctx.locale], this.#purpose))], (x) => (this.#purpose = x))}
        ${filter('timeline-work', l.work, [option('', l.everyone, this.#work), option('coordinator', l.workCoordinator, this.#work), option('others', l.workOthers, this.#work)], (x) => (this.#work = x))}
      </div>
      <fieldset class="no-print">
        <legend>${l.kinds}</legend>
        <div class="choices">
          ${KINDS.map(
            (k) => html`<label class="choice"><input type="checkbox" data-view ?disabled=${ctx.isDisabled} .checked=${this.#kinds.has(k)}
            @change=${(e: Event) => {
              if ((e.target as HTMLInputElement).checked) this.#kinds.add(k);
              else this.#kinds.delete(k);
              ctx.requestUpdate();
            }} /><span>${l[KIND_LABEL[k]]}</span></label>`,
          )}
        </div>
      </fieldset>
      ${
        ctx.isReadonly
          ? nothing
          : html`<div class="entry-actions no-print">
            <button type="button" part="button" id="add-contact" ?disabled=${ctx.isDisabled} @click=${() => this.#add('contacts')}>${l.addContact}</button>
            <button type="button" part="button" id="add-change" ?disabled=${ctx.isDisabled} @click=${() => this.#add('changes')}>${l.addChange}</button>
          </div>`
      }
      <p class="hint" role="status">${fillMessage(l.shown, { n: listed.length })}</p>
      ${writing.length ? html`<div class="writing">${writing.map((e) => this.#renderEditor(h, e.path[0] as Written, e.path[1] as number))}</div>` : nothing}
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
    const issues = this.#ctx.issues;
    return this.#editing.has(this.#key(e)) || (issues.submitted && issues.errors.some((x) => startsWith(x.path, e.path)));
  }

  #renderEntry(h: SheetFields, e: TimelineEntry): TemplateResult {
    const l = labelsOf(this.#ctx);
    const when = `${dateText(h, e.date)}${e.time ? ` ${e.time}` : ''}`;
    const kind =
      e.kind === 'status' ? `${l.kindStatus}${this.#ctx.t.labelSeparator}${choiceText(h, CASE_STATUSES, e.code)}` : l[KIND_LABEL[e.kind]];
    // Labelled by what it is and when: the error summary names it and links here.
    const label = aside(h.locale, kind, when);
    if (e.kind === 'plan') this.#labelActions(h, e.path[1] as number, label);
    // An enrolment and a つなぎ are edited in their own sections, and a phase is a meeting's: their paths' labels belong there.
    const id = OWN_SECTION.has(e.kind) ? `tl-${e.kind}-${e.path.join('-')}` : h.label(e.path, label);
    return html`<li class="entry ${e.kind}" id=${id} tabindex="-1">
      <p class="entry-head"><span class="kind">${kind}</span><span>${when}</span></p>
      ${this.#entryBody(h, e, this.#key(e))}
    </li>`;
  }

  /**
   * Labels each action of a plan for the error summary by its task, owner and due date: a warning about one
   * action (期限を過ぎています) names it, instead of the plan's date for every action alike.
   */
  #labelActions(h: SheetFields, i: number, plan: string): void {
    const l = labelsOf(this.#ctx);
    const doc = this.#ctx.view.plans[i]!;
    for (const [j, a] of doc.actions.entries()) {
      const task = (a.task ?? '').trim();
      h.label(
        ['plans', i, 'actions', j],
        fillMessage(l.planAction, {
          plan,
          task: task.length > 24 ? `${task.slice(0, 23)}…` : task,
          owner: doc.members.find((m) => m.id === a.ownerId)?.organization ?? a.ownerOrganization ?? '',
          due: a.due ? dateText(h, a.due) : l.noDue,
        }),
      );
    }
  }

  #entryBody(h: SheetFields, e: TimelineEntry, key: string): TemplateResult {
    const ctx = this.#ctx;
    const l = labelsOf(ctx);
    const v = ctx.view;
    const i = e.path[1] as number;
    const line = (label: string, text: string | undefined) =>
      text ? html`<p>${label ? html`<strong>${label}</strong>${ctx.t.labelSeparator}` : nothing}${text}</p>` : nothing;
    switch (e.kind) {
      case 'referral':
      case 'meeting':
      case 'plan':
      case 'assessment': {
        const doc = (v[DOCUMENT_LIST[e.kind]] ?? [])[i]!;
        const title = documentTitle(ctx, h, e.kind, i);
        const open = this.#opened.has(key);
        return html`<p>${title}</p>
          <div class="entry-actions no-print">
            <button type="button" part="button" aria-expanded=${open ? 'true' : 'false'} aria-label="${open ? l.close : l.open}${ctx.t.labelSeparator}${title}" @click=${() => this.#openDocument({ kind: e.kind as CaseDocumentRef['kind'], index: i, ...(doc.id ? { id: doc.id } : {}) }, key)}>${open ? l.close : l.open}</button>
          </div>
          ${open ? html`<div class="embedded">${this.#embedded(key, e.kind, doc)}</div>` : nothing}`;
      }
      case 'enrolment': {
        const program = choiceText(h, ctx.codeList('supportPrograms', SUPPORT_PROGRAMS), e.code);
        return html`${line('', fillMessage(e.ends ? l.enrolmentEnds : l.enrolmentBegins, { program }))}${e.ends ? nothing : line(l.enrolmentNote, v.enrolments?.[i]?.note)}`;
      }
      case 'tsunagi':
        return tsunagiEntry(ctx, h, e.path, line);
      case 'phase': {
        const date = phaseMove(v)?.consentDate;
        return html`${line('', date ? fillMessage(l.phaseMoved, { date: dateText(h, date) }) : l.phaseMovedNoDate)}`;
      }
      case 'consent': {
        const c = v.consentHistory[i]!;
        return html`${line('', choiceText(h, CONSENT_STATUSES, c.status))}${line(l.by, c.confirmedBy?.organization)}`;
      }
      case 'status':
        return statusBody(ctx, h, i, line);
      case 'contact':
      case 'change': {
        const list = e.kind === 'contact' ? 'contacts' : 'changes';
        const actions = ctx.isReadonly
          ? nothing
          : html`<div class="entry-actions no-print"><button type="button" part="button" ?disabled=${ctx.isDisabled} aria-label="${l.edit}${ctx.t.labelSeparator}${fillMessage(e.kind === 'contact' ? l.contactEntry : l.changeEntry, { date: dateText(h, e.date) })}" @click=${() => this.#edit(key, [list, i])}>${l.edit}</button></div>`;
        if (e.kind === 'change') {
          const c = v.changes![i]!;
          return html`${line(l.changeMember, peopleText(ctx, c.memberId ? [c.memberId] : []))}<p>${c.text}</p>${actions}`;
        }
        const c = v.contacts![i]!;
        const withWhom = joinList(h.locale, [peopleText(ctx, c.withMemberIds), ...(c.withAgencies ?? [])].filter(Boolean));
        const purpose = choiceText(h, ctx.codeList('contactPurposes', CONTACT_PURPOSES), c.purpose);
        const method = choiceText(h, ctx.codeList('contactMethods', CONTACT_METHODS), c.method);
        return html`<p><strong>${purpose ? aside(h.locale, method, purpose) : method}</strong></p>
          ${line(l.by, [c.by?.organization, c.by?.name].filter(Boolean).join(' '))}
          ${line(l.with, withWhom)}
          ${c.content ? html`<p>${c.content}</p>` : nothing}
          ${line(l.next, c.next)}
          ${line(l.documentLink, documentText(ctx, c.documentId))}
          ${localAnswerTexts(h, localQuestionsOf(ctx.policy, 'caseContact'), c.localItems).map(([label, text]) => line(label, text))}
          ${actions}`;
      }
    }
  }

  /** A document in its own sheet, read-only: the sheet is the page's (defined by it, or by the standalone bundle). */
  #embedded(key: string, kind: CaseDocumentRef['kind'], doc: object): HTMLElement {
    let sheet = this.#sheets.get(key);
    const created = !sheet;
    if (!sheet) {
      // Typed as a plain element: the sheets' tags are the page's to define, not this module's.
      const made: HTMLElement = this.#ctx.ownerDocument.createElement(SHEET_TAG[kind]);
      made.setAttribute('mode', 'readonly');
      sheet = made as HTMLElement & { value: unknown; policy: unknown };
      this.#sheets.set(key, sheet);
    }
    if (kind === 'plan') planInPlace(this.#ctx, sheet, doc as ActionPlan, created);
    if (kind === 'assessment') (sheet as unknown as { household: unknown }).household = this.#ctx.view.household;
    if (sheet.policy !== this.#ctx.policy) sheet.policy = this.#ctx.policy;
    if (sheet.value !== doc) sheet.value = doc;
    return sheet;
  }

  /** Asks the portal first; shows the document in place when the portal leaves it to the record and its sheet is on the page. */
  #openDocument(ref: CaseDocumentRef, key: string): void {
    if (this.#opened.delete(key)) {
      this.#sheets.delete(key);
      return this.#ctx.requestUpdate();
    }
    const event = new TsunaguOpenDocumentEvent(ref);
    if (!this.#ctx.dispatchEvent(event) || !customElements.get(SHEET_TAG[ref.kind])) return;
    this.#opened.add(key);
    this.#ctx.requestUpdate();
  }

  // ---- Contacts and small changes, in place -------------------------------

  #add(list: Written): void {
    const ctx = this.#ctx;
    const today = ctx.referenceDate();
    const items = listAt<ContactEntry | SmallChange>(ctx.fields, [list]);
    const entry = list === 'contacts' ? { id: newId('k'), date: today } : { id: newId('ch'), date: today };
    ctx.edit([list], [...items, entry]);
    // Show it whatever the filters: a new entry is never hidden from the person writing it.
    this.#kinds.add(list === 'contacts' ? 'contact' : 'change');
    this.#member = this.#agency = this.#purpose = this.#work = '';
    this.#edit(`${list}:${entry.id}`, [list, items.length]);
  }

  #edit(key: string, path: IssuePath): void {
    this.#editing.add(key);
    this.#ctx.focus_.focusLater(fieldId([...path, 'date']));
    this.#ctx.requestUpdate();
  }

  #renderEditor(h: SheetFields, list: Written, i: number): TemplateResult {
    const ctx = this.#ctx;
    const l = labelsOf(ctx);
    const p: IssuePath = [list, i];
    const key = this.#key({ path: p, id: h.value([...p, 'id']) as string | undefined });
    const fields =
      list === 'changes'
        ? html`<div class="grid-2">${dateField(h, [...p, 'date'], l.date)}${selectField(h, [...p, 'memberId'], l.changeMember, people(ctx))}</div>
            ${textArea(h, [...p, 'text'], l.changeText, { hint: l.changeHint })}`
        : html`<div class="grid-2">
              ${dateField(h, [...p, 'date'], l.date)}${timeField(h, [...p, 'time'], l.contactTime)}
              ${selectField(h, [...p, 'method'], l.method, ctx.codeList('contactMethods', CONTACT_METHODS))}
            </div>
            <div class="grid-2">${selectField(h, [...p, 'purpose'], l.purpose, ctx.codeList('contactPurposes', CONTACT_PURPOSES))}${yesNoField(h, [...p, 'byCoordinatorOffice'], l.byCoordinatorOffice)}</div>
            <div class="grid-2">${textField(h, [...p, 'by', 'organization'], l.byOrganization, { autocomplete: 'organization' })}${textField(h, [...p, 'by', 'name'], l.byName)}</div>
            ${checkboxGroup(h, [...p, 'withMemberIds'], l.withMembers, people(ctx))}
            ${listField(h, [...p, 'withAgencies'], l.withAgencies, { hint: l.withAgenciesHint })}
            ${textArea(h, [...p, 'content'], l.content)}
            ${textArea(h, [...p, 'next'], l.next)}
            ${selectField(h, [...p, 'documentId'], l.documentLink, documents(ctx))}
            ${localItems(h, localQuestionsOf(ctx.policy, 'caseContact'), { base: p, all: true })}`;
    return html`<div class="editor row" role="group" aria-label=${fillMessage(list === 'contacts' ? l.contactEntry : l.changeEntry, { date: dateText(h, textAt(h, [...p, 'date'])) })}>
      ${fields}
      <div class="entry-actions no-print">
        <button type="button" part="button" class="primary" ?disabled=${ctx.isDisabled} @click=${() => this.#done(key, p)}>${l.done}</button>
        <button type="button" part="button" ?disabled=${ctx.isDisabled} @click=${() => this.#remove(key, list, i)}>${l.removeEntry}</button>
      </div>
    </div>`;
  }

  /** Closes an entry's editor — unless it has an error, which is shown where it is. */
  #done(key: string, p: IssuePath): void {
    const ctx = this.#ctx;
    const errors = ctx.issues.errors.filter((x) => startsWith(x.path, p));
    if (errors.length) {
      for (const x of errors) ctx.issues.touch(x.path);
      ctx.doc.changed();
      void ctx.focus_.goTo(ctx.issues.anchor(errors[0]!.path));
      ctx.requestUpdate();
      return;
    }
    this.#editing.delete(key);
    ctx.focus_.focusLater(fieldId(p));
    ctx.requestUpdate();
  }

  #remove(key: string, list: Written, i: number): void {
    const ctx = this.#ctx;
    ctx.edit(
      [list],
      listAt(ctx.fields, [list]).filter((_, k) => k !== i),
    );
    this.#editing.delete(key);
    ctx.focus_.announce(labelsOf(ctx).entryRemoved);
    ctx.focus_.focusLater(list === 'contacts' ? 'add-contact' : 'add-change');
  }
}
