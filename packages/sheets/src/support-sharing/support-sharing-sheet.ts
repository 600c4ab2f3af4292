import { css, html, nothing, type TemplateResult } from 'lit';
import {
  ATTENDEE_ROLES,
  CONSENT_STATUSES,
  EXISTING_MEETINGS,
  FIELDS,
  MEETING_SCHEDULES,
  RELATIONSHIPS,
  RESOURCE_STATES,
  RESOURCE_THEMES,
  RESOURCE_TYPES,
  actionPlanFromSupportSharing,
  consentAnswered,
  isCandidateEntry,
  fillMessage,
  meetingKindsOf,
  sheetNameOf,
  supportSharingForm,
  supportSharingFromAssessment,
  type ActionPlan,
  type Assessment,
  type Attendee,
  type FormDefinition,
  type HouseholdMember,
  type Person,
  type IssuePath,
  type Resource,
  type SupportSharing,
  type UnknownItem,
  type Vocabulary,
} from '@tsunagu/core';
import { legalBasisField } from '../shared/meeting';
import { TsunaguSheet } from '../kit/sheet';
import { householdChoices, peopleChoices, type SheetFields } from '../kit/field-host';
import { textField, textArea, numberField, dateField, timeField } from '../kit/fields';
import { selectField, radioGroup, checkbox, choiceText } from '../kit/choices';
import { rows } from '../kit/rows';
import { newId } from '../kit/ids';
import { sheetStyles } from '../kit/styles';
import { ResourcePicker, directoryRowNote } from '../kit/resource-picker';
import type { Directory } from '@tsunagu/core/directory';
import { SUPPORT_SHARING_LABELS } from './labels';

/**
 * The support-sharing sheet (支援共有シート): what the team knows about the
 * household, shared in a 支援会議 or 重層的支援会議 — including the person's
 * wishes, strengths, small changes and the supporters' own difficulties — and
 * what is not yet known, to be turned into information-gathering actions.
 *
 * The consent rules are shown as they apply: choosing 重層的支援会議 without
 * valid consent says why and offers 支援会議; in a 支援会議 every attendee
 * acknowledges confidentiality; a directly involved facilitator is flagged.
 *
 * @summary Support-sharing sheet for a meeting.
 * @tagname tsunagu-support-sharing-sheet
 *
 * @fires {TsunaguChangeEvent} tsunagu-change - The document changed (debounced, 300 ms). `detail.value` is the support-sharing document.
 * @fires {TsunaguSubmitEvent} tsunagu-submit - A valid document was submitted. `detail.value` is the document.
 * @fires {TsunaguInvalidEvent} tsunagu-invalid - A submit was refused. `detail.issues` lists the errors (no personal data).
 *
 * @attr {string} name - Name under which the document (JSON) goes into the enclosing form's FormData.
 * @attr {'edit'|'readonly'|'print'} mode - Editing, read-only, or the A4 print layout.
 * @attr {boolean} readonly - Shows the document read-only.
 * @attr {boolean} disabled - Disables the sheet.
 * @attr {boolean} meeting-room - Large type for a projector, the purpose shown at the top: for filling live in the meeting.
 * @attr {string} draft-key - Autosave key; the draft survives reloads, crashes and failed sends until the page confirms the save (`saved()`).
 * @attr {'none'|'session'|'local'} draft-storage - Where drafts are kept: `none`, `session` (this tab; the default, unless the policy says otherwise) or `local` (this browser, until expiry).
 * @attr {number} draft-max-age - Hours after the last edit when a draft is removed unread (default 8, or the policy's).
 * @attr {string} today - Reference date (ISO) for date rules; today when unset.
 * @attr {string} lang - `en` for English; otherwise Japanese. Inherited from the nearest ancestor with `lang`.
 */
export class TsunaguSupportSharingSheet extends TsunaguSheet<SupportSharing> {
  static override styles = [
    sheetStyles,
    css`
      :host([meeting-room]) { font-size: var(--tsunagu-meeting-room-font-size, 22px); max-width: none; }
      .purpose-banner { border: 3px solid var(--_primary); border-radius: var(--_radius); padding: var(--_space); margin-bottom: calc(var(--_space) * 2); background: var(--_surface); }
      .purpose-banner p { margin: 0; white-space: pre-wrap; font-size: 1.25em; font-weight: 700; }
      .purpose-banner .label { font-size: 0.875em; }
      @media print { .purpose-banner { display: none; } }
    `,
  ];

