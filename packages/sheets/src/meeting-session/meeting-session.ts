import { css, html, nothing, type TemplateResult } from 'lit';
import {
  SESSION_PURPOSES,
  fullName,
  ATTENDEE_ROLES,
  attends,
  EXISTING_MEETINGS,
  FIELDS,
  INVITATION_REPLIES,
  MEETING_KINDS,
  MEETING_SCHEDULES,
  fillMessage,
  inMinutesCircle,
  agendaKind,
  meetingKindsOf,
  meetingSessionForm,
  sheetNameOf,
  type AgendaItem,
  type Case,
  type FormDefinition,
  type Invitation,
  type IssuePath,
  type MeetingSession,
  type SessionTheme,
  type ValidationResult,
  type Vocabulary,
} from '@tsunagu/core';
import { TsunaguSheet } from '../kit/sheet';
import { peopleChoices, type SheetFields } from '../kit/field-host';
import { checkbox, checkboxGroup, choiceText, radioGroup, selectField } from '../kit/choices';
import { dateField, dateText, numberField, textField, timeField } from '../kit/fields';
import { rows } from '../kit/rows';
import { newId } from '../kit/ids';
import { sheetStyles } from '../kit/styles';
import { MEETING_SESSION_LABELS } from './labels';
import type * as Outline from './outline';
import { aside } from '../kit/ui-strings';
import { legalBasisField } from '../shared/meeting';
import { themesSection } from './themes';

const minutesOf = (t: string | undefined) => (t && /^\d\d:\d\d$/.test(t) ? Number(t.slice(0, 2)) * 60 + Number(t.slice(3)) : undefined);

/**
 * A meeting session (会議の開催): one 支援会議, 重層的支援会議 or existing meeting
 * where one or several cases are discussed — who is invited and how they
 * replied, the agenda of cases in order with the time for each, who receives
 * the minutes. Give it the cases on the agenda (`cases`): it offers them and
 * their support-sharing documents, and the core checks them (a case without
 * consent on a 重層的支援会議's agenda is refused). In `meeting-room` mode the
 * case whose turn it is shows at the top — its purpose and what the meeting
 * should reach — for a projector. Prints the agenda, the attendance and the
 * minutes' recipients.
 *
 * @summary Meeting session: invitations, attendance, the agenda of cases.
 * @tagname tsunagu-meeting-session
 *
 * @fires {TsunaguChangeEvent} tsunagu-change - The session changed (debounced, 300 ms). `detail.value` is the session.
 * @fires {TsunaguSubmitEvent} tsunagu-submit - A valid session was submitted. `detail.value` is the session.
 * @fires {TsunaguInvalidEvent} tsunagu-invalid - A submit was refused. `detail.issues` lists the errors (no personal data).
 *
 * @attr {string} name - Name under which the session (JSON) goes into the enclosing form's FormData.
 * @attr {'edit'|'readonly'|'print'} mode - Editing, read-only, or the A4 print layout.
 * @attr {boolean} readonly - Shows the session read-only.
 * @attr {boolean} disabled - Disables the sheet.
 * @attr {boolean} meeting-room - Large type for a projector, the case whose turn it is at the top.
 * @attr {string} draft-key - Autosave key; the draft survives reloads, crashes and failed sends until the page confirms the save (`saved()`).
 * @attr {'none'|'session'|'local'} draft-storage - Where drafts are kept: `none`, `session` (this tab; the default, unless the policy says otherwise) or `local` (this browser, until expiry).
 * @attr {number} draft-max-age - Hours after the last edit when a draft is removed unread (default 8, or the policy's).
 * @attr {string} today - Reference date (ISO) for date rules; today when unset.
 * @attr {string} lang - `en` for English; otherwise Japanese. Inherited from the nearest ancestor with `lang`.
 */
export class TsunaguMeetingSession extends TsunaguSheet<MeetingSession> {
  static override styles = [
    sheetStyles,
    css`
      :host([meeting-room]) { font-size: var(--tsunagu-meeting-room-font-size, 22px); max-width: none; }
      .turn { border: 3px solid var(--_primary); border-radius: var(--_radius); padding: var(--_space); margin-bottom: calc(var(--_space) * 2); background: var(--_surface); }
      .turn h3 { margin: 0 0 8px; }
      .turn p { margin: 0 0 8px; white-space: pre-wrap; }
      .turn .purpose { font-size: 1.25em; font-weight: 700; }
      .turn-actions { display: flex; gap: 8px; flex-wrap: wrap; }
      @media print { .turn { display: none; } }
    `,
  ];

