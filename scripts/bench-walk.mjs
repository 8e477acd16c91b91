/**
 * The reader-side weights, beside their targets (TARGET below): a learner's walk (home, concepts, the five model pages,
 * summary), English and Chinese each in one browser context with its cache on, every page scrolled through
 * as a reader would and nothing touched; and each model page at load on a 412 px phone (its demo in view,
 * untouched), each in a fresh context. The build is served by scripts/serve.mjs (as the browser tests
 * serve it, with the headers of dist/_headers). A response counts with the gzip -9 size of its body (as
 * tests/built/budgets.test.ts measures) when its body came over the network: a file the cache already holds
 * (a memory- or disk-cache hit, or a 304) costs none. Figures only; nothing is asserted (ceilings are in budgets.json).
 * Usage: node scripts/bench-walk.mjs (after npm run build; DIST=dist-foo for another build, BENCH_PORT to move it)
 */
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './lib/measure.mjs';
import { MODELS } from '../src/sim/limits.ts';

const DIST = process.env.DIST || 'dist';
const PORT = Number(process.env.BENCH_PORT) || 4412;
const ORIGIN = `http://127.0.0.1:${PORT}/`;
const MODEL_PAGES = MODELS.map((m) => `models/${m}/`);
const WALK = ['', 'concepts/', ...MODEL_PAGES, 'summary/'];
const LOCALES = [['en', ''], ['zh', 'zh/']];
/** The reader-side targets, gzip bytes: the English walk, Chinese over English, a model page at load. */
const TARGET = { walkEn: 77 * 1024, zhOverEn: 1.1, modelAtLoad: 25 * 1024 };
// Lighthouse's mobile screen, which is also the phone of the budget test's scroll.
const PHONE = { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true };

const kb = (n) => (n / 1024).toFixed(1);
const KINDS = { Document: 'html', Stylesheet: 'css', Script: 'js' };
const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
/** Parts of a page's HTML, each weighed as what the page would lose without it (gzip of the page minus gzip without it). */
const PARTS = {
  'inline scripts': /<script(?![^>]*\ssrc=)[^>]*>[\s\S]*?<\/script>/g,
  'inline styles': /<style[^>]*>[\s\S]*?<\/style>/g,
  'island props': /\sprops="[^"]*"/g,
  'figures (svg)': /<svg[\s\S]*?<\/svg>/g,
  'code blocks (pre)': /<pre[\s\S]*?<\/pre>/g,
};
const parts = (html) => Object.fromEntries(Object.entries(PARTS).map(([k, re]) => [k, gz(html) - gz(html.replace(re, ''))]));

/**
 * Collects what a page receives over the network, from the DevTools protocol (which, unlike Playwright's
 * response events, says when a response came from the cache): per response, its kind and the gzip size of
 * its body; nothing for a memory- or disk-cache hit or a 304.
 */
async function recorder(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const got = [];
  const htmls = [];
  const pending = [];
  const seen = new Map();
  const fromCache = new Set();
  cdp.on('Network.requestServedFromCache', (e) => fromCache.add(e.requestId));
  cdp.on('Network.responseReceived', (e) => {
    const r = e.response;
    if (r.fromDiskCache || r.fromPrefetchCache || r.fromServiceWorker || r.status === 304) fromCache.add(e.requestId);
    seen.set(e.requestId, { type: e.type, url: r.url });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = seen.get(e.requestId);
    if (!r || fromCache.has(e.requestId) || r.url.startsWith('data:')) return;
    pending.push(cdp.send('Network.getResponseBody', { requestId: e.requestId }).then(({ body, base64Encoded }) => {
      const buf = Buffer.from(body, base64Encoded ? 'base64' : 'utf8');
      if (r.type === 'Document') htmls.push(buf.toString('utf8'));
      got.push({ kind: KINDS[r.type] ?? 'other', gz: gzipSync(buf, { level: 9 }).length, url: r.url });
    }, () => undefined));
  });
  return {
    /** Waits for every body announced so far, then returns the totals per kind and takes them off the list. */
    async take() {
      await Promise.all(pending.splice(0));
      const t = { html: 0, css: 0, js: 0, other: 0, total: 0, files: got.length, parts: {} };
      for (const h of htmls.splice(0)) for (const [k, v] of Object.entries(parts(h))) t.parts[k] = (t.parts[k] ?? 0) + v;
      for (const r of got.splice(0)) {
        t[r.kind] += r.gz;
        t.total += r.gz;
      }
      return t;
    },
  };
}

