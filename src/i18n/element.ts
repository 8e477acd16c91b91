/**
 * The custom element's own strings, one message per attribute it could not read and its link back. The
 * element's bundle imports this module, so it takes each locale's `element` area by name and nothing else.
 */
import { element as en } from './en/strings';
import { element as zh } from './zh/strings';
import type { Locale } from './locales';

/** Every locale's element strings (a locale missing here is a type error). */
export const ELEMENT_STRINGS: Readonly<Record<Locale, Record<keyof typeof en, string>>> = { en, zh };
