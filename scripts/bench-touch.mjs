/**
 * Prints, per demo page, the time from a reader's first touch of a demo's Play button to the demo playing, on a
 * phone-sized Chromium (390 px wide) with its CPU slowed 4× (CDP Emulation.setCPUThrottlingRate). Each run is a
 * fresh load in a fresh context (nothing cached), left to settle, then the pointer comes over Play and presses it
 * (pointerover, pointerdown, pointerup, click: the island wakes on the first and replays the click once live). The
 * time runs from that first pointer event to `data-status="playing"` on the demo's root, both read in the page
 * (performance.now()). Median and p90 of RUNS loads per page; it prints figures and asserts nothing.
 * Measures the built site (npm run build first; DIST=dist-foo to measure another build).
 * On a shared machine the same build measures tens of ms apart from one minute to the next. AGAINST=dir-other
 * measures a second build too, its loads alternating with the first's, and prints both and their ratio: how two
 * builds compare holds where the absolute figures drift (build the other one with OUT_DIR=dir-other astro build).
 * Usage: node scripts/bench-touch.mjs [--quick]   (RUNS=15 by default, 5 with --quick)
 */
import { launchChromium, serveDist } from './lib/measure.mjs';

const DIST = process.env.DIST || 'dist';
const PORT = 4412;
const quick = process.argv.includes('--quick');
const RUNS = Number(process.env.RUNS) || (quick ? 5 : 15);
// Each page with the root of the demo whose Play is pressed (the root carries data-status).
const PAGES = [
  ['models/blocking/', '.io-demo'],
  ['models/nonblocking/', '.io-demo'],
  ['summary/', '.io-compare'],
];

const AGAINST = process.env.AGAINST;
const server = await serveDist(DIST, PORT);
const other = AGAINST ? await serveDist(AGAINST, PORT + 1) : undefined;
const browser = await launchChromium();

/** One fresh load of `path` from `origin`: ms from the first pointer event on the page to `root` playing. */
async function touchToPlaying(origin, path, root) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const first = () => { window.__touch ??= performance.now(); };
    for (const type of ['pointerover', 'pointerdown']) addEventListener(type, first, { capture: true });
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  const demo = page.locator(root).first();
  const play = demo.locator('button.play');
  await play.scrollIntoViewIfNeeded();
  await demo.evaluate((el) => {
    new MutationObserver(() => {
      if (el.getAttribute('data-status') === 'playing') window.__playing ??= performance.now();
    }).observe(el, { attributes: true, attributeFilter: ['data-status'] });
  });
  await page.waitForTimeout(300); // let the load's last tasks finish before the touch
  const box = await play.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForFunction(() => window.__playing !== undefined, null, { timeout: 30_000 });
  const ms = await page.evaluate(() => window.__playing - window.__touch);
  await context.close();
  return ms;
}

/** The value at quantile q of sorted numbers (nearest rank). */
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

console.log(`First touch of Play to playing, ${RUNS} fresh loads each, 390 px, CPU 4× slower (ms)`);
if (other) console.log(`this build: ${DIST}; the other: ${AGAINST}, its loads alternating with this one's; ratio: this / other`);
const head = ['median', 'p90', ...(other ? ['other', 'p90', 'ratio'] : [])];
console.log('page'.padEnd(24), ...head.map((h) => h.padStart(7)));
const fig = (v) => v.toFixed(0).padStart(7);
for (const [path, root] of PAGES) {
  const times = [];
  const theirs = [];
  for (let i = 0; i < RUNS; i++) {
    times.push(await touchToPlaying(server.origin, path, root));
    if (other) theirs.push(await touchToPlaying(other.origin, path, root));
  }
  times.sort((a, b) => a - b);
  theirs.sort((a, b) => a - b);
  const row = [quantile(times, 0.5), quantile(times, 0.9)].map(fig);
  if (other) row.push(...[quantile(theirs, 0.5), quantile(theirs, 0.9)].map(fig), (quantile(times, 0.5) / quantile(theirs, 0.5)).toFixed(2).padStart(7));
  console.log(path.padEnd(24), ...row);
}
await browser.close();
server.close();
other?.close();