  static override properties = {
    meetingRoom: { type: Boolean, reflect: true, attribute: 'meeting-room' },
    household: { attribute: false },
    directory: { attribute: false },
  };

  /**
   * The household the meeting is about (a case's `household`). With it, an
   * issue per member links to the person or a member by id, so a view per
   * member is possible; without it, the member is named in words.
   */
  declare household: { readonly person: Person; readonly members: readonly HouseholdMember[] } | undefined;

  /** Large type and the purpose at the top, for filling the sheet live in a meeting room. */
  declare meetingRoom: boolean;

  /**
   * The municipality's directory of local resources (`@tsunagu/core/directory`). With it, each resource can be picked
   * from the directory (its id and its name as it was are kept); what the directory lacks is still typed, and marked
   * as a candidate entry.
   */
  declare directory: Directory | undefined;

  readonly #picker = new ResourcePicker(this, () => this.fields, { name: 'name', id: 'directoryId', formality: 'type' });

  constructor() {
    super();
    this.meetingRoom = false;
    this.household = undefined;
    this.directory = undefined;
  }

  /**
   * The action plan this meeting hands on: attendees become the team (the
   * candidate owners) and every "not yet known" item an information-gathering
   * action. Give it to `<tsunagu-action-plan-sheet>` with `startFrom()` or `value`.
   */
  toActionPlan(): ActionPlan {
    return actionPlanFromSupportSharing(this.view);
  }

  /**
   * Starts the shared section from the household's assessment (the latest: `latestAssessment(case)`): its history,
   * the person's view, strengths, the supporters' view and what is unknown, where the meeting has nothing yet
   * (`supportSharingFromAssessment`). An edit, as if typed: kept in the draft, fired as a change.
   */
  startFromAssessment(assessment: Assessment): void {
    this.edit(['shared'], supportSharingFromAssessment(assessment, this.value).shared);
  }

