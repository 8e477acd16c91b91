/**
 * Prints Lighthouse scores (mobile preset, the default) for one page of each type of the built site.
 * dist/ is served by a plain static server with precompressed gzip files, as a host would compress.
 * Figures only; nothing is asserted (scores vary with the machine's load). One run of the same build can
 * swing 10 points on a loaded 2-core machine, so each page runs LH_RUNS times (default 3, as Lighthouse's
 * own advice on variability suggests several), the runs interleaved across pages so that a busy minute
 * does not land on one page only, and the table gives the median with the range beside it.
 * Pages: one of each kind (home, concepts, every model page, summary, an embed page); LH_PAGES="concepts/ summary/"
 * runs only those.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MODELS } from '../src/sim/limits.ts';

const PORT = 4392;
const RUNS = Math.max(1, Number.parseInt(process.env.LH_RUNS ?? '3', 10) || 3);
const ORIGIN = `http://127.0.0.1:${PORT}/`;
const MODEL_PAGES = MODELS.map((m) => `models/${m}/`);
const PAGES = process.env.LH_PAGES?.split(/\s+/).map((p) => (p === '/' ? '' : p.replace(/^\//, '')))
  ?? ['', 'concepts/', ...MODEL_PAGES, 'summary/', 'embed/blocking/'];

/** Every text file under dir. */
function* textFiles(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* textFiles(p);
    else if (/\.(html|css|js|mjs|svg|json|xml)$/.test(name)) yield p;
  }
}

const made = [];
for (const f of textFiles('dist')) {
  writeFileSync(`${f}.gz`, gzipSync(readFileSync(f), { level: 9 }));
  made.push(`${f}.gz`);
}
const server = spawn('npx', ['sirv', 'dist', '--gzip', '--host', '127.0.0.1', '--port', String(PORT), '--quiet'], { stdio: 'ignore', detached: true });
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  const chrome = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  console.log(`\nLighthouse, mobile preset, ${RUNS} run(s) per page: median (min–max where runs differ):\n`);
  console.log('| page | perf | a11y | best practices | SEO | FCP | LCP | TBT | CLS |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
  const spread = (xs, fmt = String) => {
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    return lo === hi ? fmt(lo) : `${fmt(median(xs))} (${fmt(lo)}–${fmt(hi)})`;
  };
  const results = new Map(PAGES.map((p) => [p, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const p of PAGES) {
      const out = execFileSync(
        'npx',
        [
          'lighthouse', ORIGIN + p, '--quiet', '--output=json', '--output-path=stdout',
          '--only-categories=performance,accessibility,best-practices,seo',
          '--chrome-flags=--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-dev-shm-usage',
        ],
        { env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) }, maxBuffer: 64 << 20 },
      );
      results.get(p).push(JSON.parse(out.toString()));
    }
  }
  for (const p of PAGES) {
    const runs = results.get(p);
    const score = (k) => spread(runs.map((r) => Math.round(r.categories[k].score * 100)));
    const ms = (k) => spread(runs.map((r) => Math.round(r.audits[k].numericValue)), (v) => (v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v} ms`));
    const cls = spread(runs.map((r) => Number(r.audits['cumulative-layout-shift'].numericValue.toFixed(3))));
    console.log(`| /${p} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${ms('first-contentful-paint')} | ${ms('largest-contentful-paint')} | ${ms('total-blocking-time')} | ${cls} |`);
  }
  console.log('\nTargets: performance 100 (median of the runs), TBT median ≤ 50 ms; accessibility, best practices and SEO 100.');
} finally {
  process.kill(-server.pid); // the whole group: npx and the sirv it started
  for (const f of made) rmSync(f, { force: true });
}
