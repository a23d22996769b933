// @custom-elements-manifest/analyzer: custom-elements.json from the elements' JSDoc tags
// (@tag @summary @attr @prop @fires @csspart @cssprop). `npm run cem` also writes sdk/API.md.

/** The public surface only: the element classes, without private (#) or protected members. */
function publicOnly() {
  return {
    name: 'yibao-public-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.declarations = (mod.declarations ?? []).filter((d) => d.customElement);
        for (const d of mod.declarations) {
          d.members = (d.members ?? []).filter((m) => !m.name.startsWith('#') && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static);
        }
        mod.exports = (mod.exports ?? []).filter((e) => mod.declarations.some((d) => d.name === e.declaration?.name));
      }
    },
  };
}

export default {
  globs: ['sdk/elements/yb-*/Yb*.tsx'],
  // CEM_OUTDIR (relative to the repository): where a check writes its fresh copy (test/sdk/elements/manifest.test.ts).
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: false,
  packagejson: false,
  plugins: [publicOnly()],
};
