/**
 * What the bench scripts share: a plain static server over a build (sirv, as a host would serve it)
 * and a headless Chromium kept off the network (Debian's where installed, else Playwright's own).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import sirv from 'sirv';

/** Serves `dir` on 127.0.0.1:`port` until `close()`; exits with a message if `dir` was never built. */
export async function serveDist(dir, port) {
  if (!existsSync(dir)) {
    console.error(`${dir}/ not found: build the site first (npm run build)`);
    process.exit(1);
  }
  const server = createServer(sirv(dir, { dev: true }));
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** Launches headless Chromium with the flags this closed network needs. */
export function launchChromium() {
  const system = '/usr/bin/chromium';
  return chromium.launch(
    existsSync(system)
      ? {
          executablePath: system,
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        }
      : {},
  );
}

/** The script files a page has loaded so far (from the Performance API), read from `dir`: count, raw and gzip -9 bytes. */
export async function scriptBytes(page, dir) {
  const urls = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name).filter((n) => new URL(n).pathname.endsWith('.js')));
  const files = new Set(urls);
  let raw = 0;
  let gz = 0;
  for (const u of files) {
    const body = readFileSync(join(dir, decodeURIComponent(new URL(u).pathname)));
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  return { files: files.size, raw, gz };
}
