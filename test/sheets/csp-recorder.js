// Loaded by the standalone-bundle tests' CMS page: records CSP violations for the test to read.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
if (document.currentScript?.dataset.tryEval === 'yes') {
  try {
    new Function('return 1')();
  } catch {
    /* blocked, as it must be */
  }
}
