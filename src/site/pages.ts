/**
 * The site's page list, read from the content collection. Invariant: both locales have the same
 * relative paths; a page's slug is its path under content/<locale>/ without `.mdx` ('' for home).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale, LOCALES, localePath, type Locale } from '~/i18n/locales';

/** One page of the site with its locale, slug and base-relative URL path. */
export interface SitePage {
  entry: CollectionEntry<'pages'>;
  locale: Locale;
  slug: string;
  path: string;
}

/** Splits a collection id such as `zh/models/blocking` or `en/index` into locale and slug. */
function parseId(id: string): { locale: Locale; slug: string } {
  const [head, ...rest] = id.split('/');
  if (!isLocale(head)) throw new Error(`content/${id}: pages live under content/<locale>/, one of ${LOCALES.join(', ')}`);
  const slug = rest.join('/').replace(/(^|\/)index$/, '');
  return { locale: head, slug };
}

/** Every page of the site, each locale in reading order (frontmatter `order`). */
export async function allPages(): Promise<SitePage[]> {
  const entries = await getCollection('pages');
  return entries
    .map((entry) => {
      const { locale, slug } = parseId(entry.id);
      return { entry, locale, slug, path: localePath(locale, slug) };
    })
    .sort((a, b) => a.locale.localeCompare(b.locale) || a.entry.data.order - b.entry.data.order);
}
