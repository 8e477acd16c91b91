import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's Chromium where it is installed (this machine and CI cannot download browsers);
// elsewhere Playwright's own. The flags keep Chromium off the network: only loopback is reachable.
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const launchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
    }
  : {};

// E2E_PORT moves the three servers (default 4321-4323), so two checkouts can run browser tests at once.
// The blog fixture names the site at 4321, so the embed tests that load it need the default.
const PORT = Number(process.env.E2E_PORT) || 4321;
/** The site built at the root, and the same site built under a base path (see package.json). */
export const SITE = `http://127.0.0.1:${PORT}/`;
export const BASE_SITE = `http://127.0.0.1:${PORT + 1}/some/prefix/`;
/** A fixture blog post on another origin that embeds the site's demos (tests/e2e/embed.spec.ts). */
export const BLOG = `http://127.0.0.1:${PORT + 2}/`;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: 2,
  // Generous: a test walks several pages, and the suite must pass with other work keeping both cores busy.
  timeout: 90_000,
  // Islands hydrate when visible; on a loaded 2-core CI machine that can take longer than the 5 s default.
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: { baseURL: SITE, launchOptions },
  projects: [
    { name: 'site', testIgnore: /base-path\.spec/ },
    { name: 'base-path', testMatch: /base-path\.spec/, use: { baseURL: BASE_SITE } },
  ],
  // A plain static file server, as a host would be: no Astro in the loop. The site's (scripts/serve.mjs,
  // `npm run serve`) applies dist/_headers as Netlify or Cloudflare Pages would, which is what lets the blog
  // load /embed/io-models.js (a module script, fetched with CORS), and answers a missing /zh/… path with /zh/404.html.
  webServer: [
    {
      command: `node scripts/serve.mjs dist --host 127.0.0.1 --port ${PORT}`,
      url: SITE,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx sirv dist-base --host 127.0.0.1 --port ${PORT + 1} --quiet`,
      url: BASE_SITE,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx sirv tests/fixtures/blog --host 127.0.0.1 --port ${PORT + 2} --quiet`,
      url: BLOG,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
