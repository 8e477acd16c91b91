/**
 * Locked down: every page and embed page carries a strict script and style policy in a <meta> (a static host
 * may not let us set headers), lists in it exactly the hashes of the inline scripts and <style> blocks it
 * holds, its stylesheets being files of the site's own (no 'unsafe-inline' for either, so no style attribute either; an embed page, which has no search,
 * no 'wasm-unsafe-eval'), runs with no CSP violation once its demos have woken and played, and opens new
 * tabs only with rel=noopener. The hashes are computed here by the browser (crypto.subtle over the
 * scripts' and styles' text), not by the build's code.
 */
import { expect, test } from '@playwright/test';
import { SITE } from '../../playwright.config';
import { ALL_PAGES, EMBED_PAGES, frontmatterTitle, pathOf } from './routes';
import { watchErrors } from './watch';

const PAGES = [...ALL_PAGES, ...EMBED_PAGES.map((path) => ({ path, lang: path.startsWith('zh/') ? 'zh-CN' : 'en', locale: '', slug: '', embed: true }))];

// One load per page for everything that holds of every page: it answers, in its language and with its metadata,
// under its policy, with no console error, no request leaving the site and no search code until search opens.
for (const p of PAGES) {
  const path = p.path;
  test(`/${path} answers 200 in ${p.lang} with no console error, under a strict CSP that allows only its own inline scripts`, async ({ page }) => {
    const errors = watchErrors(page);
    const outside: string[] = [];
    const search: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(new URL(SITE).origin) && !r.url().startsWith('data:')) outside.push(r.url());
      if (/\/(pagefind\/|search\.js)/.test(new URL(r.url()).pathname)) search.push(r.url());
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'}`));
    });
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
    if (!('embed' in p)) {
      const title = frontmatterTitle(p.locale, p.slug);
      await expect(page.locator('h1')).toHaveText(title);
      if (p.slug) expect(await page.title()).toContain(title);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${p.path}$`));
      await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', new RegExp(`/${pathOf('zh/', p.slug)}$`));
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
    }

    // One policy, in <head>, ahead of every script (a <meta> policy covers only what follows it).
    const order = await page.evaluate(() => {
      const metas = document.querySelectorAll('meta[http-equiv="content-security-policy" i]');
      const first = document.querySelector('script');
      const meta = metas[0];
      return {
        count: metas.length,
        inHead: !!meta && meta.parentElement === document.head,
        beforeScripts: !!meta && (!first || !!(meta.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)),
        policy: meta?.getAttribute('content') ?? '',
      };
    });
    expect(order.count).toBe(1);
    expect(order.inHead).toBe(true);
    expect(order.beforeScripts).toBe(true);

    const directives = new Map(order.policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...sources] = d.split(/\s+/);
      return [name!, sources] as const;
    }));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    const scriptSrc = directives.get('script-src') ?? [];
    const hashes = scriptSrc.filter((s) => s.startsWith("'sha256-"));
    // Search runs WebAssembly; the embed pages have none.
    expect(scriptSrc.filter((s) => !hashes.includes(s))).toEqual(EMBED_PAGES.includes(path) ? ["'self'"] : ["'self'", "'wasm-unsafe-eval'"]);
    const styleSrc = directives.get('style-src') ?? [];
    const styleHashes = styleSrc.filter((s) => s.startsWith("'sha256-"));
    expect(styleSrc.filter((s) => !styleHashes.includes(s))).toEqual(["'self'"]);

    // The inline scripts and styles the browser has, hashed by the browser: exactly the policy's hashes.
    const inline = await page.evaluate(async () => {
      const hash = async (text: string) => {
        const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
        return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
      };
      const scripts: string[] = [];
      for (const s of document.querySelectorAll('script:not([src])')) {
        const type = s.getAttribute('type') ?? '';
        if (!/^(|module|text\/javascript)$/i.test(type)) continue;
        scripts.push(await hash(s.textContent ?? ''));
      }
      const styles: string[] = [];
      for (const s of document.querySelectorAll('style')) styles.push(await hash(s.textContent ?? ''));
      // The site's own CSS comes in files, which style-src 'self' allows without a hash; each one applied.
      const sheets = [...document.styleSheets].filter((s) => s.href).map((s) => ({ href: s.href!, rules: s.cssRules.length }));
      return { scripts, styles, sheets, styleAttributes: document.querySelectorAll('[style]').length };
    });
    expect(inline.scripts.length).toBeGreaterThan(0);
    expect([...new Set(hashes)].sort()).toEqual([...new Set(inline.scripts)].sort());
    expect([...new Set(styleHashes)].sort()).toEqual([...new Set(inline.styles)].sort());
    expect(inline.sheets.length, 'the page links its stylesheets').toBeGreaterThan(0);
    for (const sheet of inline.sheets) {
      expect(sheet.href.startsWith(new URL(SITE).origin), sheet.href).toBe(true);
      expect(sheet.rules, `${sheet.href} applied`).toBeGreaterThan(0);
    }
    expect(inline.styleAttributes).toBe(0);

    // Everything the page runs, run: the page scrolled through, the first demo's Play pressed (the press wakes
    // its island, client:interact, and acts once it is live).
    for (let y = 0; y < 12; y++) await page.mouse.wheel(0, 1500);
    const play = page.locator('button.play').first();
    if (await play.count()) {
      await play.scrollIntoViewIfNeeded();
      await play.click();
      // It left idle (playing, or already ended): the player ran.
      await expect(page.locator('.io-demo, .io-compare').first()).not.toHaveAttribute('data-status', 'idle');
    }
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    expect(outside, 'no request leaves the site').toEqual([]);
    expect(search, 'no search code before the reader opens search, demos loaded or not').toEqual([]);

    for (const rel of await page.locator('a[target="_blank"]').evaluateAll((as) => as.map((a) => a.getAttribute('rel') ?? ''))) {
      expect(rel.split(/\s+/)).toContain('noopener');
    }
  });
}
