import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ALL_PAGES, EMBED_PAGES, LOCALES, SLUGS, frontmatterTitle, pathOf } from './routes';
import { watchErrors } from './watch';
import { siteScripts } from './wake';

test('the language switcher keeps the reader on the same page', async ({ page }) => {
  test.setTimeout(120_000); // 18 page loads, demo pages among them
  for (const slug of SLUGS) {
    await page.goto(pathOf('', slug));
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`/${pathOf('zh/', slug)}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`/${pathOf('', slug)}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
});

for (const l of LOCALES) {
  test(`previous/next links walk the ${l.locale} pages in the notes' order`, async ({ page }) => {
    await page.goto(pathOf(l.prefix, ''));
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    for (const slug of SLUGS.slice(1)) {
      await page.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(new RegExp(`/${pathOf(l.prefix, slug)}$`));
      await expect(page.locator('h1')).toHaveText(frontmatterTitle(l.locale, slug));
    }
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    for (const slug of [...SLUGS].reverse().slice(1)) {
      await page.locator('a[rel="prev"]').click();
      await expect(page).toHaveURL(new RegExp(`/${pathOf(l.prefix, slug)}$`));
    }
  });
}

// Stevens, UNP vol. 1, Figure 6.6: is the process blocked during phase 1 (wait) and phase 2 (copy)?
const FIGURE_6_6 = {
  blocking: { wait: 'true', copy: 'true' },
  nonblocking: { wait: 'false', copy: 'true' },
  multiplexing: { wait: 'true', copy: 'true' },
  'signal-driven': { wait: 'false', copy: 'true' },
  async: { wait: 'false', copy: 'false' },
};

for (const l of LOCALES) {
  test(`the ${l.locale} summary table reads as the brief says`, async ({ page }) => {
    await page.goto(pathOf(l.prefix, 'summary'));
    const rows = await page.locator('table[data-summary] tr[data-model]').evaluateAll((trs) =>
      trs.map((tr) => ({
        model: tr.getAttribute('data-model'),
        wait: tr.querySelector('td[data-phase="wait"]')?.getAttribute('data-blocked'),
        copy: tr.querySelector('td[data-phase="copy"]')?.getAttribute('data-blocked'),
        text: (tr as HTMLElement).innerText.trim(),
      })),
    );
    expect(rows.map((r) => r.model)).toEqual(Object.keys(FIGURE_6_6));
    for (const r of rows) {
      expect({ wait: r.wait, copy: r.copy }, r.model!).toEqual(FIGURE_6_6[r.model as keyof typeof FIGURE_6_6]);
      expect(r.text.length).toBeGreaterThan(20);
    }
  });
}

const SEARCHES = [
  { path: 'concepts/', term: 'EWOULDBLOCK', lang: 'en' },
  { path: 'zh/concepts/', term: '多路复用', lang: 'zh' },
];
for (const s of SEARCHES) {
  test(`search finds "${s.term}" in the ${s.lang} pages`, async ({ page }) => {
    const errors = watchErrors(page);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(s.path);
    // Only the page's own script (src/site/site.js) before the reader opens search.
    const own = await siteScripts(page);
    expect(scripts, 'no search code before the reader opens search').toEqual(own);
    await page.getByRole('button', { name: s.lang === 'en' ? 'Search' : '搜索' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('searchbox').fill(s.term);
    const first = dialog.locator('.search-results a').first();
    await expect(first).toBeVisible();
    // The page's own language first; a page of another language is marked with its lang (reading.spec.ts).
    const hits = await dialog.locator('.search-results li').evaluateAll((lis) =>
      lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, other: li.hasAttribute('lang') })),
    );
    expect(hits[0]!.other).toBe(false);
    for (const h of hits) expect(h.href.startsWith('/zh/')).toBe((s.lang === 'zh') !== h.other);
    await expect(dialog.locator('.search-results mark').first()).toBeVisible();
    expect(scripts.some((u) => u.includes('/pagefind/'))).toBe(true);
    await first.click();
    await expect(page.locator('h1')).toBeVisible();
    expect(errors).toEqual([]);
  });
}

