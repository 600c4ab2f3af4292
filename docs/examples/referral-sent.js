// On the server's "received" page, after the form above was posted and saved: the draft is removed.
// A file, not an inline script, so that it runs under script-src 'self'.
import { clearDraft } from '/assets/tsunagu-sheets.js';

clearDraft('referral-new');
