/**
 * Prints what each page of the built site (dist/) makes a browser download: HTML, CSS and JS, raw and
 * gzip, on first view and once every demo has been touched (client:interact islands load on a reader's
 * first touch: build/interact-directive.js). Figures only;
 * nothing is asserted here. Usage: node scripts/bench-pages.mjs (after `npm run build`).
 */
import { gzipSync } from 'node:zlib';
import { launchChromium, serveDist } from './lib/measure.mjs';

const PORT = 4391;
const ORIGIN = `http://127.0.0.1:${PORT}/`;
const PAGES = [
  '', 'concepts/', 'models/blocking/', 'models/nonblocking/', 'models/multiplexing/',
  'models/signal-driven/', 'models/async/', 'summary/', 'embed/blocking/', 'zh/', 'zh/concepts/',
  'zh/models/blocking/', 'zh/summary/',
];

const server = await serveDist('dist', PORT);
const browser = await launchChromium();

/** Loads one page and sums response bodies by kind, before and after touching every demo. */
async function measure(path) {
  // What tests/built/budgets.test.ts counts from the files, as a browser loads it: a viewport too short to show
  // any demo, so "first view" is the page before a demo scrolls into view; then every island is scrolled into
  // view in turn.
  const page = await browser.newPage({ viewport: { width: 412, height: 120 } });
  const seen = [];
  // Bodies arrive asynchronously: every sum waits for those already announced (as the budget test does).
  const pending = [];
  page.on('response', (res) => {
    const type = res.request().resourceType();
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
    pending.push(res.body().then(
      (body) => void seen.push({ kind, raw: body.length, gz: gzipSync(body, { level: 9 }).length, url: res.url() }),
      () => undefined,
    ));
  });
  const settled = () => Promise.all(pending);
  const res = await page.goto(ORIGIN + path, { waitUntil: 'networkidle' }).catch(() => null);
  if (!res?.ok()) {
    await page.close();
    return null;
  }
  await settled();
  const first = sum(seen);
  // Each island touched in turn, as a reader's pointer would. astro-island is display: contents (no box of its
  // own): hover its first element, which Playwright scrolls into view first.
  const islands = await page.locator('astro-island').count();
  for (let i = 0; i < islands; i++) await page.locator('astro-island').nth(i).locator(':scope > *').first().hover();
  // Every island has hydrated (Astro then drops its ssr attribute), so its script is counted.
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((e) => !e.hasAttribute('ssr')), null, { timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await settled();
  const all = sum(seen);
  await page.close();
  return { first, all };
}

/** Totals per kind. */
function sum(list) {
  const t = { html: [0, 0], css: [0, 0], js: [0, 0], other: [0, 0] };
  for (const r of list) {
    t[r.kind][0] += r.raw;
    t[r.kind][1] += r.gz;
  }
  return t;
}

const kb = (n) => (n / 1024).toFixed(1);
try {
  console.log('\nBytes a page loads (KB, raw / gzip). "first view" = untouched; "JS after touch" = once every demo is live.\n');
  console.log('| page | HTML | CSS | JS (first view) | first view total gzip | JS after touch |');
  console.log('|---|---|---|---|---|---|');
  for (const p of PAGES) {
    const m = await measure(p);
    if (!m) {
      console.log(`| /${p} | not built | | | | |`);
      continue;
    }
    const { first, all } = m;
    const total = first.html[1] + first.css[1] + first.js[1];
    console.log(
      `| /${p} | ${kb(first.html[0])} / ${kb(first.html[1])} | ${kb(first.css[0])} / ${kb(first.css[1])} | ` +
        `${kb(first.js[0])} / ${kb(first.js[1])} | ${kb(total)} | ${kb(all.js[0])} / ${kb(all.js[1])} |`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
