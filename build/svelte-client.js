// Astro's client renderer for our islands, in place of @astrojs/svelte's own.
// Why our own: theirs wraps props in a deep $state proxy and builds slot snippets with
// createRawSnippet, so every page pulled those parts of the Svelte runtime (about 1 KB gzip)
// although our islands take plain props, no slots, and are never re-rendered by Astro.
import { hydrate, mount } from 'svelte';

export default (element) => (Component, props, _slotted, { client }) => {
  if (!element.hasAttribute('ssr')) return;
  if (client === 'only') {
    element.innerHTML = '';
    mount(Component, { target: element, props });
  } else {
    hydrate(Component, { target: element, props });
  }
};
