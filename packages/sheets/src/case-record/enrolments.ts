// The 事業 a case is in (enrolments), and which meeting it may go to now: 支援会議 before consent, 重層的支援会議 after.
import { html, type TemplateResult } from 'lit';
import { SUPPORT_PROGRAMS, casePhase, fillMessage, type Enrolment, type IssuePath, type Vocabulary } from '@tsunagu/core';
import type { SheetFields } from '../kit/field-host';
import { dateField, dateText, textArea } from '../kit/fields';
import { choiceText, selectField } from '../kit/choices';
import { rows } from '../kit/rows';
import { newId } from '../kit/ids';
import { labelsOf, meetingText, type RecordContext } from './context';

/** The case's meetings as choices, by id: the one that decided an enrolment. */
function meetings(ctx: RecordContext): Vocabulary {
  return ctx.view.meetings.flatMap((m) => {
    const t = meetingText(ctx, m.meeting.date, m.meeting.legalKind);
    return m.id ? [{ code: m.id, ja: t, en: t }] : [];
  });
}

/** The enrolments section: the phase today, then each 事業 with its period and the meeting that decided it. */
export function renderEnrolments(ctx: RecordContext, h: SheetFields): TemplateResult {
  const l = labelsOf(ctx);
  const v = ctx.view;
  const programs = ctx.codeList('supportPrograms', SUPPORT_PROGRAMS);
  const phase = casePhase(v, ctx.referenceDate());
  const choices = meetings(ctx);
  return html`<section part="section" aria-labelledby="enrolments-title">
    <h3 id="enrolments-title">${l.sectionEnrolments}</h3>
    <p>${phase === 'juusou' ? l.phaseJuusou : l.phaseShien}</p>
    ${rows<Enrolment>(h, ['enrolments'], {
      label: l.enrolments,
      itemLabel: (i) => fillMessage(l.enrolment, { n: i + 1 }),
      addLabel: l.addEnrolment,
      create: () => ({ id: newId('en'), from: ctx.referenceDate() }) as Enrolment, // the 事業 is chosen next: until then the core asks for it
      columns: [
        { label: l.program, text: (e) => choiceText(h, programs, e.program) },
        { label: l.enrolmentFrom, text: (e) => dateText(h, e.from) },
        { label: l.enrolmentTo, text: (e) => (e.to ? dateText(h, e.to) : '') },
        { label: l.decidedIn, text: (e) => choices.find((m) => m.code === e.meetingId)?.[ctx.locale] ?? '' },
      ],
      renderRow: (p: IssuePath) => html`
        ${selectField(h, [...p, 'program'], l.program, programs)}
        <div class="grid-2">${dateField(h, [...p, 'from'], l.enrolmentFrom)}${dateField(h, [...p, 'to'], l.enrolmentTo, { hint: l.enrolmentToHint })}</div>
        ${selectField(h, [...p, 'meetingId'], l.decidedIn, choices, { hint: l.decidedInHint })}
        ${textArea(h, [...p, 'note'], l.enrolmentNote)}
      `,
    })}
  </section>`;
}