  static override properties = {
    cases: { attribute: false },
    meetingRoom: { type: Boolean, reflect: true, attribute: 'meeting-room' },
    turn: { type: Number },
  };

  /** The cases that may be on the agenda: offered by their person's name, and checked with the session. */
  declare cases: readonly Case[];
  /** Large type and the case whose turn it is at the top, for the meeting room. */
  declare meetingRoom: boolean;
  /** The agenda item being discussed (0-based), in meeting-room mode. */
  declare turn: number;

  constructor() {
    super();
    this.cases = [];
    this.meetingRoom = false;
    this.turn = 0;
  }

  protected get documentForm(): FormDefinition<MeetingSession> {
    return meetingSessionForm;
  }

  /** Validates with the core, with the cases on the agenda when the portal gave them. */
  override validate(): ValidationResult<MeetingSession> {
    return meetingSessionForm.validate(this.value, {
      locale: this.locale,
      policy: this.policy,
      today: this.referenceDate(),
      ...(this.cases.length ? { cases: this.cases } : {}),
    });
  }

  /**
   * Takes up a 地域課題 from the register (`tsunagu-raise-theme` of `<tsunagu-community-issues>`): appends it to the
   * session's themes, for the meeting to record its decision and the date it goes back.
   */
  raiseTheme(theme: Omit<SessionTheme, 'id'>): void {
    this.fields.edit(['themes'], [...(this.view.themes ?? []), { id: newId('t'), ...theme }]);
  }

  protected sheetTitle(): string {
    return sheetNameOf(this.policy, 'meetingSession', this.locale);
  }

  protected override paperDate(): string | undefined {
    return this.view.date;
  }

