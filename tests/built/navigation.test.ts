/**
 * Moving around the built site, followed through the files: the language switch of every page leads to the same
 * page in the other language, and the previous/next links of each language walk the pages in the notes' order
 * (tests/routes.ts's SLUGS), each one landing on a page whose h1 is its frontmatter title (content/); and every
 * page's sections have the same ids in every language (so the switch can keep the section being read).
 */
import { describe, expect, test } from 'vitest';
import { LOCALES, SLUGS, frontmatterTitle, pathOf } from '../routes';
import { PAGES, fromBase, isFile, htmlFile, page, text } from './dist';

describe('the language switch', () => {
  test.each(PAGES)('/$path links to the same page in the other language', (p) => {
    const links = [...page(p.path).querySelectorAll('[data-lang-switch]')];
    const others = LOCALES.filter((l) => l.locale !== p.locale);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(others.map((l) => `/${pathOf(l.prefix, p.slug)}`));
    for (const [i, l] of others.entries()) {
      expect(links[i]!.getAttribute('hreflang')).toBe(l.lang);
      const target = fromBase(links[i]!.getAttribute('href')!);
      expect(isFile(htmlFile(target))).toBe(true);
      expect(page(target).documentElement.getAttribute('lang')).toBe(l.lang);
    }
  });
});

describe.each(LOCALES)('previous and next, $locale', (l) => {
  const rel = (path: string, r: 'prev' | 'next') => [...page(path).querySelectorAll(`a[rel="${r}"]`)].map((a) => a.getAttribute('href')!);

  test("next walks the pages in the notes' order, each titled as its frontmatter says", () => {
    let at = pathOf(l.prefix, '');
    expect(rel(at, 'prev')).toEqual([]);
    for (const slug of SLUGS.slice(1)) {
      const next = rel(at, 'next');
      expect(next, `next of /${at}`).toEqual([`/${pathOf(l.prefix, slug)}`]);
      at = fromBase(next[0]!);
      expect(text(page(at).querySelector('h1'))).toBe(frontmatterTitle(l.locale, slug));
    }
    expect(rel(at, 'next')).toEqual([]);
  });

  test('previous walks them back', () => {
    let at = pathOf(l.prefix, SLUGS.at(-1)!);
    for (const slug of [...SLUGS].reverse().slice(1)) {
      const prev = rel(at, 'prev');
      expect(prev, `previous of /${at}`).toEqual([`/${pathOf(l.prefix, slug)}`]);
      at = fromBase(prev[0]!);
    }
    expect(rel(at, 'prev')).toEqual([]);
  });
});

describe('section ids', () => {
  // The language switch keeps the reader's section by its id (build/heading-ids.mjs gives every locale English's).
  test.each(SLUGS)('/%s: the same section ids in every language, ASCII slugs', (slug) => {
    const ids = LOCALES.map((l) => [...page(pathOf(l.prefix, slug)).querySelectorAll('.prose h2[id], .prose h3[id]')].map((h) => h.getAttribute('id')!));
    expect(ids[0]!.length).toBeGreaterThan(0);
    for (const other of ids.slice(1)) expect(other).toEqual(ids[0]);
    for (const id of ids[0]!) expect(id).toMatch(/^[a-z0-9_-]+$/);
  });
});
