/* global module */
// Changelog lines in the manner of GOV.UK Frontend's: each change starts with what kind it is
// (**Breaking change**, **New feature** or **Fix**, written at the start of the changeset), then what
// changed and, for a breaking change, how to migrate. Changesets groups them under the version bump.
/** @type {import('@changesets/types').ChangelogFunctions} */
module.exports = {
  async getReleaseLine(changeset) {
    const [title, ...rest] = changeset.summary.trim().split('\n');
    const body = rest.join('\n').trim();
    return `\n- ${title}${body ? `\n\n${body.replace(/^/gm, '  ')}` : ''}\n`;
  },
  async getDependencyReleaseLine(_changesets, dependenciesUpdated) {
    if (dependenciesUpdated.length === 0) return '';
    return `\n- Uses ${dependenciesUpdated.map((d) => `${d.name} ${d.newVersion}`).join(', ')}.\n`;
  },
};
