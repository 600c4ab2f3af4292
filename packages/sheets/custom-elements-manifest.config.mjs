// custom-elements.json describes the public API only: Storybook's controls and the
// docs read it, and a test checks that everything in it is documented.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  // package.json names the file itself (customElements); the analyzer must not rewrite it with its temporary folder.
  packagejson: false,
  plugins: [
    {
      name: 'tsunagu-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.members) {
              d.members = d.members.filter(
                (m) => (!m.privacy || m.privacy === 'public') && !m.static && !m.name.startsWith('_') && !m.name.startsWith('#'),
              );
            }
            if (d.events) d.events = d.events.filter((e) => e.name);
            if (d.attributes) d.attributes = d.attributes.filter((a) => !a.fieldName?.startsWith('_'));
          }
        }
      },
    },
  ],
};
