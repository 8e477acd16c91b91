/**
 * Reads the custom element's attributes against whitelists. Pure. An absent attribute takes its default
 * silently; any other value outside the whitelist takes the default and is reported by name (never by
 * value), so the element can say what it could not read without echoing a host's text.
 */
import { LOCALES, type Locale } from '~/i18n/locales';
import { EMBED_MODELS, type EmbedModel } from './snippets';
import { EMBED_THEMES } from './query';

/** How the demo picks its colours: the system's preference, or pinned. */
type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The attributes the element understands. */
export type EmbedAttribute = 'model' | 'lang' | 'theme';

/** What the element shows, and which attributes it had to replace by their default. */
export interface ElementConfig { model: EmbedModel; locale: Locale; theme: EmbedTheme; bad: EmbedAttribute[] }


/** `value` if it is one of `allowed` (ignoring case and surrounding space), else `allowed[0]`, noting `name`. */
function pick<T extends string>(value: unknown, allowed: readonly T[], name: EmbedAttribute, bad: EmbedAttribute[]): T {
  if (value === undefined || value === null) return allowed[0]!;
  const v = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const hit = allowed.find((a) => a === v);
  if (hit === undefined) bad.push(name);
  return hit ?? allowed[0]!;
}

/** The element's configuration from its raw attribute values (strings, or undefined when absent). */
export function readAttributes(model: unknown, lang: unknown, theme: unknown): ElementConfig {
  const bad: EmbedAttribute[] = [];
  return {
    model: pick(model, EMBED_MODELS, 'model', bad),
    locale: pick(lang, LOCALES, 'lang', bad),
    theme: pick(theme, EMBED_THEMES, 'theme', bad),
    bad,
  };
}
