/**
 * What the bench scripts share: a plain static server over a build (sirv, as a host would serve it)
 * and a headless Chromium kept off the network (Debian's where installed, else Playwright's own).
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
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
