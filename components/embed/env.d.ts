/** Constants embed.vite.config.ts defines for the custom element's build. */

/** Each model's snippet, highlighted at build time (src/build/highlight.ts). */
declare const __IO_CODE__: Record<import('../../src/sim/types').ModelId, import('../../src/render/snippets').CodeTokens>;

/** The site's absolute root URL, base path included, ending in `/`: where the element links back to. */
declare const __IO_SITE__: string;

/** The timeline demos' strings of both languages (src/i18n/demo.ts without the serve and polling-price demos). */
declare const __IO_TEXT__: Record<
  import('../../src/i18n/ui').Locale,
  Pick<import('../../src/i18n/demo').DemoLocale, 'ui' | 'labels' | 'models' | 'narr'>
>;
