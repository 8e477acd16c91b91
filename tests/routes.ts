/** The site's routes as the tests know them, from content/ and the embed models (not from the built site); shared by tests/e2e and tests/built. */
import { readFileSync } from 'node:fs';
import { EMBED_MODELS } from '~/embed/snippets';
import { LOCALE_TABLE } from '~/i18n/locales';

/** Page slugs in reading order ('' is home). */
export const SLUGS = [
  '',
  'concepts',
  'models/blocking',
  'models/nonblocking',
  'models/multiplexing',
  'models/signal-driven',
  'models/async',
  'summary',
  'further/many-sockets',
  'further/level-edge',
  'embed',
] as const;

/** Locales (from the site's one table), their `<html lang>` and URL prefix with its slash. */
export const LOCALES = LOCALE_TABLE.map((l) => ({ locale: l.code, lang: l.lang, prefix: l.prefix ? `${l.prefix}/` : '' }));

/** The path of a page relative to the site root, e.g. `zh/models/blocking/`; home is `''` or `zh/`. */
export function pathOf(prefix: string, slug: string): string {
  return slug ? `${prefix}${slug}/` : prefix;
}

/** The `title` in a page's frontmatter. */
export function frontmatterTitle(locale: string, slug: string): string {
  const file = `content/${locale}/${slug || 'index'}.mdx`;
  const m = /^title:\s*(.+)$/m.exec(readFileSync(file, 'utf8'));
  if (!m) throw new Error(`${file} has no title`);
  return m[1]!.trim().replace(/^(['"])(.*)\1$/, '$2');
}

/** Every page of both locales. */
export const ALL_PAGES = LOCALES.flatMap((l) => SLUGS.map((slug) => ({ ...l, slug, path: pathOf(l.prefix, slug) })));

/** Every chrome-less embed page (one per demo) of both locales, e.g. `zh/embed/blocking/`. */
export const EMBED_PAGES = EMBED_MODELS.flatMap((m) => LOCALES.map((l) => `${l.prefix}embed/${m}/`));