  /** With a directory: the picker's button for a row, and whether its resource is in the directory. */
  #directoryNote(p: IssuePath): TemplateResult | typeof nothing {
    const r = this.fields.value(p) as Resource | undefined;
    return directoryRowNote(this.fields, this.#picker, {
      path: p,
      item: fillMessage(this.#l.resource, { n: Number(p.at(-1)) + 1 }),
      picked: Boolean(r?.directoryId),
      candidate: r !== undefined && isCandidateEntry(r),
      area: this.household?.person.district,
    });
  }

  protected get documentForm(): FormDefinition<SupportSharing> {
    return supportSharingForm;
  }

  protected override paperDate(): string | undefined {
    return this.view.meeting.date;
  }

  protected sheetTitle(): string {
    return sheetNameOf(this.policy, 'supportSharing', this.locale);
  }

  get #l() {
    return SUPPORT_SHARING_LABELS[this.locale];
  }

  /** The legal kinds, with the municipality's own meeting names. */

  /** The person and each member, by relationship and name: 「本人（山田 花子）」「息子（誠）」. */
  #householdChoices(h: SheetFields, household: NonNullable<this['household']>): Vocabulary {
    const relationships = this.codeList('relationships', RELATIONSHIPS);
    return householdChoices(household, this.#l.memberSelf, (m) => choiceText(h, relationships, m.relationship));
  }

  protected renderSheet(h: SheetFields): TemplateResult {
    const l = this.#l;
    const v = this.view;
    const kind = v.meeting.legalKind;
    const consentProblem = this.issuesWith('meeting.consentRequired').length > 0;
    // From the core's issues, so the policy decides: the sheet never re-implements a rule.
    const missingAck = [...this.issuesWith('meeting.confidentiality'), ...this.issuesWith('meeting.confidentialityJuusou')]
      .map((i) => v.attendees[i.path[1] as number])
      .filter((a): a is Attendee => a !== undefined);
    return html`
      ${
        this.meetingRoom && !this.isReadonly
          ? html`<div class="purpose-banner" role="note">
            <span class="label">${l.purposeBanner}</span>
            <p>${v.purpose || '—'}</p>
            ${v.goal ? html`<span class="label">${l.goalBanner}</span><p>${v.goal}</p>` : nothing}
          </div>`
          : nothing
      }

      <section part="section">
        <h3>${l.sectionMeeting}</h3>
        ${radioGroup(h, ['meeting', 'legalKind'], l.legalKind, meetingKindsOf(this.policy))}
        ${
          consentProblem && !this.isReadonly
            ? html`<button type="button" part="button" class="no-print" @click=${() => {
                this.editAndShow(['meeting', 'legalKind'], 'shien');
              }}>${l.offerShien}</button>`
            : nothing
        }
        ${
          kind === 'existing'
            ? selectField(h, ['meeting', 'existingKind'], l.existingKind, this.codeList('existingMeetings', EXISTING_MEETINGS))
            : legalBasisField(h, this.policy, v.meeting, l, ['meeting'])
        }
        ${textField(h, ['meeting', 'localName'], l.localName)}
        ${radioGroup(h, ['meeting', 'schedule'], l.schedule, MEETING_SCHEDULES)}
        <div class="grid-2">
          ${dateField(h, ['meeting', 'date'], l.date)}
          ${numberField(h, ['meeting', 'session'], l.session)}
          ${timeField(h, ['meeting', 'startTime'], l.startTime)}
          ${timeField(h, ['meeting', 'endTime'], l.endTime)}
        </div>
        ${textField(h, ['meeting', 'place'], l.place)}
        ${checkbox(h, ['meeting', 'online'], l.online)}
      </section>

      <section part="section">
        <h3>${l.sectionPurpose}</h3>
        ${textArea(h, ['purpose'], l.purpose, { hint: l.purposeHint })}
        ${textArea(h, ['goal'], l.goal)}
      </section>

      <section part="section">
        <h3>${l.sectionConsent}</h3>
        ${radioGroup(h, ['consent', 'status'], l.consentStatus, CONSENT_STATUSES)}
        ${consentAnswered(v.consent.status) ? dateField(h, ['consent', 'date'], l.consentDate) : nothing}
      </section>

      <section part="section">
        <h3 class="visually-hidden">${l.sectionAttendees}</h3>
        ${
          missingAck.length > 0 && !this.isReadonly
            ? html`<p class="warning-message" role="status">${l.missingAck}${missingAck.map((a, i) => (a.name || fillMessage(l.attendee, { n: v.attendees.indexOf(a) + 1 })) + (i < missingAck.length - 1 ? '、' : '')).join('')}</p>`
            : nothing
        }
        ${rows<Attendee>(h, ['attendees'], {
          label: l.attendees,
          itemLabel: (i) => fillMessage(l.attendee, { n: i + 1 }),
          addLabel: l.addAttendee,
          create: () => ({
            id: newId('a'),
            name: '',
            organization: '',
            role: 'participant',
            directlyInvolved: false,
            confidentialityAcknowledged: false,
          }),
          columns: [
            { label: l.name, text: (a) => a.name },
            { label: l.organization, text: (a) => a.organization },
            { label: l.field, text: (a) => choiceText(h, this.codeList('fields', FIELDS), a.field) },
            { label: l.role, text: (a) => choiceText(h, this.codeList('attendeeRoles', ATTENDEE_ROLES), a.role) },
            { label: l.directlyInvolved, text: (a) => (a.directlyInvolved ? h.ui.yes : h.ui.no) },
            { label: l.confidentiality, text: (a) => (a.confidentialityAcknowledged ? h.ui.yes : h.ui.no) },
          ],
          renderRow: (p: IssuePath) => html`
            <div class="grid-2">
              ${textField(h, [...p, 'name'], l.name)}
              ${textField(h, [...p, 'organization'], l.organization)}
              ${selectField(h, [...p, 'field'], l.field, this.codeList('fields', FIELDS))}
              ${selectField(h, [...p, 'role'], l.role, this.codeList('attendeeRoles', ATTENDEE_ROLES))}
            </div>
            ${checkbox(h, [...p, 'directlyInvolved'], l.directlyInvolved)}
            ${kind === 'shien' || h.required([...p, 'confidentialityAcknowledged']) ? checkbox(h, [...p, 'confidentialityAcknowledged'], l.confidentiality) : nothing}
          `,
        })}
      </section>

      <section part="section">
        <h3>${l.sectionShared}</h3>
        ${textArea(h, ['shared', 'situation'], l.situation)}
        ${textArea(h, ['shared', 'history'], l.history)}
        ${textArea(h, ['shared', 'wishes'], l.wishes)}
        ${textArea(h, ['shared', 'strengths'], l.strengths)}
        ${textArea(h, ['shared', 'recentChanges'], l.recentChanges)}
        ${textArea(h, ['shared', 'known'], l.known)}
        ${rows<UnknownItem>(h, ['shared', 'unknown'], {
          label: l.unknown,
          itemLabel: (i) => fillMessage(l.unknownItem, { n: i + 1 }),
          addLabel: l.addUnknown,
          create: () => ({ id: newId('u'), text: '' }),
          columns: [
            { label: l.unknownText, text: (u) => u.text },
            { label: l.assignee, text: (u) => choiceText(h, peopleChoices(this.view.attendees, this.#l.attendee), u.assigneeId) },
          ],
          renderRow: (p: IssuePath) => html`
            ${textArea(h, [...p, 'text'], l.unknownText)}
            ${selectField(h, [...p, 'assigneeId'], l.assignee, peopleChoices(this.view.attendees, this.#l.attendee))}
          `,
        })}
        ${rows<{ memberId?: string; member?: string; field?: string; issue: string }>(h, ['shared', 'memberIssues'], {
          label: l.memberIssues,
          itemLabel: (i) => fillMessage(l.memberIssue, { n: i + 1 }),
          addLabel: l.addMemberIssue,
          create: () => (this.household ? { issue: '' } : { member: '', issue: '' }),
          columns: [
            {
              label: l.memberOf,
              text: (m) =>
                this.household && m.memberId ? choiceText(h, this.#householdChoices(h, this.household), m.memberId) : (m.member ?? ''),
            },
            { label: l.field, text: (m) => choiceText(h, this.codeList('fields', FIELDS), m.field) },
            { label: l.issue, text: (m) => m.issue },
          ],
          renderRow: (p: IssuePath) => html`
            <div class="grid-2">
              ${this.household ? selectField(h, [...p, 'memberId'], l.memberOf, this.#householdChoices(h, this.household)) : textField(h, [...p, 'member'], l.member)}
              ${selectField(h, [...p, 'field'], l.field, this.codeList('fields', FIELDS))}
            </div>
            ${textArea(h, [...p, 'issue'], l.issue)}
          `,
        })}
        ${textArea(h, ['shared', 'risks'], l.risks)}
        ${textArea(h, ['shared', 'supporterDifficulties'], l.supporterDifficulties)}
      </section>

      <section part="section">
        <h3 class="visually-hidden">${l.sectionResources}</h3>
        ${rows<Resource>(h, ['resources'], {
          label: l.resources,
          itemLabel: (i) => fillMessage(l.resource, { n: i + 1 }),
          addLabel: l.addResource,
          create: () => ({ name: '', type: 'informal', state: 'considered' }),
          columns: [
            { label: l.resourceName, text: (r) => r.name },
            { label: l.resourceType, text: (r) => choiceText(h, RESOURCE_TYPES, r.type) },
            { label: l.resourceState, text: (r) => choiceText(h, RESOURCE_STATES, r.state) },
            { label: l.resourceNote, text: (r) => r.note ?? '' },
          ],
          renderRow: (p: IssuePath) => html`
            ${textField(h, [...p, 'name'], l.resourceName)}
            ${this.#directoryNote(p)}
            ${radioGroup(h, [...p, 'type'], l.resourceType, RESOURCE_TYPES)}
            ${radioGroup(h, [...p, 'state'], l.resourceState, RESOURCE_STATES)}
            <div class="grid-2">
              ${selectField(h, [...p, 'theme'], l.resourceTheme, this.codeList('resourceThemes', RESOURCE_THEMES))}
              ${h.value([...p, 'state']) === 'missing' ? textField(h, [...p, 'area'], l.resourceArea, { hint: l.resourceAreaHint }) : nothing}
            </div>
            ${textField(h, [...p, 'note'], l.resourceNote)}
          `,
        })}
        ${this.#picker.render(this.locale)}
      </section>

      <section part="section">
        <h3>${l.sectionDecisions}</h3>
        ${textArea(h, ['decisions'], l.decisions)}
      </section>
      ${this.localItems(h, 'supportSharing')}
    `;
  }
}
