import { defineRule } from '../engine';
import { dueRequired } from './due-required';

/**
 * `action.dueRequiredOngoing`: An ongoing 見守り or an informal action (民生委員, neighbours, volunteers) has no due date: a warning, not an error, since such support has no end date in practice (seed 003's informal resources; 001 l.583: 情報共有や見守りなど、現段階でもできること). A policy that wants a date on every action sets it to `error`; one that never does, to `off`.
 * @public
 */
export const actionDueRequiredOngoingMeta = defineRule({
  code: 'action.dueRequiredOngoing',
  severity: 'warning',
  messages: {
    ja: '次に様子を確かめる日を期限に入れると、見直しの目安になります。',
    en: 'A date to check in again helps the review.',
  },
});

export const actionDueRequiredOngoing = dueRequired(true, actionDueRequiredOngoingMeta);
