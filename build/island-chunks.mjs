/**
 * How the islands' JavaScript is cut into files and how V8 compiles it: the output options of Astro's client build
 * (astro.config.mjs passes them as `vite.environments.client.build.rolldownOptions.output`). A demo's files load
 * on the reader's first touch and nearly all their code runs at once (hydration, then the press that woke it), on
 * the reader's wait. Measured with `npm run bench` (4× slower CPU, 390 px): build/README.md has the figures.
 */

/** V8's explicit compile hint (a magic comment on a file's first line): compile every function of the file while
 *  it streams in, on a background thread, rather than each on the main thread at its first call. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Whether a chunk holds one of Astro's processed page scripts (module ids `…?astro&type=script…`), which load with
 * every page and whose functions mostly wait for the reader: they keep V8's lazy compilation.
 * @param {import('vite').Rolldown.RenderedChunk} chunk
 */
const isPageScript = (chunk) => chunk.moduleIds.some((id) => /[?&]type=script\b/.test(id));

/** @type {import('vite').Rolldown.OutputOptions} */
export const islandChunks = {
  // Code that two or more islands share goes into shared chunks by the set of islands using it (rolldown's
  // entriesAware), and a set whose code is under ~20 KB (before minifying) joins its nearest neighbour: a model
  // demo loads 4 files instead of 8 (each one a request and a task on a slow phone). Decided by the module graph and sizes,
  // never by file names, so a new module lands where the islands that import it are.
  codeSplitting: { groups: [{ name: 'shared', minShareCount: 2, entriesAware: true, entriesAwareMergeThreshold: 20_000 }] },
  // Short names for those chunks (rolldown names each after every island sharing it, and every import of it spells
  // that out); any other chunk as Astro names it, in _astro/ (build.assets).
  chunkFileNames: (chunk) => (chunk.name.startsWith('shared') ? '_astro/shared.[hash].js' : '_astro/[name].[hash].js'),
  // After minifying (which would drop a comment): the hint on every file a demo loads, not on the page scripts.
  postBanner: (chunk) => (isPageScript(chunk) ? '' : COMPILE_HINT),
};
