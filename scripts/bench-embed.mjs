/**
 * Prints the embeds' sizes: /embed/io-models.js (the custom element; budget ≤ 30 KB gzip), /embed/embed.js
 * (≤ 1 KB), and the JavaScript each embed page makes a browser download once its demo runs (≤ 20 KB gzip),
 * raw and gzip (level 9, as tests/built/budgets.test.ts measures). Measures the built site (npm run build
 * first; DIST=dist-foo for another build). Figures only; nothing is asserted. Usage: node scripts/bench-embed.mjs
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, scriptBytes, serveDist } from './lib/measure.mjs';
import { LOCALE_TABLE } from '../src/i18n/locales.ts';
import { MODELS } from '../src/sim/limits.ts';

const DIST = process.env.DIST || 'dist';
const PORT = 4411;
const PAGES = [...MODELS, 'compare'].flatMap((m) => LOCALE_TABLE.map((l) => `${l.prefix ? `${l.prefix}/` : ''}embed/${m}/`));
const kb = (n) => (n / 1024).toFixed(1);
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

if (!existsSync(DIST)) {
  console.error(`${DIST}/ not found: build the site first (npm run build)`);
  process.exit(1);
}

console.log('\nEmbeds (KB, raw / gzip)\n');
for (const [file, budget] of [['embed/io-models.js', 30], ['embed/embed.js', 1]]) {
  const path = join(DIST, file);
  if (!existsSync(path)) {
    console.log(`/${file}`.padEnd(28), 'not built (npm run build builds it)');
    continue;
  }
  const body = readFileSync(path);
  console.log(`/${file}`.padEnd(28), `${kb(body.length)} / ${kb(gz(body))}`.padStart(14), `  budget ${budget} KB gzip`);
}

const server = await serveDist(DIST, PORT);
const browser = await launchChromium();
try {
  console.log('\nJavaScript an embed page loads once its demo runs (budget 20 KB gzip)\n');
  console.log('page'.padEnd(28), 'js files', 'raw KB', 'gzip KB');
  for (const path of PAGES) {
    const page = await browser.newPage();
    const res = await page.goto(`http://127.0.0.1:${PORT}/${path}`);
    if (!res?.ok()) {
      console.log(`/${path}`.padEnd(28), 'not built');
      await page.close();
      continue;
    }
    await page.waitForFunction(() => document.querySelector('button.play') && !document.querySelector('button.play').disabled);
    await page.waitForLoadState('networkidle');
    const { files, raw, gz: zipped } = await scriptBytes(page, DIST);
    console.log(`/${path}`.padEnd(28), String(files).padStart(8), kb(raw).padStart(6), kb(zipped).padStart(7));
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
