/**
 * Locked down, read from the built pages: every page and embed page carries one strict policy in a <meta> (a static
 * host may not let us set headers), in <head> ahead of every script, listing exactly the SHA-256 hashes of the inline
 * scripts and <style> blocks the page holds, hashed here with node:crypto over the parsed text (not by the build's
 * code, build/csp-per-page.mjs); no style attribute anywhere (style-src has no 'unsafe-inline'); stylesheets are
 * non-empty files of the site; new tabs open with rel=noopener. Search runs WebAssembly ('wasm-unsafe-eval'); the
 * embed pages have no search and no such source.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { EMBEDS, PAGES, bytes, fromBase, isFile, page } from './dist';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const sorted = (xs: string[]) => [...new Set(xs)].sort();

const ALL = [...PAGES.map((p) => ({ path: p.path, embed: false })), ...EMBEDS.map((e) => ({ path: e.path, embed: true }))];

describe.each(ALL)('/$path', ({ path, embed }) => {
  const doc = page(path);
  const metas = [...doc.querySelectorAll('meta[http-equiv]')].filter((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy');
  const policy = metas[0]?.getAttribute('content') ?? '';
  const directives = new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...sources] = d.split(/\s+/);
    return [name!, sources] as const;
  }));

  test('one policy, in <head>, ahead of every script (a <meta> policy covers only what follows it)', () => {
    expect(metas).toHaveLength(1);
    const meta = metas[0]!;
    expect(meta.parentElement).toBe(doc.head);
    // Document order, as querySelectorAll lists elements.
    const order = [...doc.querySelectorAll('meta, script')];
    for (const s of doc.querySelectorAll('script')) expect(order.indexOf(s), s.outerHTML.slice(0, 80)).toBeGreaterThan(order.indexOf(meta));
  });

  test("default-src 'self', object-src 'none', base-uri 'self'", () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
  });

  test('script-src: the hashes of exactly its inline scripts', () => {
    const scriptSrc = directives.get('script-src') ?? [];
    const hashes = scriptSrc.filter((s) => s.startsWith("'sha256-"));
    expect(scriptSrc.filter((s) => !hashes.includes(s))).toEqual(embed ? ["'self'"] : ["'self'", "'wasm-unsafe-eval'"]);
    const inline = [...doc.querySelectorAll('script:not([src])')]
      .filter((s) => /^(|module|text\/javascript)$/i.test(s.getAttribute('type') ?? ''))
      .map((s) => hash(s.textContent ?? ''));
    expect(inline.length).toBeGreaterThan(0);
    expect(sorted(hashes)).toEqual(sorted(inline));
  });

  test("style-src: 'self' and the hashes of exactly its <style> blocks; no style attribute anywhere", () => {
    const styleSrc = directives.get('style-src') ?? [];
    const hashes = styleSrc.filter((s) => s.startsWith("'sha256-"));
    expect(styleSrc.filter((s) => !hashes.includes(s))).toEqual(["'self'"]);
    expect(sorted(hashes)).toEqual(sorted([...doc.querySelectorAll('style')].map((s) => hash(s.textContent ?? ''))));
    expect([...doc.querySelectorAll('[style]')].map((e) => e.outerHTML.slice(0, 80))).toEqual([]);
  });

  test('its stylesheets are non-empty files of the site', () => {
    const hrefs = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href') ?? '');
    expect(hrefs.length, 'the page links its stylesheets').toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href, 'a path on the site').toMatch(/^\/(?!\/)/);
      const file = fromBase(href);
      expect(isFile(file), href).toBe(true);
      expect(bytes(file).toString('utf8'), `${href} has rules`).toMatch(/\{[^}]*\}/);
    }
  });

  test('links that open a new tab carry rel=noopener', () => {
    for (const a of doc.querySelectorAll('a[target="_blank"]')) expect((a.getAttribute('rel') ?? '').split(/\s+/), a.outerHTML).toContain('noopener');
  });
});
