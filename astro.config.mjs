// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { classTokens, cssVariablesTheme } from './src/code/shiki-theme.mjs';
import { compact, sha256 } from './build/compact.mjs';
import { cspPerPage } from './build/csp-per-page.mjs';
import { hostFiles } from './build/host-files.mjs';
import svelte from '@astrojs/svelte';
import { clientInteract } from './build/client-interact.mjs';
import { noClientComponentCss } from './build/no-client-css.mjs';
import { aliases } from './build/aliases.mjs';
import { islandChunks } from './build/island-chunks.mjs';
import { headingIds } from './build/heading-ids.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { LOCALE_TABLE } from './src/i18n/locales.ts';

// BASE_PATH=/some/prefix/ builds a site that works under that prefix; OUT_DIR keeps two builds apart.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://io-models.example';

// The inline scripts (Base's theme, the summary's self-check, and Embed's embed-page.js), hashed so the CSP needs no 'unsafe-inline'.
const inlineHashes = ['src/site/theme-init.js', 'src/site/self-check.js', 'src/embed/embed-page.js'].map((f) =>
  sha256(compact(readFileSync(`./${f}`, 'utf8'))),
);

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  // Stylesheets as hashed files (/_astro/*.css), never inlined: a reader's walk fetches the shared CSS once and
  // the cache serves it to every later page (inlined, each page carried its own ~4 KB gzip copy). Render-blocking
  // <link>s in <head> paint nothing unstyled; the CSP's style-src 'self' allows them without a hash.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: LOCALE_TABLE.map((l) => l.code),
    defaultLocale: LOCALE_TABLE[0].code,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    // discloseVersion: no window.__svelte version stamp (for devtools and surveys) on readers' pages.
    svelte({ compilerOptions: { discloseVersion: false } }),
    clientInteract(),
    sitemap({
      i18n: { defaultLocale: LOCALE_TABLE[0].code, locales: Object.fromEntries(LOCALE_TABLE.map((l) => [l.code, l.lang])) },
      // The chrome-less embed pages (/embed/blocking/ …) are for frames, not for readers arriving from search.
      filter: (page) => !/\/embed\/[^/]+\/$/.test(page),
    }),
    cspPerPage(),
    hostFiles(LOCALE_TABLE.map((l) => l.prefix)),
  ],
  markdown: {
    // build/heading-ids.mjs: every locale's headings get the English page's ids, so a section keeps its id across languages.
    processor: satteri({ hastPlugins: [headingIds] }),
    shikiConfig: { theme: cssVariablesTheme, wrap: false, transformers: [classTokens] },
  },
  devToolbar: { enabled: false },
  // Astro's console logger without its warning that shiki's inline styles break the CSP (ours are classes):
  // build/quiet-logger.mjs.
  logger: { entrypoint: new URL('./build/quiet-logger.mjs', import.meta.url) },
  vite: {
    // The islands' JavaScript (vite.environments.client: Astro's documented override of its client build's output).
    // build/island-chunks.mjs says what it changes and why.
    environments: { client: { build: { rolldownOptions: { output: islandChunks } } } },
    resolve: { alias: aliases },
    plugins: [noClientComponentCss()],
    build: {
      // Astro inlines a processed <script> under this limit into every page that has it; the site's page script
      // (src/site/site.js, ~1.2 KB gzip) is the same on every page, so it stays a hashed file (/_astro/, cached
      // immutable: dist/_headers) that a reader's walk fetches once. undefined leaves other assets to Vite's default.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // Astro marks MDX modules with the directive "use astro:head-inject", which rolldown warns it may not
        // keep: harmless, and ~200 lines of noise on every build (withastro/astro#18087, open). Only that goes.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly; 'wasm-unsafe-eval' allows that and nothing else (the embed pages,
      // which have no search, lose it in build/csp-per-page.mjs). Neither 'unsafe-inline' nor 'unsafe-eval'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineHashes },
      // No 'unsafe-inline' either: no page has a style attribute (shiki's tokens are classes, see
      // src/code/shiki-theme.mjs), and build/csp-per-page.mjs lists the hash of each inline <style> a page holds.
      styleDirective: { resources: ["'self'"] },
    },
  },
});
