/** The layout's UI strings (navigation, search, theme, pager, footer, 404), by key. */
import { STRINGS, type Strings } from './strings';
import type { Locale } from './locales';

/** A UI string key. */
export type UiKey = keyof Strings['site'];

/** The UI string `key` in `locale`. */
export function t(locale: Locale, key: UiKey): string {
  return STRINGS[locale].site[key];
}
