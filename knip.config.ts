/**
 * Knip (`npm run lint`): every file, export and dependency is used, and everything imported is declared in
 * package.json. Its Astro, MDX, Svelte, Vite, Vitest, Playwright and ESLint plugins find most entries on their
 * own (src/pages, src/content.config.ts, astro.config.mjs and the build/ modules it imports, the test files,
 * the npm scripts' files such as src/embed/build-element.ts); the entries below are the ones no import or
 * config file names. Tests are entries (the Vitest and Playwright plugins), so an export that only a test
 * imports counts as used; an export used only inside its own file does not: it loses its `export`.
 * @see https://knip.dev/reference/configuration
 */
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // The content collection's pages: src/content.config.ts globs content/<locale>/**/*.mdx.
    'content/**/*.mdx',
    // Run by name: from the npm scripts, scripts/test.mjs and scripts/bench.mjs (`node scripts/x.mjs` in a string).
    'scripts/*.mjs',
    // src/layouts/Base.astro loads it with <script src>, which Astro bundles and Knip does not follow.
    'src/site/site.js',
    // Served as they are, by URL: public/search.js from site.js's import(), public/embed/embed.js from a snippet.
    'public/**/*.js',
  ],
  // System programs, not packages: the C compiler and strace (src/code/programs.ts, scripts/traces.mjs),
  // ldd (scripts/traces.mjs) and unshare (scripts/offline.mjs, which cuts the build off the network).
  ignoreBinaries: ['cc', 'ldd', 'strace', 'unshare'],
};

export default config;
