// A status change as the timeline shows it: its reason, who decided, its meeting and referral, and a closure's hand-off.
import { html, nothing, type TemplateResult } from 'lit';
import { TERMINATION_REASONS, caseClosure } from '@tsunagu/core';
import type { SheetFields } from '../kit/field-host';
import { choiceText } from '../kit/choices';
import { TERMINATION_LABELS, accompanierText } from '../shared/termination';
import { joinList } from '../kit/ui-strings';
import { documentText, labelsOf, type RecordContext } from './context';

type Line = (label: string, text: string | undefined) => TemplateResult | typeof nothing;

/** The body of the status change at `statusHistory[i]` on the timeline. */
export function statusBody(ctx: RecordContext, h: SheetFields, i: number, line: Line): TemplateResult {
  const l = labelsOf(ctx);
  const v = ctx.view;
  const s = v.statusHistory[i]!;
  const closure = caseClosure(v, i)?.termination;
  const tl = TERMINATION_LABELS[ctx.locale];
  return html`${line(l.statusNote, s.note)}
    ${line(l.decidedBy, [s.decidedBy?.organization, s.decidedBy?.name].filter(Boolean).join(' '))}
    ${line(l.meeting, documentText(ctx, s.meetingId))}
    ${line(l.referral, documentText(ctx, s.referralId))}
    ${
      closure
        ? html`${line(tl.terminationReason, closure.reason ? choiceText(h, ctx.codeList('terminationReasons', TERMINATION_REASONS), closure.reason) : undefined)}
          ${line(
            tl.accompaniers,
            joinList(
              h.locale,
              (closure.accompaniers ?? []).map((a) => accompanierText(h, a)),
            ),
          )}
          ${line(tl.contactOrganization, [closure.contactOnChange?.organization, closure.contactOnChange?.name, closure.contactOnChange?.phone].filter(Boolean).join(' '))}`
        : nothing
    }`;
}
