/**
 * Prints, per page with a demo, the JavaScript it loads once its demos are in view (raw and gzip bytes
 * of each .js file, summed) and the longest main-thread task while a demo plays to the end at 1×.
 * Measures the built site (run `npx astro build` first; DIST=dist-foo to measure another build).
 * Budgets (issue 4): a model page ≤ 20 KB gzip, the summary page ≤ 25 KB; no task over 50 ms.
 * It prints figures and asserts nothing. Usage: node scripts/bench-demos.mjs [--quick]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const DIST = process.env.DIST || 'dist';
const PORT = 4410;
const PAGES = [
  'models/blocking/', 'models/nonblocking/', 'models/multiplexing/', 'models/signal-driven/', 'models/async/', 'summary/',
];
const quick = process.argv.includes('--quick');
const paths = quick ? PAGES : [...PAGES, ...PAGES.map((p) => `zh/${p}`)];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

if (!existsSync(DIST)) {
  console.error(`${DIST}/ not found: build the site first (npx astro build)`);
  process.exit(1);
}

// A plain static server over the build, as a host would serve it.
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  let file = normalize(join(DIST, decodeURIComponent(url.pathname)));
  if (!file.startsWith(normalize(DIST))) return res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((ok) => server.listen(PORT, '127.0.0.1', ok));

const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath });
const kb = (n) => (n / 1024).toFixed(1);
console.log('page'.padEnd(28), 'js files', 'raw KB', 'gzip KB', 'longest task ms (play to end, 1×)');
for (const path of paths) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`http://127.0.0.1:${PORT}/${path}`);
  // Bring every demo into view so every island hydrates, then wait for their controls to come alive.
  for (const demo of await page.locator('.demo').all()) await demo.scrollIntoViewIfNeeded();
  await page.locator('.demo button.play').first().waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('.demo button.play')].every((b) => !b.disabled));
  await page.waitForLoadState('networkidle');
  const urls = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name).filter((n) => new URL(n).pathname.endsWith('.js')));
  let raw = 0;
  let gz = 0;
  for (const u of new Set(urls)) {
    const body = readFileSync(join(DIST, decodeURIComponent(new URL(u).pathname)));
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  // Play the page's first timeline demo at 1× to the end, then read the longest task seen.
  await page.waitForTimeout(500); // let hydration's own long tasks be reported before counting
  await page.evaluate(() => { window.__longest = 0; });
  const root = page.locator('[data-demo-compare], .demo [data-demo-model]').first();
  await root.locator('button.play').click();
  await page.waitForFunction(
    (el) => el.getAttribute('data-status') === 'done', await root.elementHandle(), { timeout: 60_000 },
  );
  const longest = await page.evaluate(() => window.__longest);
  console.log(path.padEnd(28), String(new Set(urls).size).padStart(8), kb(raw).padStart(6), kb(gz).padStart(7), longest.toFixed(0).padStart(6));
  await page.close();
}
await browser.close();
server.close();
