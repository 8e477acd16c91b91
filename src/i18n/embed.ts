/**
 * The strings of the Embed disclosure under each demo and of the chrome-less embed pages (the words live in
 * src/i18n/<locale>/strings.ts). Server side only; the custom element's own strings are src/i18n/element.ts.
 * Messages name the attribute or query parameter and what is allowed, never the value that was given:
 * nothing a host writes is ever echoed back.
 */
import type { Locale } from './locales';
import { STRINGS, type Strings } from './strings';

/** A key of the embed strings. */
export type EmbedKey = keyof Strings['embed'];

/** Every locale's strings for the Embed disclosure and the embed pages. */
export const EMBED_STRINGS = Object.fromEntries(
  Object.entries(STRINGS).map(([locale, s]) => [locale, s.embed]),
) as Readonly<Record<Locale, Record<EmbedKey, string>>>;
