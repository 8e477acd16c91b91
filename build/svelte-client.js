// Astro's client renderer for our islands, in place of @astrojs/svelte's own.
// Why our own: theirs wraps props in a deep $state proxy and builds slot snippets with
// createRawSnippet, so every page pulled those parts of the Svelte runtime (about 1 KB gzip)
// although our islands take plain props, no slots, and are never re-rendered by Astro.
import { flushSync, hydrate, mount } from 'svelte';

export default (element) => (Component, props, _slotted, { client }) => {
  if (!element.hasAttribute('ssr')) return;
  if (client === 'only') {
    element.innerHTML = '';
    mount(Component, { target: element, props });
  } else {
    hydrate(Component, { target: element, props });
  }
  // Svelte runs the island's effects (onMount among them) in a microtask; run them now, so that the island is
  // live when Astro's hydrate() resolves and client:interact replays the reader's first action on it.
  flushSync();
};
