/**
 * The site's UI strings and locale helpers. Invariant: every key exists in both locales
 * (the `satisfies` below makes a missing Chinese string a type error).
 */

/** The site's locales; `en` is served at the root, `zh` under /zh/. */
export const LOCALES = ['en', 'zh'] as const;
/** One of the site's locales. */
export type Locale = (typeof LOCALES)[number];

/** A page's locale from Astro.currentLocale: anything but `zh` (or none) is the default, `en`. */
export function asLocale(current: string | undefined): Locale {
  return current === 'zh' ? 'zh' : 'en';
}

/** BCP 47 tags for `<html lang>` and hreflang. */
export const HTML_LANG: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

const en = {
  'site.name': 'I/O models',
  'site.tagline': 'The five network I/O models, step by step',
  'skip': 'Skip to content',
  'nav.label': 'Pages',
  'nav.open': 'Menu',
  'toc.label': 'On this page',
  'lang.switch': '中文',
  'lang.switchLabel': '阅读中文版',
  'theme.toggle': 'Dark theme',
  'search.open': 'Search',
  'search.label': 'Search the site',
  'search.placeholder': 'Search…',
  'search.close': 'Close',
  'search.none': 'No results.',
  'search.error': 'Search is unavailable: its index was not found.',
  'search.loading': 'Loading…',
  'pager.label': 'Previous and next pages',
  'pager.prev': 'Previous',
  'pager.next': 'Next',
  'code.copy': 'Copy',
  'code.copied': 'Copied',
  'footer.text': 'Sources: Stevens, UNIX Network Programming vol. 1, §6.2; POSIX.1-2024. No cookies, no trackers.',
  'notfound.title': 'Page not found',
  'notfound.text': 'There is no page at this address. Try the home page or the search.',
  'notfound.home': 'Go to the home page',
};

const zh = {
  'site.name': 'I/O 模型',
  'site.tagline': '五种网络 I/O 模型，一步一步看',
  'skip': '跳到正文',
  'nav.label': '页面',
  'nav.open': '目录',
  'toc.label': '本页内容',
  'lang.switch': 'English',
  'lang.switchLabel': 'Read this page in English',
  'theme.toggle': '深色主题',
  'search.open': '搜索',
  'search.label': '搜索本站',
  'search.placeholder': '搜索…',
  'search.close': '关闭',
  'search.none': '没有结果。',
  'search.error': '搜索不可用：找不到索引。',
  'search.loading': '加载中…',
  'pager.label': '上一页和下一页',
  'pager.prev': '上一页',
  'pager.next': '下一页',
  'code.copy': '复制',
  'code.copied': '已复制',
  'footer.text': '资料来源：Stevens《UNIX 网络编程》卷 1 §6.2；POSIX.1-2024。无 Cookie，无跟踪。',
  'notfound.title': '页面不存在',
  'notfound.text': '这个地址没有页面。请回到首页或使用搜索。',
  'notfound.home': '回到首页',
} satisfies Record<keyof typeof en, string>;

const STRINGS: Record<Locale, Record<keyof typeof en, string>> = { en, zh };

/** A UI string key. */
export type UiKey = keyof typeof en;

/** The UI string `key` in `locale`. */
export function t(locale: Locale, key: UiKey): string {
  return STRINGS[locale][key];
}

/** `/zh/models/blocking/` → `['zh', 'models/blocking']`; the path is relative to the base. */
export function splitLocale(path: string): [Locale, string] {
  const clean = path.replace(/^\/+|\/+$/g, '');
  if (clean === 'zh' || clean.startsWith('zh/')) return ['zh', clean.slice(3)];
  return ['en', clean];
}

/** The base-relative URL path of `slug` ('' for home) in `locale`, with a trailing slash. */
export function localePath(locale: Locale, slug: string): string {
  const parts = [locale === 'zh' ? 'zh' : '', slug].filter(Boolean).join('/');
  return parts ? `/${parts}/` : '/';
}

/** Prefixes a root-relative path with the configured base path. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  return base + path;
}
