/** Constants src/embed/build-element.ts defines for the custom element's build. */

/** Each model's snippet, highlighted at build time (src/code/highlight.ts). */
declare const __IO_CODE__: Record<import('~/sim/types').ModelId, import('~/code/line-map').CodeTokens>;

/** The site's absolute root URL, base path included, ending in `/`: where the element links back to. */
declare const __IO_SITE__: string;

/** The timeline demos' strings of both languages (src/i18n/demo.ts without the serve and polling-price demos). */
declare const __IO_TEXT__: Record<
  import('~/i18n/locales').Locale,
  Pick<import('~/i18n/demo').DemoLocale, 'ui' | 'labels' | 'labelsShort' | 'stretch' | 'models' | 'narr'>
>;

/** The "Going further" demos' strings of both languages (src/i18n/<locale>/strings.ts, `many.lab` and `many.price`). */
declare const __IO_FURTHER__: Record<
  import('~/i18n/locales').Locale,
  Pick<import('~/i18n/strings').Strings['many'], 'lab' | 'price'>
>;
