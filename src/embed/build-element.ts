/**
 * Builds the custom element <io-model-demo> into ONE self-contained ES module, OUT_DIR/embed/io-models.js
 * (after `astro build`, into the same out dir; see package.json). Self-contained: Svelte's runtime, the
 * simulator, both languages' strings and the highlighted code (baked in below, at build time) are inside,
 * and every component's CSS is compiled in (css 'injected') and lands in the element's shadow root.
 * Usage: vite build -c src/embed/build-element.ts
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { highlightSnippet } from '../code/highlight.ts';
import { DEMO_STRINGS } from '../i18n/demo.ts';
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

/** Fails the build if anything but the one file would be written (a stray chunk or stylesheet). */
const oneFile: Plugin = {
  name: 'io-models-one-file',
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
  return {
    resolve: { alias: aliases },
    publicDir: false,
    logLevel: 'warn',
    plugins: [
      svelte({
        configFile: false,
        emitCss: false,
        preprocess: [remToPx],
        compilerOptions: { css: 'injected' },
      }),
      oneFile,
    ],
    define: {
      __IO_CODE__: JSON.stringify(code),
      __IO_TEXT__: JSON.stringify(text),
      __IO_SITE__: JSON.stringify(new URL(base, site).href),
    },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      modulePreload: false,
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
