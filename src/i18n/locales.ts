/**
 * The site's locales, in one table, and the helpers that read it. Adding a language is a row here, a
 * strings file (src/i18n/<code>/strings.ts, registered in src/i18n/strings.ts) and a content folder
 * (content/<code>/, the same relative paths as content/en/). Nothing else names a locale. This module holds
 * no strings, so client code may import it.
 */

/** Every locale: its code (content folder and URL prefix), BCP 47 tag, Open Graph locale and own name. */
export const LOCALE_TABLE = [
  { code: 'en', lang: 'en', og: 'en_US', name: 'English', prefix: '' },
  { code: 'zh', lang: 'zh-CN', og: 'zh_CN', name: '中文', prefix: 'zh' },
] as const;

/** One of the site's locales. */
export type Locale = (typeof LOCALE_TABLE)[number]['code'];

/** The locale codes, default first. */
export const LOCALES: readonly Locale[] = LOCALE_TABLE.map((l) => l.code);

/** The locale served at the root. */
export const DEFAULT_LOCALE: Locale = LOCALES[0];

/** Whether `value` is one of the locale codes. */
export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

/** A page's locale from Astro.currentLocale (or any string): an unknown one, or none, is the default. */
export function asLocale(current: string | undefined): Locale {
  return isLocale(current) ? current : DEFAULT_LOCALE;
}

/** BCP 47 tags for `<html lang>` and hreflang. */
export const HTML_LANG = Object.fromEntries(LOCALE_TABLE.map((l) => [l.code, l.lang])) as Record<Locale, string>;

/** Open Graph locales (`og:locale`). */
export const OG_LOCALE = Object.fromEntries(LOCALE_TABLE.map((l) => [l.code, l.og])) as Record<Locale, string>;

/** The URL prefix of each locale ('' for the default). */
const LOCALE_PREFIX = Object.fromEntries(LOCALE_TABLE.map((l) => [l.code, l.prefix])) as Record<Locale, string>;

/** A `[...locale]` page's static paths: one per locale (the default at the root, no prefix), the locale as its prop. */
export function localeRoutes(): { params: { locale: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale: LOCALE_PREFIX[locale] || undefined }, props: { locale } }));
}

/** The base-relative URL path of `slug` ('' for home) in `locale`, with a trailing slash. */
export function localePath(locale: Locale, slug: string): string {
  const parts = [LOCALE_PREFIX[locale], slug].filter(Boolean).join('/');
  return parts ? `/${parts}/` : '/';
}

/** Prefixes a root-relative path with the configured base path. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  return base + path;
}
