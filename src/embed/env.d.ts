/**
 * Constants src/embed/build-element.ts defines for the custom element's build. Each is named in one module:
 * the entry's in baked.ts, a kind's in its chunk's module (src/embed/kinds/).
 */

/** The site's absolute root URL, base path included, ending in `/`: where the element links back to. */
declare const __IO_SITE__: string;

/** Each embeddable demo's name in each language (src/embed/name.ts). */
declare const __IO_NAMES__: Record<import('~/i18n/locales').Locale, Record<import('./snippets').EmbedModel, string>>;

/** Each model's snippet, highlighted at build time (src/code/highlight.ts). */
declare const __IO_CODE__: Record<import('~/sim/types').ModelId, import('~/code/line-map').CodeTokens>;

/** The timeline demos' strings of both languages (src/i18n/demo.ts without the serve and polling-price demos). */
declare const __IO_TEXT__: Record<
  import('~/i18n/locales').Locale,
  Pick<import('~/i18n/demo').DemoLocale, 'ui' | 'labels' | 'labelsShort' | 'stretch' | 'models' | 'narr'>
>;

/** The level/edge lab's strings of both languages (src/i18n/<locale>/strings.ts's `many.lab`) and the player's (`ui`). */
declare const __IO_LAB__: Record<
  import('~/i18n/locales').Locale,
  { ui: import('~/i18n/demo').DemoLocale['ui']; lab: import('~/i18n/strings').Strings['many']['lab'] }
>;

/** The price figure's strings of both languages (src/i18n/<locale>/strings.ts's `many.price`). */
declare const __IO_PRICE__: Record<import('~/i18n/locales').Locale, import('~/i18n/strings').Strings['many']['price']>;
