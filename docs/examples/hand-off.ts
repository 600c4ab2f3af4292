import '@tsunagu/sheets/support-sharing-sheet';
import '@tsunagu/sheets/action-plan-sheet';

/** After the meeting: the plan starts with the meeting's attendees and its "not yet known" items. */
export function startPlanFromMeeting(): void {
  const meeting = document.querySelector('tsunagu-support-sharing-sheet')!;
  const plan = document.querySelector('tsunagu-action-plan-sheet')!;
  plan.startFrom(meeting.value);
}

/** At a monitoring meeting: load the current version and revise it into the next. */
export function revisePlan(current: HTMLElementTagNameMap['tsunagu-action-plan-sheet']['value'], planDate: string): void {
  const plan = document.querySelector('tsunagu-action-plan-sheet')!;
  plan.revise(current, planDate);
}
