// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cssVariablesTheme } from './src/build/shiki-theme.mjs';
import { compact, sha256 } from './src/scripts/compact.mjs';
import { noDeepProxy } from './src/build/no-deep-proxy.mjs';
import { cspPerPage } from './src/build/csp-per-page.mjs';

// BASE_PATH=/some/prefix/ builds a site that works under that prefix; OUT_DIR keeps two builds apart.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://io-models.example';

// The layouts' inline scripts (Base, and Embed's embed-page.js), hashed so the CSP needs no 'unsafe-inline'.
const inlineHashes = ['theme-init.js', 'site.js', 'embed-page.js'].map((f) =>
  sha256(compact(readFileSync(`./src/scripts/${f}`, 'utf8'))),
);

const DEMO_CHUNK = /\/node_modules\/svelte\/|\/src\/(sim|render|client)\/|\/components\//;
const NOT_DEMO_CHUNK = /(CompareDemo|ServeDemo|ModelDemo|CodeStep)\.svelte|export-svg\.ts|render\/clock\.ts|\/sim\/(serve|validate|clamp)\.ts|[?&]|\.css/;

/**
 * Empties the Svelte components' CSS in the client build. Every island is rendered on the server, and the
 * page inlines its components' CSS from that build; the client build's copy is never needed. Left in, it
 * rides along in the chunk of whatever JavaScript imports it, and Astro then adds the shared demo chunk's
 * CSS to every page, text pages included (+0.8 KB gzip each), because that chunk holds no island itself.
 * @type {import('vite').Plugin}
 */
const noClientComponentCss = {
  name: 'io-models:no-client-component-css',
  enforce: 'pre',
  applyToEnvironment: (environment) => environment.name === 'client',
  load: (id) => (/[?&]svelte&type=style/.test(id) ? '' : undefined),
};

// @astrojs/svelte, with our own client entrypoint (src/client/svelte-client.js says why).
function leanSvelte() {
  // discloseVersion: no window.__svelte version stamp (for devtools and surveys) on every reader's page.
  const integration = svelte({ compilerOptions: { discloseVersion: false } });
  const setup = integration.hooks['astro:config:setup'];
  if (!setup) throw new Error('@astrojs/svelte no longer has an astro:config:setup hook: see leanSvelte()');
  const clientEntrypoint = fileURLToPath(new URL('./src/client/svelte-client.js', import.meta.url));
  integration.hooks['astro:config:setup'] = (options) =>
    setup({ ...options, addRenderer: (renderer) => options.addRenderer({ ...renderer, clientEntrypoint }) });
  return integration;
}

/**
 * Adds client:interact (src/client/interact-directive.js says what it does and why).
 * @type {import('astro').AstroIntegration}
 */
const interactDirective = {
  name: 'io-models:client-interact',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) =>
      addClientDirective({ name: 'interact', entrypoint: fileURLToPath(new URL('./src/client/interact-directive.js', import.meta.url)) }),
  },
};

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
    leanSvelte(),
    interactDirective,
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } },
      // The chrome-less embed pages (/embed/blocking/ …) are for frames, not for readers arriving from search.
      filter: (page) => !/\/embed\/[^/]+\/$/.test(page),
    }),
    cspPerPage(),
  ],
  markdown: {
    shikiConfig: { theme: cssVariablesTheme, wrap: false },
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [noDeepProxy(), noClientComponentCss],
    build: {
      rolldownOptions: {
        // Astro marks MDX modules with the directive "use astro:head-inject", which rolldown warns it may not
        // keep: harmless, and ~200 lines of noise on every build (withastro/astro#18087, open). Only that goes.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // One file for what every timeline demo runs (Svelte's runtime, the simulator, the renderer,
              // the controls): left to itself the bundler makes five chunks of it, and five separately
              // compressed files, with their import and export lists, weigh 1.4 KB gzip more. ModelDemo
              // (with its code panel and SVG export), the comparison and the serve demo each get a chunk
              // of their own on top of it, so the comparison embed does not load the model demo's code.
              codeSplitting: { groups: [{ name: 'demo', test: (id) => DEMO_CHUNK.test(id) && !NOT_DEMO_CHUNK.test(id) }] },
            },
          },
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
      // Pagefind's search runs WebAssembly; 'wasm-unsafe-eval' allows that and nothing else.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineHashes },
      // shiki colours tokens with style attributes; CSP can't hash attributes, so styles stay open.
      // Scripts are what the policy is for: script-src has neither 'unsafe-inline' nor 'unsafe-eval'.
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
});
