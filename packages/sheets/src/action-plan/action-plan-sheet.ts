import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  PLAN_STATUSES,
  RESOURCE_TYPES,
  TERMINATION_REASONS,
  actionPlanForm,
  actionPlanFromSupportSharing,
  diffPlans,
  fillMessage,
  revisePlan,
  type Action,
  type ActionPlan,
  type FormDefinition,
  type IssuePath,
  type PlanDiff,
  type PlanMember,
  type SupportSharing,
  type Tsunagi,
  sheetNameOf,
} from '@tsunagu/core';
import { TsunaguSheet } from '../kit/sheet';
import { peopleChoices, type SheetFields } from '../kit/field-host';
import { textField, textArea, dateField, dateText } from '../kit/fields';
import { selectField, radioGroup, checkbox, choiceText } from '../kit/choices';
import { rows } from '../kit/rows';
import { newId } from '../kit/ids';
import { sheetStyles } from '../kit/styles';
import { ACTION_PLAN_LABELS } from './labels';
import { terminationFields } from '../shared/termination';
import { monitoringSection } from './monitoring';
import { aside, joinList } from '../kit/ui-strings';
import { TsunaguStartTsunagiEvent } from '../kit/events';
import { actionTsunagi } from './tsunagi';
import { ResourcePicker, directoryRowNote } from '../kit/resource-picker';
import type { Directory } from '@tsunagu/core/directory';

/** One collator for sorting owners (String#localeCompare builds one per call). */
const collator = new Intl.Collator('ja');

/**
 * The action-plan sheet (行動連携計画シート): who does what by when, with every
 * attendee holding a role (行動連携), monitoring dates, evaluation, and
 * termination (終結). Plans are revised over months: `revise()` starts the
 * next version and shows what changed.
 *
 * @summary Action plan: actions, monitoring and termination.
 * @tagname tsunagu-action-plan-sheet
 *
 * @fires {TsunaguChangeEvent} tsunagu-change - The document changed (debounced, 300 ms). `detail.value` is the plan.
 * @fires {TsunaguSubmitEvent} tsunagu-submit - A valid plan was submitted. `detail.value` is the plan.
 * @fires {TsunaguInvalidEvent} tsunagu-invalid - A submit was refused. `detail.issues` lists the errors (no personal data).
 * @fires {TsunaguStartTsunagiEvent} tsunagu-start-tsunagi - The user asked to record the つなぎ of an action of kind つなぎ. `detail` names the plan and the action.
 *
 * @attr {string} name - Name under which the plan (JSON) goes into the enclosing form's FormData.
 * @attr {'edit'|'readonly'|'print'} mode - Editing, read-only, or the A4 print layout.
 * @attr {boolean} readonly - Shows the plan read-only.
 * @attr {boolean} disabled - Disables the sheet.
 * @attr {string} draft-key - Autosave key; the draft survives reloads, crashes and failed sends until the page confirms the save (`saved()`).
 * @attr {'none'|'session'|'local'} draft-storage - Where drafts are kept: `none`, `session` (this tab; the default, unless the policy says otherwise) or `local` (this browser, until expiry).
 * @attr {number} draft-max-age - Hours after the last edit when a draft is removed unread (default 8, or the policy's).
 * @attr {string} today - Reference date (ISO) for overdue actions and monitoring; today when unset.
 * @attr {string} lang - `en` for English; otherwise Japanese. Inherited from the nearest ancestor with `lang`.
 */
export class TsunaguActionPlanSheet extends TsunaguSheet<ActionPlan> {
  static override styles = [
    sheetStyles,
    css`
      .flag { display: inline-block; font-size: 0.8em; font-weight: 700; border-radius: 4px; padding: 0 6px; margin-inline-start: 8px; border: 1px solid currentColor; }
      .flag.overdue { color: var(--_error-text); }
      .flag.changed, .flag.added { color: var(--_primary); }
      table { border-collapse: collapse; width: 100%; font-size: 0.9375em; table-layout: fixed; }
      col.owner { width: 28%; } col.due { width: 18%; } col.status { width: 14%; }
      th, td { border: 1px solid #b3b3b3; padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
      th { background: var(--_surface); }
      .live { margin: 0 0 var(--_space); }
      .live.error { color: var(--_error-text); font-weight: 700; }
      @media print { th { background: none; } table { font-size: 9.5pt; } }
    `,
  ];

  static override properties = {
    previousVersion: { attribute: false },
    meetings: { attribute: false },
    tsunagi: { attribute: false },
    directory: { attribute: false },
  };

  /**
   * The municipality's directory of local resources (`@tsunagu/core/directory`): with it, who acts can be picked from
   * it — an informal supporter, a 参加支援 place — keeping its id and its name as it was.
   */
  declare directory: Directory | undefined;

