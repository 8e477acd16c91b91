// ESLint flat config: the recommended rules of ESLint, typescript-eslint, Svelte and Astro (not
// type-checked, so `npm run lint` stays fast; `npm run check` does the types), plus the import
// boundaries the code must keep: src/sim imports nothing outside itself, src/render no components.
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

/** What src/render may not import: components, Svelte or Astro. */
const RENDER_PURE = {
  // `~components/…` or a relative path through a components/ folder; any .svelte/.astro file; svelte, astro.
  regex: '^~components(/|$)|^\\.{1,2}/(.*/)?components(/|$)|\\.(svelte|astro)$|^svelte(/|$)|^astro(:|/|$)|^@astrojs/',
  message:
    'src/render is pure (trace → scene): components import it, never the other way, and it imports no ' +
    'Svelte or Astro, so the server and the island draw the same figure from the same numbers.',
};

/** no-restricted-imports sees only static imports, so src/sim and src/render take no dynamic import(). */
const NO_DYNAMIC_IMPORT = {
  selector: 'ImportExpression',
  message:
    'src/sim and src/render take no dynamic import(): their import boundaries are checked on static imports only.',
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
    // Astro inlines the client directive and bundles the client renderer: both run in the browser.
    files: ['build/interact-directive.js', 'build/svelte-client.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The benchmarks' page.evaluate() callbacks run in the browser.
    files: ['scripts/bench-*.mjs'],
    languageOptions: { globals: globals.browser },
  },
  {
    rules: {
      // `{@html}` is how the islands draw: src/render/svg.ts builds the SVG and list markup as strings
      // with every text escaped (figureSvg, codeLines, statItems, noteSpans, legendItems; ServeIsland's bars).
      'svelte/no-at-html-tags': 'off',
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
  {
    files: ['src/render/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [RENDER_PURE] }],
      'no-restricted-syntax': ['error', NO_DYNAMIC_IMPORT],
    },
  },
);
