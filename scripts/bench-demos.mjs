/**
 * Prints, per page with a demo, the JavaScript it loads once every demo on it has been touched (raw and gzip
 * bytes of each .js file, summed) and the longest main-thread task while a demo plays to the end at 1×.
 * Every island hydrates on a reader's first touch (client:interact, build/interact-directive.js), so each is
 * hovered in turn; untouched, a page loads no demo script (tests/built/budgets.test.ts holds that).
 * Measures the built site (run `npx astro build` first; DIST=dist-foo to measure another build).
 * Budgets: a model page ≤ 20 KB gzip, the summary page ≤ 25 KB; no task over 50 ms.
 * It prints figures and asserts nothing. Usage: node scripts/bench-demos.mjs [--quick]
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
console.log('page, every demo touched'.padEnd(28), 'js files', 'raw KB', 'gzip KB', 'longest task ms (play to end, 1×)');
for (const path of paths) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`http://127.0.0.1:${PORT}/${path}`);
  // Touch each island (astro-island is display: contents: hover its first element), until Astro has dropped
  // every ssr attribute, which it does once an island has hydrated.
  const islands = page.locator('astro-island');
  for (let i = 0; i < (await islands.count()); i++) await islands.nth(i).locator(':scope > *').first().hover();
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  await page.waitForLoadState('networkidle');
  const { files, raw, gz } = await scriptBytes(page, DIST);
  // Play the page's first timeline demo at 1× to the end, then read the longest task seen.
  await page.waitForTimeout(500); // let hydration's own long tasks be reported before counting
  await page.evaluate(() => { window.__longest = 0; });
  const root = page.locator('[data-demo-compare], .demo [data-demo-model]').first();
  await root.locator('button.play').click();
  await page.waitForFunction(
    (el) => el.getAttribute('data-status') === 'done', await root.elementHandle(), { timeout: 60_000 },
  );
  const longest = await page.evaluate(() => window.__longest);
  console.log(path.padEnd(28), String(files).padStart(8), kb(raw).padStart(6), kb(gz).padStart(7), longest.toFixed(0).padStart(6));
  await page.close();
}
await browser.close();
server.close();
