/**
 * Builds the custom element <io-model-demo> into OUT_DIR/embed/ (after `astro build`, into the same out dir;
 * see package.json): the entry io-models.js (the element class, its frame, attribute checking, the one
 * stylesheet and Svelte's runtime) and, under chunks/, one chunk per family of demo kinds (kind-chunks.ts:
 * the timelines, the lab, the price figure), each with its islands, figure code, strings and highlighted code
 * (baked in below, at build time). The entry loads a kind's chunk with import() when an element of that kind
 * is shown; chunks import the entry and each other by relative paths, so the browser resolves them against
 * io-models.js's own URL, on any origin and under any base path. Every component's CSS, the chunks' too, is
 * compiled to one text (css 'external', cssCodeSplit off: one stylesheet) that `cssIntoSheet` moves into the
 * entry, where styles.ts makes it the shadow roots' constructed sheet. Not css 'injected': that writes
 * <style> elements, which a host's strict CSP (style-src without 'unsafe-inline') refuses.
 * Usage: vite build -c src/embed/build-element.ts
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { highlightSnippet } from '../code/highlight.ts';
import { DEMO_STRINGS } from '../i18n/demo.ts';
import { STRINGS } from '../i18n/strings.ts';
import { MODELS } from '../sim/limits.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { embedName } from './name.ts';
import type { EmbedModel } from './snippets.ts';
import { KIND_CHUNK } from './kind-chunks.ts';
import { aliases } from '../../build/aliases.mjs';

// The same variables as astro.config.mjs, so the element links back to the site it was built for.
const outDir = `${process.env.OUT_DIR || './dist'}/embed`;
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://io-models.example';

/**
 * In the components' styles, rem becomes px (16 per rem) outside media queries: in a shadow root, rem
 * still reads the HOST page's html font-size, which a blog may set to anything. Media queries keep rem,
 * which there means the browser's default size, not the page's.
 */
