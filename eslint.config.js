// ESLint flat config: the recommended rules of ESLint, typescript-eslint, Svelte and Astro (not
// type-checked, so `npm run lint` stays fast; `npm run check` does the types), plus the import
// boundaries the code must keep: src/sim imports nothing outside itself, and the demo layer's folders import only
// downwards along the data path (LAYERS below).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What src/sim may not import: anything but a sibling module (`./x`). */
const SIM_PURE = {
  // Not `./…`: a package, `node:…`, an alias (`~/…`, `~components/…`); or `..` anywhere (`../x`, `./../x`).
  regex: '^(?!\\./)|(^|/)\\.\\.(/|$)',
  message:
    'src/sim is pure: it imports only its own modules (./x), nothing outside src/sim (no package, alias, ' +
    'Svelte or Astro), so the simulator runs the same in Node, in tests and in the browser.',
};

/**
 * The demo layer's folders along its data path, lowest first: simulator → figure → playback → narration →
 * islands. A folder imports its own modules and those of folders below it, never above; src/i18n (strings
 * and fill()) and src/lessons (experiments and questions, judged by the simulator) sit beside the path and
 * any layer above the simulator may read them. Svelte components of a layer live in components/<layer>/.
 */
const LAYERS = ['figure', 'playback', 'narration'];

/** What a layer's files may not import: any folder above it, components above it, islands, Astro. */
function layerBoundary(layer) {
  const above = LAYERS.slice(LAYERS.indexOf(layer) + 1);
  const folders = [...above, 'islands', 'embed', 'site', 'code'];
  // `~/x/…` or `~components/x/…` for a folder above, and any `../` (imports across folders use the aliases).
  const names = folders.join('|');
  return {
    regex: `^~/(${names})(/|$)|^~components/(${names})(/|$)|(^|/)\\.\\.(/|$)|^astro(:|/|$)|^@astrojs/|\\.astro$`,
    message:
      `src/${layer} and components/${layer} are one layer of the demo's data path (simulator → figure → playback → ` +
      'narration → islands): they import only from their own folder and the layers below (and src/i18n, src/lessons), ' +
      'through the ~/ aliases, so a change of wording never reaches the figure and a change of drawing never the words.',
  };
}

/** no-restricted-imports sees only static imports, so src/sim and the layers take no dynamic import(). */
const NO_DYNAMIC_IMPORT = {
  selector: 'ImportExpression',
  message:
    'src/sim and the layers take no dynamic import(): their import boundaries are checked on static imports only.',
};

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-*/',
    '.astro/',
    'test-results/',
    'playwright-report/',
    'content/',
    'tests/fixtures/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  svelte.configs.recommended,
  astro.configs.recommended,
  {
    // TypeScript inside `<script lang="ts">` of .svelte files and in .svelte.ts rune modules.
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // Pages, islands and their modules run in the browser, and at build time in Node.
    files: ['src/**', 'components/**', 'public/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['scripts/**', 'build/**', 'tests/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    // Astro inlines the client directive into the page: it runs in the browser.
    files: ['build/interact-directive.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The benchmarks' page.evaluate() callbacks run in the browser.
    files: ['scripts/bench-*.mjs'],
    languageOptions: { globals: globals.browser },
  },
  {
    rules: {
      // `try { localStorage… } catch {}`: storage or a not-yet-listening server may fail, and nothing follows.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // The inline page scripts keep ES5's `catch (e)`; `{ detail: _, ...rest }` drops a field.
      '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/sim/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [SIM_PURE] }],
      'no-restricted-syntax': ['error', NO_DYNAMIC_IMPORT],
    },
  },
  ...LAYERS.map((layer) => ({
    files: [`src/${layer}/**`, `components/${layer}/**`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layerBoundary(layer)] }],
      'no-restricted-syntax': ['error', NO_DYNAMIC_IMPORT],
    },
  })),
  {
    // What sits beside the path reads only the simulator and its own kind: no layer, no component.
    files: ['src/i18n/**', 'src/lessons/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{
        regex: '^~/(figure|playback|narration|islands|embed|site)(/|$)|^~components(/|$)',
        message: 'src/i18n and src/lessons sit beside the data path: they read the simulator and each other, no layer and no component.',
      }] }],
    },
  },
);
