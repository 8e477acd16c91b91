/**
 * @astrojs/svelte with our own client entrypoint (build/svelte-client.js says why), and no Svelte
 * version stamp on readers' pages. Guarded: throws at config time if the integration's setup hook moved.
 */
import svelte from '@astrojs/svelte';
import { fileURLToPath } from 'node:url';

/** The Svelte integration, its client renderer swapped for build/svelte-client.js. */
export function leanSvelte() {
  // discloseVersion: no window.__svelte version stamp (for devtools and surveys) on every reader's page.
  const integration = svelte({ compilerOptions: { discloseVersion: false } });
  const setup = integration.hooks['astro:config:setup'];
  if (!setup) throw new Error('@astrojs/svelte no longer has an astro:config:setup hook: see build/lean-svelte.mjs');
  const clientEntrypoint = fileURLToPath(new URL('./svelte-client.js', import.meta.url));
  integration.hooks['astro:config:setup'] = (options) =>
    setup({ ...options, addRenderer: (renderer) => options.addRenderer({ ...renderer, clientEntrypoint }) });
  return integration;
}

/**
 * Adds client:interact (build/interact-directive.js says what it does and why).
 * @type {import('astro').AstroIntegration}
 */
export const interactDirective = {
  name: 'io-models:client-interact',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) =>
      addClientDirective({ name: 'interact', entrypoint: fileURLToPath(new URL('./interact-directive.js', import.meta.url)) }),
  },
};