  readonly #picker = new ResourcePicker(this, () => this.fields, {
    name: 'ownerOrganization',
    id: 'ownerDirectoryId',
    formality: 'formality',
  });

  /**
   * The case's つなぎ made from this plan's actions (`tsunagiOfPlan(case, plan)`): each action of kind つなぎ shows
   * its own with where they stand. Each such action offers to record one (`tsunagu-start-tsunagi`).
   */
  declare tsunagi: readonly Tsunagi[];

  /**
   * The case's meetings, to choose the one that decided a closure (盛岡: 終結は
   * 重層的支援会議の場で決める). The plan's own meeting is offered without it.
   */
  declare meetings: readonly { id: string; date: string }[];

  /** The earlier version this plan revises; set by `revise()`. Changed and added actions are marked. */
  declare previousVersion: ActionPlan | undefined;

  constructor() {
    super();
    this.previousVersion = undefined;
    this.meetings = [];
    this.tsunagi = [];
    this.directory = undefined;
    // Capture: runs before the field's own input handler renders the sheet.
    this.addEventListener('input', this.#onTextInput, true);
  }

  /** The meeting that decided the closure: chosen from the case's meetings, or its record number typed. */
  #renderDecidedIn(h: SheetFields): TemplateResult | typeof nothing {
    const l = this.#l;
    const v = this.view;
    const path: IssuePath = ['termination', 'decidedInMeetingId'];
    const choices = this.meetings.map((m) => {
      const text = fillMessage(m.id === v.meetingId ? l.planMeeting : l.meetingOn, { date: m.date });
      return { code: m.id, ja: text, en: text };
    });
    if (v.meetingId && !choices.some((c) => c.code === v.meetingId)) {
      const text = fillMessage(l.planMeeting, { date: v.planDate });
      choices.unshift({ code: v.meetingId, ja: text, en: text });
    }
    if (choices.length > 0) return selectField(h, path, l.decidedIn, choices, { hint: l.decidedInHint });
    return h.required(path) || v.termination?.decidedInMeetingId ? textField(h, path, l.meetingId, { hint: l.decidedInHint }) : nothing;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // On the shadow root: a focus move between two fields of the sheet never reaches the host.
    root.addEventListener('focusout', this.#onTextDone);
    return root;
  }

  /** Starts a plan from a meeting's support-sharing document (attendees become the team; unknowns become information gathering). */
  startFrom(meeting: SupportSharing, planDate?: string): void {
    this.previousVersion = undefined;
    this.value = actionPlanFromSupportSharing(meeting, planDate ? { planDate } : {});
  }

  /** Loads an earlier version to revise it: the next version, dated `planDate` (today by default), with changes marked. */
  revise(previous: ActionPlan, planDate?: string, newId?: string): void {
    this.previousVersion = previous;
    this.value = revisePlan(previous, planDate ?? this.referenceDate(), newId);
  }

  protected get documentForm(): FormDefinition<ActionPlan> {
    return actionPlanForm;
  }

  protected override paperDate(): string | undefined {
    return this.view.planDate;
  }

  protected sheetTitle(): string {
    return sheetNameOf(this.policy, 'actionPlan', this.locale);
  }

  get #l() {
    return ACTION_PLAN_LABELS[this.locale];
  }

  /** Asks for the action's つなぎ to be recorded; not on paper. */
  #startTsunagi(a: Action): (() => void) | undefined {
    if (this.printing || this.mode === 'print') return undefined;
    return () => this.dispatchEvent(new TsunaguStartTsunagiEvent({ actionId: a.id, ...(this.view.id ? { planId: this.view.id } : {}) }));
  }

  #diff(): PlanDiff | undefined {
    return this.previousVersion ? diffPlans(this.previousVersion, this.view) : undefined;
  }

  protected renderSheet(h: SheetFields): TemplateResult {
    const l = this.#l;
    const v = this.view;
    const today = this.referenceDate();
    const diff = this.#diff();
    const withoutRole = this.issuesWith('plan.attendeeWithoutAction');
    // Flags come from the core's issues, so a policy that switches a rule off switches its flag off.
    const overdue = new Set(this.issuesWith('action.overdue').map((i) => i.path[1] as number));
    const monitoring = [...this.issuesWith('plan.monitoringRequired'), ...this.issuesWith('plan.monitoringOverdue')];
    const memberName = (id: string | undefined) => v.members.find((m) => m.id === id)?.name;
    // The overview is sliced like the rows: asked here, outside its guard, so that each slice reaches it.
    const overviewShown = h.shown('overview', v.actions.length, 10);
    return html`
      <section part="section">
        <h3>${l.sectionPlan}</h3>
        <div class="grid-2">
          ${dateField(h, ['planDate'], l.planDate)}
          <div class="field"><span class="label">${l.version}</span><p>${fillMessage(l.versionValue, { n: v.version })}</p></div>
        </div>
        ${radioGroup(h, ['status'], l.status, PLAN_STATUSES)}
      </section>

      <section part="section">
        <h3>${l.sectionDirection}</h3>
        ${textArea(h, ['direction', 'desiredLife'], l.desiredLife)}
        ${textArea(h, ['direction', 'goals'], l.goals)}
      </section>

      <section part="section">
        <h3>${l.sectionTeam}</h3>
        ${
          withoutRole.length > 0 && !this.isReadonly
            ? html`<p class="live ${withoutRole[0]!.severity}" role="status">
              ${withoutRole[0]!.severity === 'error' ? '＊' : this.t.warning}${l.withoutRole}${joinList(
                h.locale,
                withoutRole.map((i) => v.members[i.path[1] as number]?.name || fillMessage(l.member, { n: (i.path[1] as number) + 1 })),
              )}
            </p>`
            : nothing
        }
        ${rows<PlanMember>(h, ['members'], {
          label: l.members,
          itemLabel: (i) => fillMessage(l.member, { n: i + 1 }),
          addLabel: l.addMember,
          create: () => ({ id: newId('m'), name: '', organization: '' }),
          columns: [
            { label: l.name, text: (m) => m.name },
            { label: l.organization, text: (m) => m.organization },
          ],
          renderRow: (p: IssuePath) => html`<div class="grid-2">
            ${textField(h, [...p, 'name'], l.name)}
            ${textField(h, [...p, 'organization'], l.organization)}
          </div>`,
        })}
        ${selectField(h, ['team', 'leadId'], l.lead, peopleChoices(this.view.members, this.#l.member))}
        ${textField(h, ['team', 'leadOrganization'], l.leadOrganization)}
        ${checkbox(h, ['team', 'leadIsCoordinator'], l.leadIsCoordinator)}
        ${selectField(h, ['team', 'mainSupporterId'], l.mainSupporter, peopleChoices(this.view.members, this.#l.member))}
        ${textField(h, ['team', 'mainSupporterOrganization'], l.mainSupporterOrganization)}
        ${checkbox(h, ['team', 'mainSupporterIsCoordinator'], l.mainSupporterIsCoordinator)}
        ${textArea(h, ['team', 'coordinatorRole'], l.coordinatorRole)}
        ${textField(h, ['team', 'coordinatorOrganization'], l.coordinatorOrganization)}
      </section>

      <section part="section">
        <h3 class="visually-hidden">${l.sectionActions}</h3>
        ${diff && diff.removed.length > 0 ? html`<p class="live">${l.removedFromPrevious}${diff.removed.length}</p>` : nothing}
        ${rows<Action>(h, ['actions'], {
          label: l.sectionActions,
          itemLabel: (i) => {
            const a = v.actions[i];
            const flags = [
              overdue.has(i) ? l.overdue : '',
              a && diff?.added.includes(a.id) ? l.added : '',
              a && diff?.changed.includes(a.id) ? l.changed : '',
            ].filter(Boolean);
            return flags.length
              ? aside(h.locale, fillMessage(l.action, { n: i + 1 }), joinList(h.locale, flags))
              : fillMessage(l.action, { n: i + 1 });
          },
          addLabel: l.addAction,
          create: () => ({ id: newId('x'), task: '', status: 'notStarted' }),
          columns: [
            { label: l.owner, text: (a) => memberName(a.ownerId) ?? a.ownerOrganization ?? l.noOwner },
            { label: l.task, text: (a) => a.task ?? '' },
            { label: l.due, text: (a, i) => (overdue.has(i) ? aside(h.locale, dateText(h, a.due), l.overdue) : dateText(h, a.due)) },
            { label: l.kind, text: (a) => choiceText(h, this.codeList('actionKinds', ACTION_KINDS), a.kind) },
            { label: l.formality, text: (a) => choiceText(h, RESOURCE_TYPES, a.formality) },
            { label: l.actionStatus, text: (a) => choiceText(h, ACTION_STATUSES, a.status) },
            { label: l.result, text: (a) => a.result ?? '' },
          ],
          renderRow: (p: IssuePath) => html`
            <div class="grid-2">
              ${selectField(h, [...p, 'ownerId'], l.owner, peopleChoices(this.view.members, this.#l.member))}
              ${textField(h, [...p, 'ownerOrganization'], l.ownerOrganization)}
            </div>
            ${directoryRowNote(h, this.#picker, { path: p, item: fillMessage(l.action, { n: Number(p.at(-1)) + 1 }), picked: Boolean(h.value([...p, 'ownerDirectoryId'])) })}
            ${textArea(h, [...p, 'task'], l.task)}
            <div class="grid-2">
              ${dateField(h, [...p, 'due'], l.due)}
              ${selectField(h, [...p, 'kind'], l.kind, this.codeList('actionKinds', ACTION_KINDS))}
              ${selectField(h, [...p, 'status'], l.actionStatus, ACTION_STATUSES)}
              ${selectField(h, [...p, 'formality'], l.formality, RESOURCE_TYPES)}
            </div>
            ${textArea(h, [...p, 'result'], l.result)}
          `,
        })}
        ${actionTsunagi(h, l, v.actions, this.tsunagi, (a) => this.#startTsunagi(a))}
        ${this.#picker.render(this.locale)}
      </section>

      <!-- On paper the actions' own table holds every column; the overview by owner and due date is for the screen. -->
      <section part="section" class="no-print">
        <h3>${l.sectionOverview}</h3>
        ${guard([...this.#overviewOf(), this.locale, this.policy.dateDisplay, overviewShown], () => this.#renderOverview(h, memberName, overviewShown))}
      </section>

      ${monitoringSection(h, v, l, today, monitoring[0], this.isReadonly)}

      <section part="section">
        <h3>${l.sectionEvaluation}</h3>
        ${textArea(h, ['evaluation'], l.evaluation)}
      </section>
      ${this.localItems(h, 'actionPlan')}

      ${
        v.status === 'terminated' || v.termination
          ? html`<section part="section">
            <h3>${l.sectionTermination}</h3>
            ${dateField(h, ['termination', 'date'], l.terminationDate)}
            ${terminationFields(h, ['termination'], this.codeList('terminationReasons', TERMINATION_REASONS), this.#renderDecidedIn(h))}
          </section>`
          : nothing
      }
    `;
  }

  /**
   * While a text is being typed, the overview keeps what it showed and follows
   * when the field is left, before printing, and when a value is set. A 200-row
   * table re-laid out on every keystroke was 40 % of a keystroke in a 200-action
   * plan (docs/performance.md).
   */
  #typing = false;
  #shown: readonly unknown[] | undefined;

  readonly #onTextInput = (e: Event): void => {
    const t = e.composedPath()[0];
    // Typing in a component inside the sheet (the picker's search) is not typing in the plan.
    this.#typing =
      (t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && t.type !== 'checkbox' && t.type !== 'radio')) &&
      t.getRootNode() === this.shadowRoot;
  };

  readonly #onTextDone = (): void => {
    if (!this.#typing) return;
    this.#typing = false;
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('beforeprint', this.#onTextDone);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('beforeprint', this.#onTextDone);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('value')) this.#typing = false;
    super.willUpdate(changed);
  }

  /** What the overview shows: the document's actions and team, kept as they were while a text is typed. */
  #overviewOf(): readonly unknown[] {
    if (!this.#typing || !this.#shown) this.#shown = [this.view.actions, this.view.members];
    return this.#shown;
  }

  /** Actions grouped by owner, then by due date: the table people bring to the next meeting. */
  #renderOverview(h: SheetFields, memberName: (id: string | undefined) => string | undefined, shown: number): TemplateResult {
    const l = this.#l;
    const named = (a: Action) => memberName(a.ownerId) ?? a.ownerOrganization;
    const owner = (a: Action) => named(a) ?? l.noOwner;
    // Actions nobody owns yet come last, so a new action (no owner, no due date) adds a row at the end
    // rather than moving every row after it: in a 200-action plan, adding one took 46 ms, 21 this way.
    // (U+FFFF sorts after every character in the Unicode collation, CLDR root.)
    const rows = [...this.view.actions].sort(
      (a, b) => collator.compare(named(a) ?? '\uffff', named(b) ?? '\uffff') || (a.due ?? '9999').localeCompare(b.due ?? '9999'),
    );
    if (rows.length === 0) return html`<p>${l.noActions}</p>`;
    return html`<table>
      <colgroup><col class="owner" /><col /><col class="due" /><col class="status" /></colgroup>
      <thead><tr><th scope="col">${l.overviewOwner}</th><th scope="col">${l.overviewTask}</th><th scope="col">${l.overviewDue}</th><th scope="col">${l.overviewStatus}</th></tr></thead>
      <tbody>
        ${rows.slice(0, shown).map(
          (a) => html`<tr>
          <td>${owner(a)}</td>
          <td>${a.task ?? ''}</td>
          <td>${dateText(h, a.due)}</td>
          <td>${choiceText(h, ACTION_STATUSES, a.status)}</td>
        </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