  get #l() {
    return MEETING_SESSION_LABELS[this.locale];
  }

  /** The outline's check (the core's personal-data finder), loaded once an outline is written. */
  #outline: typeof Outline | undefined;

  /** Personal data in an agenda item's outline for the invitation mail, by kind and count (outline.ts). */
  #outlineWarning(item: AgendaItem | undefined): TemplateResult | typeof nothing {
    if (!item?.outline) return nothing;
    if (this.#outline)
      return this.#outline.outlineWarning(
        this.locale,
        item.outline,
        this.cases.find((c) => c.id === item.caseId),
      );
    void import('./outline').then((m) => {
      this.#outline = m;
      this.doc.changed(); // every row may show a warning now
      this.requestUpdate();
    });
    return nothing;
  }

  /** A case as the agenda names it: its person's name, or its id. */
  #caseName(c: Case | undefined, id: string): string {
    const p = c?.household.person;
    const name = fullName(p);
    return name || fillMessage(this.#l.unnamedCase, { id });
  }

  #caseChoices(): Vocabulary {
    return this.cases.map((c) => {
      const t = aside(this.fields.locale, this.#caseName(c, c.id), c.id);
      return { code: c.id, ja: t, en: t };
    });
  }

  /** The chosen case's support-sharing documents, by date. */
  #discussionChoices(caseId: string | undefined): Vocabulary {
    const c = this.cases.find((x) => x.id === caseId);
    return (c?.meetings ?? [])
      .filter((m) => m.id)
      .map((m) => {
        const t = `${dateText(this.fields, m.meeting.date)} ${choiceText(this.fields, MEETING_KINDS, m.meeting.legalKind)}${m.purpose ? `${this.t.labelSeparator}${m.purpose.slice(0, 30)}` : ''}`;
        return { code: m.id!, ja: t, en: t };
      });
  }

  /** The case whose turn it is, at the top: its purpose and what to reach, from its support-sharing document. */
  #renderTurn(): TemplateResult | typeof nothing {
    const l = this.#l;
    const agenda = this.view.agenda;
    if (!this.meetingRoom || this.isReadonly) return nothing;
    if (agenda.length === 0) return html`<div class="turn" role="note"><p>${l.noAgenda}</p></div>`;
    const n = Math.min(Math.max(0, this.turn), agenda.length - 1);
    const item = agenda[n]!;
    const c = this.cases.find((x) => x.id === item.caseId);
    const discussion = c?.meetings.find((m) => m.id === item.supportSharingId);
    const go = (to: number) => {
      this.turn = to;
    };
    return html`<div class="turn" role="region" aria-labelledby="turn-title" aria-live="polite">
      <h3 id="turn-title">${fillMessage(l.turnOf, { n: n + 1, m: agenda.length, name: this.#caseName(c, item.caseId) })}</h3>
      ${discussion?.purpose ? html`<span class="label">${l.turnPurpose}</span><p class="purpose">${discussion.purpose}</p>` : nothing}
      ${discussion?.goal ? html`<span class="label">${l.turnGoal}</span><p>${discussion.goal}</p>` : nothing}
      ${item.minutes ? html`<p>${fillMessage(l.turnTime, { minutes: item.minutes })}</p>` : nothing}
      <div class="turn-actions">
        <button type="button" part="button" ?disabled=${n === 0} @click=${() => go(n - 1)}>${l.previous}</button>
        <button type="button" part="button" ?disabled=${n >= agenda.length - 1} @click=${() => go(n + 1)}>${l.next}</button>
      </div>
    </div>`;
  }

  protected renderSheet(h: SheetFields): TemplateResult {
    const l = this.#l;
    const v = this.view;
    const people = peopleChoices(v.invitations, l.invitation);
    const length = (minutesOf(v.endTime) ?? 0) - (minutesOf(v.startTime) ?? 0);
    const total = v.agenda.reduce((t, a) => t + (typeof a.minutes === 'number' ? a.minutes : 0), 0);
    const attending = v.invitations.filter(attends).length;
    const attendees = people.filter((o) => v.invitations.some((i) => i.id === o.code && attends(i)));
    const kinds = meetingKindsOf(this.policy);
    const caseKinds = kinds.filter((k) => k.code !== 'existing');
    return html`
      ${this.#renderTurn()}
      <section part="section">
        <h3>${l.sectionMeeting}</h3>
        ${radioGroup(h, ['legalKind'], l.legalKind, meetingKindsOf(this.policy))}
        ${v.legalKind === 'existing' ? selectField(h, ['existingKind'], l.existingKind, this.codeList('existingMeetings', EXISTING_MEETINGS)) : legalBasisField(h, this.policy, v, l, [])}
        ${checkboxGroup(h, ['combinedWith'], l.combinedWith, this.codeList('existingMeetings', EXISTING_MEETINGS))}
        ${textField(h, ['localName'], l.localName)}
        ${selectField(h, ['sessionPurpose'], l.sessionPurpose, SESSION_PURPOSES, { hint: l.sessionPurposeHint })}
        ${radioGroup(h, ['schedule'], l.schedule, MEETING_SCHEDULES)}
        <div class="grid-2">
          ${dateField(h, ['date'], l.date)}
          ${textField(h, ['place'], l.place)}
          ${timeField(h, ['startTime'], l.startTime)}
          ${timeField(h, ['endTime'], l.endTime)}
        </div>
        ${checkbox(h, ['online'], l.online)}
      </section>

      <section part="section">
        <h3 class="visually-hidden">${l.sectionInvitations}</h3>
        ${rows<Invitation>(h, ['invitations'], {
          label: l.sectionInvitations,
          itemLabel: (i) => fillMessage(l.invitation, { n: i + 1 }),
          addLabel: l.addInvitation,
          create: () => ({ id: newId('v'), name: '', organization: '', reply: 'noReply' }),
          columns: [
            {
              label: l.name,
              text: (i) =>
                i.reply === 'proxy' && i.proxyName ? aside(h.locale, i.name, `${l.proxyName}${h.ui.labelSeparator}${i.proxyName}`) : i.name,
            },
            { label: l.organization, text: (i) => i.organization },
            { label: l.role, text: (i) => choiceText(h, ATTENDEE_ROLES, i.role) },
            { label: l.reply, text: (i) => choiceText(h, INVITATION_REPLIES, i.reply) },
            ...(v.legalKind === 'shien'
              ? [{ label: l.confidentiality, text: (i: Invitation) => (i.confidentialityAcknowledged ? '☑' : '☐') }]
              : []),
          ],
          renderRow: (p: IssuePath, i: number) => html`
            <div class="grid-2">
              ${textField(h, [...p, 'name'], l.name)}
              ${textField(h, [...p, 'organization'], l.organization, { autocomplete: 'organization' })}
              ${selectField(h, [...p, 'field'], l.field, this.codeList('fields', FIELDS))}
              ${selectField(h, [...p, 'role'], l.role, ATTENDEE_ROLES)}
              ${selectField(h, [...p, 'reply'], l.reply, INVITATION_REPLIES)}
              ${v.invitations[i]?.reply === 'proxy' ? textField(h, [...p, 'proxyName'], l.proxyName) : nothing}
            </div>
            ${v.legalKind === 'shien' || h.required([...p, 'confidentialityAcknowledged']) ? checkbox(h, [...p, 'confidentialityAcknowledged'], l.confidentiality) : nothing}
          `,
        })}
        <p>${fillMessage(l.attending, { n: attending })}</p>
        <div class="grid-2">
          ${selectField(h, ['facilitatorId'], l.facilitator, people)}
          ${selectField(h, ['recorderId'], l.recorder, people)}
        </div>
      </section>

      <section part="section">
        <h3 class="visually-hidden">${l.sectionAgenda}</h3>
        ${rows<AgendaItem>(h, ['agenda'], {
          label: l.sectionAgenda,
          itemLabel: (i) => fillMessage(l.agendaItem, { n: i + 1 }),
          addLabel: l.addAgendaItem,
          create: () => ({}) as AgendaItem, // the case is chosen next: until then the core asks for it
          columns: [
            {
              label: l.caseId,
              text: (a) =>
                this.#caseName(
                  this.cases.find((c) => c.id === a.caseId),
                  a.caseId,
                ),
            },
            {
              label: l.discussion,
              text: (a) =>
                this.#discussionChoices(a.caseId).find((d) => d.code === a.supportSharingId)?.[this.locale] ?? a.supportSharingId ?? '',
            },
            { label: l.minutes, text: (a) => (a.minutes ? String(a.minutes) : '') },
            // A case's own kind, when the session mixes them (米子); a session of one kind says it once, above.
            ...(v.agenda.some((a) => a.legalKind !== undefined)
              ? [{ label: l.itemKind, text: (a: AgendaItem) => choiceText(h, kinds, agendaKind(v, a)) }]
              : []),
          ],
          renderRow: (p: IssuePath, i: number) => html`
            ${this.cases.length ? selectField(h, [...p, 'caseId'], l.caseId, this.#caseChoices()) : textField(h, [...p, 'caseId'], l.caseId, { hint: l.caseIdHint })}
            <div class="grid-2">
              ${selectField(h, [...p, 'supportSharingId'], l.discussion, this.#discussionChoices(v.agenda[i]?.caseId))}
              ${numberField(h, [...p, 'minutes'], l.minutes)}
            </div>
            ${selectField(h, [...p, 'legalKind'], l.itemKind, caseKinds, { hint: l.itemKindHint })}
            ${checkboxGroup(h, [...p, 'attendeeIds'], l.itemAttendees, attendees, { hint: l.itemAttendeesHint })}
            ${textField(h, [...p, 'outline'], l.outline, { hint: l.outlineHint })} ${this.#outlineWarning(v.agenda[i])}
            ${checkboxGroup(
              h,
              [...p, 'minutesTo'],
              l.itemMinutesTo,
              // This case's circle only (session.minutesCircle); one already chosen outside it stays, to be unticked.
              people.filter((o) => inMinutesCircle(v, o.code, v.agenda[i]) || (v.agenda[i]?.minutesTo ?? []).includes(o.code)),
              { hint: l.itemMinutesToHint },
            )}
          `,
        })}
        ${total > 0 ? html`<p>${fillMessage(l.totalMinutes, { total, length: length > 0 ? length : '—' })}</p>` : nothing}
      </section>

      ${(v.sessionPurpose && v.sessionPurpose !== 'caseDiscussion') || v.themes?.length ? themesSection(h, (name, list) => this.codeList(name, list), l.field) : nothing}

      <section part="section">
        <h3>${l.sectionMinutes}</h3>
        ${checkboxGroup(
          h,
          ['minutesTo'],
          v.agenda.length ? l.allMinutesTo : l.minutesTo,
          // Only the session's circle (the core's session.minutesCircle); one already chosen outside it stays, to be unticked.
          people.filter((p) => inMinutesCircle(v, p.code) || (v.minutesTo ?? []).includes(p.code)),
          { hint: l.minutesToHint },
        )}
        ${dateField(h, ['minutesSentOn'], l.minutesSentOn)}
      </section>
      ${this.localItems(h, 'meetingSession')}
    `;
  }
}
