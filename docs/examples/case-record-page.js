// /assets/case-page.js: the case record's page script. A file, not an inline script, so that it runs
// under the CSP the docs give (script-src 'self').
import { emptyCase, todayIso } from '/assets/tsunagu-sheets.js';

const record = document.querySelector('tsunagu-case-record');
const id = record.dataset.caseId;
const response = await fetch(`/api/cases/${encodeURIComponent(id)}`);
// A Case from the portal, or a new one opened today in Japan (受付) when the portal has none yet.
record.value = response.ok ? await response.json() : emptyCase(todayIso(), id);
record.addEventListener('tsunagu-open-document', (event) => {
  // Open the plan in the portal; without preventDefault() the record shows a document read-only in place.
  if (event.detail.kind === 'plan') {
    event.preventDefault();
    location.href = `/plans/${encodeURIComponent(event.detail.id)}`;
  }
});
