/**
 * Empties the Svelte components' CSS in the client build. Every island is rendered on the server, and the
 * page inlines its components' CSS from that build; the client build's copy is never needed. Left in, it
 * rides along in the chunk of whatever JavaScript imports it, and Astro then adds the CSS of the chunks the
 * islands share to every page, text pages included (+1.1 KB gzip each), because those chunks hold no island
 * themselves (astro/dist/core/build/plugins/plugin-css.js, shouldDeleteCSSChunk).
 *
 * Guarded: if vite-plugin-svelte renames its style module ids, the plugin would match nothing and text
 * pages would silently grow; so the client build fails when it saw Svelte components but emptied no style.
 */
const STYLE_ID = /[?&]svelte&type=style/;

/** The Vite plugin; `applyToEnvironment` keeps it out of the server build. */
export function noClientComponentCss() {
  let components = 0;
  let emptied = 0;
  return {
    name: 'io-models:no-client-component-css',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    load(id) {
      if (!STYLE_ID.test(id)) return undefined;
      emptied++;
      return '';
    },
    transform(_code, id) {
      if (/\.svelte$/.test(id)) components++;
    },
    buildEnd() {
      if (components > 0 && emptied === 0) {
        this.error(`build/no-client-css.mjs: ${components} Svelte components in the client build but no style module matched ${STYLE_ID}; vite-plugin-svelte may have renamed its CSS ids`);
      }
    },
  };
}
