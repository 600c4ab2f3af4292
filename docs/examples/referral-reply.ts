// The つなぎ reply on both sides of the portal (docs/tsunagi.md): the receiving agency's page answers the つなぎ behind
// the link it was sent; the portal's server keeps only what the reply may add and puts it back into the case.
import '@tsunagu/sheets/referral-reply';
import { tsunagiReplyKept, validate, validateTsunagi, withTsunagi, type Case, type Issue, type Tsunagi } from '@tsunagu/core';

/** The receiving agency's page: the つなぎ from the link (`/api/tsunagi/<token>`), the reply sent back to it. */
export async function answerFromLink(el: HTMLElementTagNameMap['tsunagu-referral-reply'], url: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin' });
  el.value = (await res.json()) as Tsunagi;
  el.addEventListener('tsunagu-submit', (e) => void send(e.detail.value as Tsunagi));
  async function send(value: Tsunagi): Promise<void> {
    const sent = await fetch(url, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(value),
    });
    if (sent.ok) {
      el.saved(); // the draft goes
      el.value = (await sent.json()) as Tsunagi; // as the portal kept it: the form now asks for the outcome
    } else el.sendFailed(sent.status === 422 ? ((await sent.json()) as { issues: Issue[] }).issues : []);
  }
}

/**
 * The portal's server, on that PUT: the reply checked alone, then only its new steps kept (marked as the receiver's,
 * since the link was the receiver's), and the case checked with them before it is stored.
 */
export function takeReply(
  stored: Case,
  tsunagiId: string,
  body: unknown,
): { ok: true; value: Case } | { ok: false; issues: readonly Issue[] } {
  const reply = validateTsunagi(body);
  if (!reply.ok) return reply;
  const sent = stored.tsunagi?.find((t) => t.id === tsunagiId);
  if (!sent) return { ok: false, issues: [] };
  const updated = withTsunagi(stored, tsunagiReplyKept(sent, reply.value, 'receiver'));
  const checked = validate('case', updated);
  return checked.ok ? { ok: true, value: updated } : { ok: false, issues: checked.issues.filter((i) => i.path[0] === 'tsunagi') };
}