const remToPx = {
  style: ({ content }: { content: string }) => ({
    code: content.replace(/(@media[^{]*)|(-?\d*\.?\d+)rem\b/g, (_: string, media?: string, n?: string) =>
      media ?? `${+(Number(n) * 16).toFixed(2)}px`),
  }),
};

const CSS_PLACEHOLDER = /(["'`])@@io-models-component-css@@\1/;

/** Moves the build's one stylesheet into io-models.js, over styles.ts's placeholder string, and drops the file. */
const cssIntoSheet: Plugin = {
  name: 'io-models-css-into-sheet',
  // After Vite's own CSS plugin has emitted the stylesheet.
  enforce: 'post',
  generateBundle(_, bundle) {
    const sheets = Object.values(bundle).filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
    const css = sheets.map((f) => (f.type === 'asset' ? String(f.source) : '')).join('\n');
    for (const f of sheets) delete bundle[f.fileName];
    const entry = bundle['io-models.js'];
    if (entry?.type !== 'chunk' || !CSS_PLACEHOLDER.test(entry.code)) this.error('io-models.js lacks styles.ts\'s CSS placeholder');
    if (!css) this.error(`no component CSS was built: ${Object.keys(bundle).join(', ')}`);
    entry.code = entry.code.replace(CSS_PLACEHOLDER, () => JSON.stringify(css));
  },
};

const CHUNKS = new Set<string>(Object.values(KIND_CHUNK));

/**
 * Fails the build unless it writes exactly the layout the element expects: io-models.js the one entry; every
 * other file a JavaScript chunk under chunks/ (no stylesheet or other asset, nothing outside the embed folder);
 * and the chunks the entry loads with import() exactly kind-chunks.ts's, one each, named after them (the
 * budget test finds a kind's chunk by that name), each import() plain, without Vite's preload helper. A kind's
 * chunk may load more of its own on use (the model island's SVG export).
 */
const chunkLayout: Plugin = {
  name: 'io-models-chunk-layout',
  enforce: 'post',
  generateBundle(_, bundle) {
    const files = Object.values(bundle);
    const odd = files.filter((f) => f.type !== 'chunk' || (f.fileName !== 'io-models.js' && !/^chunks\/[\w-]+\.js$/.test(f.fileName)));
    if (odd.length) this.error(`expected only io-models.js and chunks/*.js, got ${odd.map((f) => f.fileName).join(', ')}`);
    const chunks = files.flatMap((f) => (f.type === 'chunk' ? [f] : []));
    const entries = chunks.filter((c) => c.isEntry).map((c) => c.fileName);
    if (entries.join() !== 'io-models.js') this.error(`expected io-models.js as the one entry, got ${entries.join(', ') || 'none'}`);
    const entry = chunks.find((c) => c.isEntry)!;
    if (/vite:preloadError|modulepreload/.test(entry.code)) this.error('io-models.js holds Vite\'s preload helper: build.lib must be set (see below)');
    const lazy = entry.dynamicImports.map((f) => bundle[f]);
    const names = lazy.map((c) => (c?.type === 'chunk' && c.fileName.startsWith(`chunks/${c.name}-`) ? c.name : '?')).sort();
    if (names.join() !== [...CHUNKS].sort().join()) {
      this.error(`expected io-models.js to import() one chunk per name of kind-chunks.ts (${[...CHUNKS].join(', ')}), got ${lazy.map((c) => c?.fileName).join(', ') || 'none'}`);
    }
  },
};

export default defineConfig(async (): Promise<UserConfig> => {
  const code = Object.fromEntries(await Promise.all(MODELS.map(async (m) => [m, await highlightSnippet(m)])));
  // Only the timeline demos' strings: the element never shows the serve or polling-price demos.
  const text = Object.fromEntries(
    Object.entries(DEMO_STRINGS).map(([locale, { ui, labels, labelsShort, stretch, models, narr }]) => [locale, { ui, labels, labelsShort, stretch, models, narr }]),
  );
  // The "Going further" demos' strings, the lab's with the player's (`ui`, from the timeline demos' strings).
  const lab = Object.fromEntries(Object.entries(STRINGS).map(([locale, { many }]) => [locale, { ui: DEMO_STRINGS[locale as Locale].ui, lab: many.lab }]));
  const price = Object.fromEntries(Object.entries(STRINGS).map(([locale, { many }]) => [locale, many.price]));
  const names = Object.fromEntries(LOCALES.map((l) => [l, Object.fromEntries((Object.keys(KIND_CHUNK) as EmbedModel[]).map((m) => [m, embedName(l, m)]))]));
  return {
    // The islands are built as the site builds them: the element's ModelIsland carries the experiments' wiring
    // and the hash's code too, which it never runs (it is `embedded`, owning neither a page nor its hash).
    resolve: { alias: aliases },
    publicDir: false,
    logLevel: 'warn',
    plugins: [
      svelte({
        configFile: false,
        emitCss: true,
        preprocess: [remToPx],
        compilerOptions: { css: 'external' },
      }),
      cssIntoSheet,
      chunkLayout,
    ],
    define: {
      __IO_CODE__: JSON.stringify(code),
      __IO_TEXT__: JSON.stringify(text),
      __IO_LAB__: JSON.stringify(lab),
      __IO_PRICE__: JSON.stringify(price),
      __IO_SITE__: JSON.stringify(new URL(base, site).href),
      __IO_NAMES__: JSON.stringify(names),
    },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      modulePreload: false,
      cssCodeSplit: false,
      reportCompressedSize: false,
      // Browsers with light-dark() (as the site needs): older targets make lightningcss rewrite it into a
      // custom-property trick that does not survive the shadow root.
      cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
      // A library build, because only that keeps Vite from wrapping each import() in its preload helper (which
      // adds <link> elements to the host's document and dispatches `vite:preloadError` on the host's window).
      // A library build would keep the entry's exports as written, so the code the chunks share (Svelte's
      // runtime) would go to a shared chunk the entry waits for: 'allow-extension' lets the entry hold it. Its ES
      // output keeps whitespace by default: minify it like any build.
      lib: { entry: 'src/embed/io-models.ts', formats: ['es'], fileName: () => 'io-models.js' },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
      },
    },
  };
});
