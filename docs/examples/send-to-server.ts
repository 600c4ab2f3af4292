import '@tsunagu/sheets/referral-sheet';
import type { Issue } from '@tsunagu/core';

/**
 * Sends each submitted referral to the portal's API, and tells the sheet how it went: the draft is
 * removed only when the server has saved the referral; a 422 shows the server's issues at their
 * fields; a network failure or any other answer keeps everything typed.
 */
export function sendReferrals(sheet: HTMLElementTagNameMap['tsunagu-referral-sheet'], endpoint: string): void {
  sheet.addEventListener('tsunagu-submit', (event) => void send(event.detail.value));

  async function send(referral: unknown): Promise<void> {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        body: JSON.stringify(referral),
        // The server validates in the sheet's language, so its messages read like the sheet's own.
        headers: { 'content-type': 'application/json', 'accept-language': sheet.locale },
      });
    } catch {
      sheet.sendFailed(); // offline, a proxy, a timeout: the draft stays
      return;
    }
    if (response.ok)
      sheet.saved(); // saved: the draft is removed
    else if (response.status === 422) sheet.sendFailed(((await response.json()) as { issues: Issue[] }).issues);
    else sheet.sendFailed();
  }
}
