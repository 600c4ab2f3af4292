// /assets/case-page.js: the case record's page script. A file, not an inline script, so that it runs
// under the CSP the docs give (script-src 'self').
import { emptyCase, todayIso } from '/assets/tsunagu-sheets.js';

const record = document.querySelector('tsunagu-case-record');
const id = record.dataset.caseId;
const url = `/api/cases/${encodeURIComponent(id)}`;
const response = await fetch(url);
// A Case from the portal, or a new one opened today in Japan (受付) when the portal has none yet.
record.value = response.ok ? await response.json() : emptyCase(todayIso(), id);

// Saved only against the revision it was read at (docs/examples/case-server.ts). A 412 means someone saved
// meanwhile: the record merges their case with the worker's, keeping both sides' entries, and asks about a field
// both changed; with nothing to ask, it saves again at once.
record.addEventListener('tsunagu-submit', async (event) => {
  const doc = event.detail.value;
  const precondition = doc.revision ? { 'if-match': `"${doc.revision}"` } : { 'if-none-match': '*' };
  let answer;
  try {
    answer = await fetch(url, {
      method: 'PUT',
      body: JSON.stringify(doc),
      headers: { 'content-type': 'application/json', 'accept-language': record.locale, ...precondition },
    });
  } catch {
    record.sendFailed(); // offline: everything typed stays
    return;
  }
  if (answer.ok) {
    record.value = await answer.json(); // the saved case, with its new revision
    record.saved();
  } else if (answer.status === 412) {
    const { conflicts } = await record.merge(await answer.json());
    if (conflicts.length === 0) record.submit();
  } else if (answer.status === 422) record.sendFailed((await answer.json()).issues);
  else record.sendFailed();
});

record.addEventListener('tsunagu-open-document', (event) => {
  // Open the plan in the portal; without preventDefault() the record shows a document read-only in place.
  if (event.detail.kind === 'plan') {
    event.preventDefault();
    location.href = `/plans/${encodeURIComponent(event.detail.id)}`;
  }
});
