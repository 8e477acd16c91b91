/**
 * What each built page says about itself, against content/: its language (the locale table), its h1, <title> and
 * og:title (the page's frontmatter title, read from content/<locale>/*.mdx by tests/routes.ts), a description, a
 * canonical address ending in its own path and a zh-CN alternate naming its Chinese twin. The embed pages point
 * search engines and readers to the page that explains their demo (canonical, and the credit link), carry no
 * robots meta (which would contradict the canonical), no site header, navigation or Embed box; they show the figure
 * and (each demo with a player) an enabled Play button, and their notes on a bad query are hidden by the page's CSS.
 */
import { describe, expect, test } from 'vitest';
import { frontmatterTitle, pathOf } from '../routes';
import { pagePath } from '~/embed/snippets';
import type { Locale } from '~/i18n/locales';
import { EMBEDS, PAGES, hiddenWithoutJs, page, text } from './dist';

describe.each(PAGES)('/$path', (p) => {
  const doc = page(p.path);
  const title = frontmatterTitle(p.locale, p.slug);

  test(`is in ${p.lang}, titled as its frontmatter says`, () => {
    expect(doc.documentElement.getAttribute('lang')).toBe(p.lang);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(text(doc.querySelector('h1'))).toBe(title);
    if (p.slug) expect(text(doc.querySelector('title'))).toContain(title);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(title);
  });

  test('has a description, its own canonical address and its Chinese twin as the zh-CN alternate', () => {
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(/.{20,}/);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`/${p.path}$`));
    expect(doc.querySelector('link[rel="alternate"][hreflang="zh-CN"]')?.getAttribute('href')).toMatch(new RegExp(`/${pathOf('zh/', p.slug)}$`));
  });
});

describe.each(EMBEDS)('/$path', (e) => {
  const doc = page(e.path);
  const back = pagePath(e.locale as Locale, e.model);

  test(`is in ${e.lang}, with the explaining page as canonical and a link back to it`, () => {
    expect(doc.documentElement.getAttribute('lang')).toBe(e.lang);
    // Canonical, not noindex: the two together send search engines opposite signals.
    expect(doc.querySelectorAll('meta[name="robots"]')).toHaveLength(0);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`${back}$`));
    expect(doc.querySelector('.embed-credit a')?.getAttribute('href')).toBe(back);
  });

  test('has no chrome; the figure, an enabled Play button (the price figure has no player), and no note until the query asks for one', () => {
    expect(doc.querySelectorAll('.site-header, nav, .embed-box')).toHaveLength(0);
    expect(doc.querySelectorAll(`main > .demo[data-frame="${e.model}"] svg`).length).toBeGreaterThan(0);
    if (e.model === 'epoll-lab') expect(doc.querySelectorAll('[data-run] svg')).toHaveLength(2);
    else if (e.model === 'many-price') expect(doc.querySelectorAll('[data-price-table] tr[data-api]')).toHaveLength(3);
    else expect(doc.querySelector('[data-lane="app"]')).not.toBeNull();
    if (e.model === 'many-price') return;
    // Enabled before the island is live: the press that wakes it is replayed (client:interact).
    const play = doc.querySelector('button.play');
    expect(play).not.toBeNull();
    expect(play!.hasAttribute('disabled')).toBe(false);
    const notes = [...doc.querySelectorAll('.embed-note')];
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(hiddenWithoutJs(e.path, n), n.getAttribute('data-note') ?? '').toBe(true);
  });
});
