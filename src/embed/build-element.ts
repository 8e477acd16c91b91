/**
 * Builds the custom element <io-model-demo> into ONE self-contained ES module, OUT_DIR/embed/io-models.js
 * (after `astro build`, into the same out dir; see package.json). Self-contained: Svelte's runtime, the
 * simulator, both languages' strings and the highlighted code (baked in below, at build time) are inside,
 * and every component's CSS is compiled to one text (css 'external', one stylesheet) that `cssIntoSheet`
 * moves into the module, where styles.ts makes it the shadow roots' constructed sheet. Not css 'injected':
 * that writes <style> elements, which a host's strict CSP (style-src without 'unsafe-inline') refuses.
 * Usage: vite build -c src/embed/build-element.ts
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { highlightSnippet } from '../code/highlight.ts';
import { DEMO_STRINGS } from '../i18n/demo.ts';
import { STRINGS } from '../i18n/strings.ts';
import { MODELS } from '../sim/limits.ts';
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

/** Fails the build if anything but the one file would be written (a stray chunk or stylesheet). */
const oneFile: Plugin = {
  name: 'io-models-one-file',
  enforce: 'post',
  generateBundle(_, bundle) {
    const files = Object.keys(bundle);
    if (files.length !== 1 || files[0] !== 'io-models.js') this.error(`expected only io-models.js, got ${files.join(', ')}`);
  },
};

export default defineConfig(async (): Promise<UserConfig> => {
  const code = Object.fromEntries(await Promise.all(MODELS.map(async (m) => [m, await highlightSnippet(m)])));
  // Only the timeline demos' strings: the element never shows the serve or polling-price demos.
  const text = Object.fromEntries(
    Object.entries(DEMO_STRINGS).map(([locale, { ui, labels, labelsShort, stretch, models, narr }]) => [locale, { ui, labels, labelsShort, stretch, models, narr }]),
  );
  // The "Going further" demos' strings: the level/edge lab's and the price figure's.
  const further = Object.fromEntries(Object.entries(STRINGS).map(([locale, { many: { lab, price } }]) => [locale, { lab, price }]));
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
      oneFile,
    ],
    define: {
      __IO_CODE__: JSON.stringify(code),
      __IO_TEXT__: JSON.stringify(text),
      __IO_FURTHER__: JSON.stringify(further),
      __IO_SITE__: JSON.stringify(new URL(base, site).href),
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
      rolldownOptions: {
        input: 'src/embed/io-models.ts',
        output: { format: 'es', entryFileNames: 'io-models.js', codeSplitting: false },
      },
    },
  };
});
