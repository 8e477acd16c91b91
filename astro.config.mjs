// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { cssVariablesTheme } from './src/build/shiki-theme.mjs';
import { compact, sha256 } from './src/scripts/compact.mjs';

// BASE_PATH=/some/prefix/ builds a site that works under that prefix; OUT_DIR keeps two builds apart.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://io-models.example';

// The layouts' inline scripts (Base, and Embed's embed-page.js), hashed so the CSP needs no 'unsafe-inline'.
const inlineHashes = await Promise.all(
  ['theme-init.js', 'site.js', 'embed-page.js'].map((f) => sha256(compact(readFileSync(`./src/scripts/${f}`, 'utf8')))),
);

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: ['en', 'zh'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    svelte(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } },
      // The chrome-less embed pages (/embed/blocking/ …) are for frames, not for readers arriving from search.
      filter: (page) => !/\/embed\/[^/]+\/$/.test(page),
    }),
  ],
  markdown: {
    shikiConfig: { theme: cssVariablesTheme, wrap: false },
  },
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly; 'wasm-unsafe-eval' allows that and nothing else.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineHashes },
      // shiki colours tokens with style attributes; CSP can't hash attributes, so styles stay open.
      // Scripts are what the policy is for: script-src has neither 'unsafe-inline' nor 'unsafe-eval'.
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
});