const NO_DEMO = ALL_PAGES.filter((p) => p.slug === '' || p.slug === 'concepts');
for (const p of NO_DEMO) {
  test(`${p.path || '/'} has no demo and loads only the site script`, async ({ page }) => {
    const files: string[] = [];
    page.on('request', (r) => {
      if (['script', 'fetch', 'xhr'].includes(r.resourceType())) files.push(r.url());
    });
    await page.goto(p.path);
    await page.mouse.wheel(0, 20_000);
    await page.waitForLoadState('networkidle');
    // One script file, the site's (src/site/site.js), a hashed file under /_astro/ that every page links.
    const src = await siteScripts(page);
    expect(src).toHaveLength(1);
    expect(new URL(src[0]!).pathname).toMatch(/\/_astro\/[^/]+\.js$/);
    expect(files).toEqual(src);
    expect(await page.locator('astro-island').count()).toBe(0);
    // The same file on a demo page: a reader's walk fetches it once (a copy per page would be fetched again).
    const demoPage = await (await page.request.get('models/async/')).text();
    expect(demoPage).toContain(`<script type="module" src="${new URL(src[0]!).pathname}">`);
  });
}

test('the theme toggle flips the theme, remembers it, and follows the system by default', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('concepts/');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const darkBg = await bg();
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await bg()).not.toBe(darkBg);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await bg()).toBe('rgb(255, 255, 255)');
});

test('code blocks are highlighted and have a copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('models/blocking/');
  const block = page.locator('.code-wrap:has(pre[data-language="c"])').first();
  // Tokens are classes (no style attribute: the CSP allows none), coloured by the palette.
  const keyword = block.locator('pre.astro-code span.tk-keyword').first();
  await expect(keyword).toBeVisible();
  const colours = await keyword.evaluate((k) => [getComputedStyle(k).color, getComputedStyle(k.closest('pre')!).color]);
  expect(colours[0]).not.toBe(colours[1]);
  await expect(block.locator('[style]')).toHaveCount(0);
  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('recvfrom');
});

for (const l of LOCALES) {
  test(`the ${l.locale} 404 page is in its language and links home`, async ({ page }) => {
    const res = await page.goto(l.locale === 'en' ? '404.html' : 'zh/404.html');
    expect(res?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await page.locator('main a').click();
    await expect(page).toHaveURL(new RegExp(`/${l.prefix}$`));
  });
}

test('a missing page answers 404 in the language of its path: /zh/… with dist/zh/404.html, as hosts pick the nearest 404.html', async ({ page }) => {
  for (const [path, lang] of [['no/such/page/', 'en'], ['zh/no/such/page/', 'zh-CN'], ['zh/models/nope/', 'zh-CN']] as const) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
  }
});

test('the build gives static hosts a _headers file that lets other origins load the embeds', async ({ request, baseURL }) => {
  const headers = readFileSync('dist/_headers', 'utf8');
  expect(headers).toMatch(/^\/embed\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
  // The test server (scripts/serve.mjs) applies it, as Netlify and Cloudflare Pages do, and never serves it.
  const res = await request.get(new URL('embed/io-models.js', baseURL).href);
  expect(res.headers()['access-control-allow-origin']).toBe('*');
  expect((await request.get(new URL('models/blocking/', baseURL).href)).headers()['access-control-allow-origin']).toBeUndefined();
  expect((await request.get(new URL('_headers', baseURL).href)).status()).toBe(404);
  // The hashed files (the demos' scripts) are cached without asking again; pages are not.
  expect(headers).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  const html = await (await request.get(new URL('models/blocking/', baseURL).href)).text();
  const js = /component-url="\/(_astro\/[^"]+\.js)"/.exec(html)?.[1];
  expect(js, 'a demo script file').toBeTruthy();
  expect((await request.get(new URL(js!, baseURL).href)).headers()['cache-control']).toContain('immutable');
  expect((await request.get(new URL('models/blocking/', baseURL).href)).headers()['cache-control'] ?? '').not.toContain('immutable');
});

test('a sitemap lists every page of both languages', async ({ request }) => {
  const index = await (await request.get('sitemap-index.xml')).text();
  const sitemap = /<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/.exec(index)?.[1];
  expect(sitemap).toBeTruthy();
  const xml = await (await request.get(sitemap!)).text();
  for (const p of ALL_PAGES) expect(xml).toContain(`/${p.path}</loc>`);
});

// 320 px: the narrowest phone. 640 px: a 1280 px window at 200% zoom (WCAG 1.4.4 and 1.4.10).
for (const width of [320, 640]) {
  test(`at ${width} px no page or embed page scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 640 });
    const paths = [...ALL_PAGES.map((p) => p.path), ...EMBED_PAGES];
    for (const path of paths) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `/${path}`).toBeLessThanOrEqual(0);
    }
  });
}
