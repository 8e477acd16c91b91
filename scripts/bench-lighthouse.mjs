/**
 * Prints Lighthouse scores (mobile preset, the default) for one page of each type of the built site.
 * dist/ is served by a plain static server with precompressed gzip files, as a host would compress.
 * Figures only; nothing is asserted (scores vary with the machine's load).
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const PORT = 4392;
const ORIGIN = `http://127.0.0.1:${PORT}/`;
const PAGES = ['', 'concepts/', 'models/nonblocking/', 'summary/', 'zh/models/async/'];
if (existsSync('dist/embed')) PAGES.push('embed/blocking/');

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
  console.log('\nLighthouse, mobile preset (performance / accessibility / best practices / SEO):\n');
  console.log('| page | perf | a11y | best practices | SEO | LCP | TBT | CLS |');
  console.log('|---|---|---|---|---|---|---|---|');
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
    const r = JSON.parse(out.toString());
    const s = (k) => Math.round(r.categories[k].score * 100);
    const a = (k) => r.audits[k].displayValue;
    console.log(`| /${p} | ${s('performance')} | ${s('accessibility')} | ${s('best-practices')} | ${s('seo')} | ${a('largest-contentful-paint')} | ${a('total-blocking-time')} | ${a('cumulative-layout-shift')} |`);
  }
} finally {
  process.kill(-server.pid); // the whole group: npx and the sirv it started
  for (const f of made) rmSync(f, { force: true });
}
