import '@tsunagu/sheets/referral-sheet'; // registers <tsunagu-referral-sheet>
import { TAKASHIMA_EXAMPLE_POLICY, type Referral } from '@tsunagu/core';

/** Wires a referral sheet already on the page to an API endpoint. */
export function wireReferralSheet(sheet: HTMLElementTagNameMap['tsunagu-referral-sheet'], endpoint: string): void {
  sheet.policy = TAKASHIMA_EXAMPLE_POLICY; // or your own policy, see policies.md
  sheet.addEventListener('tsunagu-submit', (event) => {
    const referral = event.detail.value as Referral;
    // The draft stays until the server has saved the referral (a fuller recipe, with the server's issues: send-to-server.ts).
    fetch(endpoint, { method: 'POST', body: JSON.stringify(referral), headers: { 'content-type': 'application/json' } })
      .then((response) => (response.ok ? sheet.saved() : sheet.sendFailed()))
      .catch(() => sheet.sendFailed());
  });
}
