import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

import { EMBED_PAGES } from './routes';
import { siteScripts, wake, wakeIsland } from './wake';

interface Budget { firstView: number; demoJs: number }
const { pages, embeds } = JSON.parse(readFileSync('budgets.json', 'utf8')) as {
  pages: Record<string, Budget>;
  embeds: { files: Record<string, number>; pageJs: number };
};
const gzip = (body: Buffer) => gzipSync(body, { level: 9 }).length;

// Byte budgets are deterministic (same build, same bytes), so they are asserted; timings are not (npm run bench).
for (const [path, budget] of Object.entries(pages)) {
  test(`/${path} stays within its byte budget`, async ({ page, browser }) => {
    const { loaded, settled } = record(page);
    // A viewport too short to show any demo: what loads here is the first view without demo code.
    await page.setViewportSize({ width: 412, height: 120 });
    await page.goto(path, { waitUntil: 'networkidle' });
    await settled();
    // The site script is part of the first view; every other script file is a demo's.
    const site = new Set(await siteScripts(page));
    const sum = (types: string[]) => loaded.filter((r) => types.includes(r.type)).reduce((n, r) => n + r.gz, 0);
    const demoSum = () => loaded.filter((r) => r.type === 'script' && !site.has(r.url)).reduce((n, r) => n + r.gz, 0);
    const firstView = sum(['document', 'stylesheet', 'script']);
    const firstJs = demoSum();
    await page.setViewportSize({ width: 412, height: 823 });
    for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 400) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(50);
    }
    await page.waitForLoadState('networkidle');
    await settled();
    const seenJs = demoSum();
    // Then a demo is touched (its island hydrates on a first touch: client:interact): the JavaScript it loads
    // is that demo's. The budget is per demo, so a page's other demos (the serve demo and the polling chart
    // beside a model demo) are each woken alone, on a fresh load of the page in a context of their own.
    const islands = await page.locator('astro-island').count();
    const demoJs: number[] = [];
    if (islands > 0) {
      await wakeIsland(page, 0);
      await page.waitForLoadState('networkidle');
      await settled();
      demoJs.push(demoSum() - firstJs);
    }
    for (let i = 1; i < islands; i++) {
      const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
      demoJs.push(await islandScript(await context.newPage(), path, i));
      await context.close();
    }
    expect.soft(firstJs, 'no demo script before a demo is visible').toBe(0);
    expect.soft(seenJs, 'no demo script for demos seen but not touched').toBe(0);
    expect.soft(firstView, `first view ${firstView} B gzip`).toBeLessThanOrEqual(budget.firstView);
    demoJs.forEach((js, i) => expect.soft(js, `demo ${i + 1} of ${islands}: its JavaScript ${js} B gzip`).toBeLessThanOrEqual(budget.demoJs));
    expect(demoJs.every((js) => js > 0), 'every demo loads a script of its own once touched').toBe(true);
  });
}

/** The JavaScript (gzip bytes) a fresh load of the page fetches once its i-th demo alone is touched. */
async function islandScript(page: Page, path: string, i: number): Promise<number> {
  const { loaded, settled } = record(page);
  await page.goto(path, { waitUntil: 'networkidle' });
  await settled();
  // What the page loads on its own is the site script; any other script is the demo's (none loads before a touch, checked above).
  const site = new Set(await siteScripts(page));
  await wakeIsland(page, i);
  await page.waitForLoadState('networkidle');
  await settled();
  return loaded.filter((r) => r.type === 'script' && !site.has(r.url)).reduce((n, r) => n + r.gz, 0);
}

/**
 * What the page receives, each file once (however many responses Chromium reports for it: a module script can
 * be reported by both the preload scanner and the parser), with the gzip size of its body; settled() waits
 * for the bodies announced so far.
 */
function record(page: Page): { loaded: { type: string; gz: number; url: string }[]; settled: () => Promise<unknown> } {
  const loaded: { type: string; gz: number; url: string }[] = [];
  const pending: Promise<void>[] = [];
  const seen = new Set<string>();
  page.on('response', (res) => {
    if (seen.has(res.url())) return;
    seen.add(res.url());
    pending.push(
      res.body().then(
        (body) => void loaded.push({ type: res.request().resourceType(), gz: gzip(body), url: res.url() }),
        () => undefined, // a redirect or an aborted request has no body
      ),
    );
  });
  return { loaded, settled: () => Promise.all(pending) };
}

for (const [file, budget] of Object.entries(embeds.files)) {
  test(`/${file} stays within ${budget} B gzip`, async ({ request }) => {
    const res = await request.get(file);
    expect(res.ok()).toBe(true);
    const size = gzip(await res.body());
    expect(size, `${file}: ${size} B gzip`).toBeLessThanOrEqual(budget);
  });
}

test('every embed page loads at most its JavaScript budget once its demo runs', async ({ page }) => {
  for (const path of EMBED_PAGES) {
    const scripts: Promise<number>[] = [];
    const listen = (res: import('@playwright/test').Response) => {
      if (res.request().resourceType() === 'script') scripts.push(res.body().then(gzip, () => 0));
    };
    page.on('response', listen);
    await page.goto(path);
    await wake(page.locator('.io-demo, .io-compare').first());
    await page.waitForLoadState('networkidle');
    page.off('response', listen);
    const js = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    expect.soft(js, `/${path}: ${js} B gzip of JavaScript`).toBeLessThanOrEqual(embeds.pageJs);
    expect(scripts.length, `/${path} loads its demo's script`).toBeGreaterThan(0);
  }
});

// build/no-client-css.mjs keeps the demos' component CSS off pages without a demo; if it ever stopped
// matching, text pages would grow by the demo chunk's CSS and nothing else would say why. A page's CSS is
// its <style> blocks and the stylesheet files it links (the site's CSS is in files: astro.config.mjs).
test('pages without a demo carry no demo or Svelte component CSS', () => {
  const outDir = process.env.OUT_DIR || 'dist';
  const base = process.env.BASE_PATH || '/';
  let linked = 0;
  for (const path of ['', 'concepts/', 'embed/', 'zh/', 'zh/concepts/', 'zh/embed/']) {
    const html = readFileSync(`${outDir}/${path}index.html`, 'utf8');
    const files = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])![1]!);
    linked += files.length;
    const css = [
      ...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]),
      ...files.map((href) => readFileSync(`${outDir}/${href.slice(base.length)}`, 'utf8')),
    ].join('\n');
    expect(css, `/${path}: a Svelte component's CSS`).not.toMatch(/\.svelte-[a-z0-9]+/);
    expect(css, `/${path}: the demos' colours`).not.toContain('--st-wait');
  }
  expect(linked, 'the pages link their stylesheets').toBeGreaterThan(0);
});
