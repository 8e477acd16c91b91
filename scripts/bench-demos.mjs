/**
 * Prints, per page with a demo, the JavaScript it loads before any touch (the site script), then for each of its
 * islands, on a fresh load, the JavaScript that touching that demo alone adds (files, raw and gzip KB, from what the
 * browser fetched): every island hydrates on the reader's first touch (client:interact). Then the longest
 * main-thread task while the page's first timeline demo plays to the end at 1×.
 * Measures the built site (run `npx astro build` first; DIST=dist-foo to measure another build). The byte
 * ceilings are asserted in tests/built/budgets.test.ts; this prints figures and asserts nothing.
 * Usage: node scripts/bench-demos.mjs [--quick]
 */
import { launchChromium, scriptBytes, serveDist } from './lib/measure.mjs';

const DIST = process.env.DIST || 'dist';
const PORT = 4410;
const PAGES = [
  'models/blocking/', 'models/nonblocking/', 'models/multiplexing/', 'models/signal-driven/', 'models/async/', 'summary/',
];
const quick = process.argv.includes('--quick');
const paths = quick ? PAGES : [...PAGES, ...PAGES.map((p) => `zh/${p}`)];

const server = await serveDist(DIST, PORT);
const browser = await launchChromium();
const kb = (n) => (n / 1024).toFixed(1);
const row = (label, t, extra = '') =>
  console.log(label.padEnd(34), String(t.files).padStart(5), kb(t.raw).padStart(7), kb(t.gz).padStart(8), extra);

/** A fresh page at `path`, loaded and settled, with a longest-task recorder. */
async function load(path) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
  return page;
}

console.log('page, then each demo touched alone'.padEnd(34), 'files', ' raw KB', ' gzip KB', 'longest task ms (play to end, 1×)');
for (const path of paths) {
  const first = await load(path);
  const before = await scriptBytes(first, DIST);
  const islands = await first.locator('astro-island').evaluateAll((els) => els.map((e) => e.getAttribute('component-url').split('/').pop().split('.')[0]));
  await first.close();
  row(path, before);
  let longest = '';
  for (const [i, name] of islands.entries()) {
    const page = await load(path);
    const island = page.locator('astro-island').nth(i);
    const root = island.locator(':scope > *').first();
    await root.scrollIntoViewIfNeeded();
    await root.hover();
    await island.and(page.locator(':not([ssr])')).waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const t = await scriptBytes(page, DIST);
    // The page's first timeline demo (a model page's, or the comparison) played at 1× to the end.
    const demo = root.and(page.locator('.io-demo, .io-compare'));
    if (!longest && (await demo.count())) {
      await page.waitForTimeout(500); // hydration's own long tasks are reported before counting starts
      await page.evaluate(() => { window.__longest = 0; });
      await demo.locator('button.play').first().click();
      await page.waitForFunction((el) => el.getAttribute('data-status') === 'done', await demo.elementHandle(), { timeout: 60_000 });
      longest = (await page.evaluate(() => window.__longest)).toFixed(0).padStart(6);
    }
    row(`  + ${name} touched`, { files: t.files - before.files, raw: t.raw - before.raw, gz: t.gz - before.gz }, i === 0 ? longest : '');
    await page.close();
  }
}
await browser.close();
server.close();
