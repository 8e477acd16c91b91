// ESLint flat config: the recommended rules of ESLint, typescript-eslint, Svelte and Astro (not
// type-checked, so `npm run lint` stays fast; `npm run check` does the types), plus the import
// boundaries the code must keep: src/sim imports nothing outside itself, src/render no components.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Patterns `no-restricted-imports` refuses in src/sim: anything but a sibling module. */
const SIM_ONLY_SIBLINGS = [
  {
    // Not `./x`: a package, an alias (`~/…`, `~components/…`), `node:…`, an absolute path.
    regex: '^(?!\\./)',
    message:
      'src/sim is pure: it imports only its own modules (./x), no packages, aliases, Svelte or Astro, ' +
      'so the simulator runs the same in Node, in tests and in the browser.',
  },
  {
    // `./../x` and `../x`: out of src/sim by a relative path.
    regex: '(^|/)\\.\\.(/|$)',
    message: 'src/sim is pure: it imports nothing outside src/sim, so a relative path never leaves it.',
  },
];

/** Patterns `no-restricted-imports` refuses in src/render: components, Svelte and Astro. */
const RENDER_NO_COMPONENTS = [
  {
    regex: '^~components(/|$)|^\\.{1,2}/(.*/)?components(/|$)',
    message:
      'src/render is pure (trace → scene) and components import it, never the other way: ' +
      'no import from components/.',
  },
  {
    regex: '\\.(svelte|astro)$|^svelte(/|$)|^astro(:|/|$)|^@astrojs/',
    message:
      'src/render is pure (trace → scene): no Svelte or Astro, so the server and the island draw ' +
      'the same figure from the same numbers.',
  },
];

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
    // The benchmarks' page.evaluate() callbacks run in the browser.
    files: ['scripts/bench-*.mjs'],
    languageOptions: { globals: globals.browser },
  },
  {
    rules: {
      // `{@html}` is how the islands draw: src/render builds the SVG and list markup as escaped strings
      // (figureSvg, codeLines, noteSpans, legendItems), and each use says where its markup comes from.
      'svelte/no-at-html-tags': 'off',
      // `try { localStorage… } catch {}`: storage or a not-yet-listening server may fail, and nothing follows.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // The inline page scripts keep ES5's `catch (e)`; `{ detail: _, ...rest }` drops a field.
      '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/sim/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: SIM_ONLY_SIBLINGS }] },
  },
  {
    files: ['src/render/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: RENDER_NO_COMPONENTS }] },
  },
);
