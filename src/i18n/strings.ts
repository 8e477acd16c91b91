/**
 * Every locale's strings, checked against English's: a key missing from a locale's file is a type error
 * here. Server and build code read strings through this module; islands get one locale's strings as props,
 * and the custom element imports only the `element` area (src/i18n/element.ts).
 */
import * as en from './en/strings.ts';
import * as zh from './zh/strings.ts';
import type { Locale } from './locales';

/** `T` with every string literal type widened to string, so a translation may say anything. */
type Widen<T> = T extends string ? string : T extends readonly (infer U)[] ? Widen<U>[] : { [K in keyof T]: Widen<T[K]> };

/** The shape of one locale's strings: English's areas and keys. */
export type Strings = Widen<typeof en>;

/** Every locale's strings. */
export const STRINGS: Readonly<Record<Locale, Strings>> = { en, zh };