/** Scrolls a page top to bottom in 400 px steps as a reader would (no click, no hover), then lets it settle. */
async function scrollThrough(page) {
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 400) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
  // Islands that hydrate on sight have their script requested by now; wait for it to arrive.
  await page.waitForFunction(() => document.querySelectorAll('astro-island[client="visible"][ssr]').length === 0, null, { timeout: 30_000 })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle');
}

const server = spawn(process.execPath, ['scripts/serve.mjs', DIST, '--port', String(PORT)], { stdio: 'ignore' });
const browser = await launchChromium();
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) break;
    } catch {}
    if (i > 100) throw new Error(`scripts/serve.mjs did not answer on ${ORIGIN} (is ${DIST}/ built?)`);
    await new Promise((r) => setTimeout(r, 100));
  }

  // The walk: one context per language, cache on, each page scrolled through.
  const walks = {};
  for (const [locale, prefix] of LOCALES) {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const rec = await recorder(page);
    walks[locale] = [];
    for (const path of WALK) {
      await page.goto(ORIGIN + prefix + path, { waitUntil: 'networkidle' });
      await scrollThrough(page);
      walks[locale].push(await rec.take());
    }
    await context.close();
  }
  const total = (l) => walks[l].reduce((n, r) => n + r.total, 0);
  console.log('\nA learner\'s walk (KB gzip received; one context per language, cache on, each page scrolled through, nothing touched)\n');
  console.log('| page | en HTML | en CSS | en JS | en total | zh HTML | zh CSS | zh JS | zh total |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  WALK.forEach((p, i) => {
    const [e, z] = [walks.en[i], walks.zh[i]];
    console.log(`| /${p} | ${kb(e.html)} | ${kb(e.css)} | ${kb(e.js)} | ${kb(e.total)} | ${kb(z.html)} | ${kb(z.css)} | ${kb(z.js)} | ${kb(z.total)} |`);
  });
  const [en, zh] = [total('en'), total('zh')];
  console.log(`| **walk** | | | | **${kb(en)}** | | | | **${kb(zh)}** |`);
  console.log('\nWhere the walk\'s HTML goes (KB gzip a walk would lose without each part, summed over its pages)\n');
  console.log('| part | en | zh |');
  console.log('|---|---|---|');
  for (const k of Object.keys(PARTS)) {
    const sum = (l) => walks[l].reduce((n, r) => n + (r.parts[k] ?? 0), 0);
    console.log(`| ${k} | ${kb(sum('en'))} | ${kb(sum('zh'))} |`);
  }

  // Each model page at load on a phone: a fresh context, the page loaded and left alone.
  const atLoad = [];
  for (const [, prefix] of LOCALES) {
    for (const path of MODEL_PAGES) {
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      const rec = await recorder(page);
      await page.goto(ORIGIN + prefix + path, { waitUntil: 'networkidle' });
      const seen = await page.evaluate(() => {
        const svg = document.querySelector('.io-demo svg.timeline');
        const box = document.querySelector('.io-demo')?.getBoundingClientRect();
        return { inView: !!box && box.top < innerHeight && box.bottom > 0, nodes: svg ? svg.querySelectorAll('*').length : 0 };
      });
      atLoad.push({ path: prefix + path, ...(await rec.take()), ...seen });
      await context.close();
    }
  }
  console.log('\nA model page at load on a 412 px phone (KB gzip received; fresh context, demo untouched)\n');
  console.log('| page | HTML | CSS | JS | total | target | figure (SVG nodes) | demo in view |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of atLoad) {
    console.log(`| /${r.path} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${kb(r.total)} | ≤ ${kb(TARGET.modelAtLoad)} ${r.total <= TARGET.modelAtLoad ? 'met' : 'over'} | ${r.nodes} | ${r.inView ? 'yes' : 'no'} |`);
  }

  const worst = Math.max(...atLoad.map((r) => r.total));
  console.log('\nAgainst the targets\n');
  console.log('| target | measured | |');
  console.log('|---|---|---|');
  console.log(`| walk, English ≤ ${kb(TARGET.walkEn)} KB | ${kb(en)} KB | ${en <= TARGET.walkEn ? 'met' : `over by ${kb(en - TARGET.walkEn)} KB`} |`);
  console.log(`| walk, Chinese within 10 % of English | ${kb(zh)} KB (${((zh / en - 1) * 100).toFixed(1)} %) | ${zh <= en * TARGET.zhOverEn ? 'met' : 'over'} |`);
  console.log(`| model page at load on a phone ≤ ${kb(TARGET.modelAtLoad)} KB | worst ${kb(worst)} KB | ${worst <= TARGET.modelAtLoad ? 'met' : `over by ${kb(worst - TARGET.modelAtLoad)} KB`} |`);
} finally {
  await browser.close();
  server.kill();
}
