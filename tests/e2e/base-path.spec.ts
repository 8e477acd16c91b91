import { expect, test } from '@playwright/test';
import { BASE_SITE } from '../../playwright.config';

const PREFIX = new URL(BASE_SITE).pathname;

// Crawls the site built with BASE_PATH=/some/prefix/ from both homes: every internal link,
// stylesheet, script, icon and in-page anchor must resolve under the prefix.
test('every link of the base-path build resolves under the prefix', async ({ page, request }) => {
  const queue = [BASE_SITE, `${BASE_SITE}zh/`];
  const seen = new Set<string>();
  const broken: string[] = [];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const res = await page.goto(url);
    if (res?.status() !== 200) {
      broken.push(`${url} → ${res?.status()}`);
      continue;
    }
    const refs = await page.evaluate(() => ({
      links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      assets: [...document.querySelectorAll('link[href], script[src], img[src]')].map(
        (e) => (e as HTMLLinkElement).href || (e as HTMLScriptElement).src,
      ),
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    }));
    for (const href of refs.links) {
      const u = new URL(href);
      if (u.origin !== new URL(BASE_SITE).origin) continue;
      if (!u.pathname.startsWith(PREFIX)) broken.push(`${url}: ${href} is outside ${PREFIX}`);
      if (u.hash && u.pathname === new URL(url).pathname && !refs.ids.includes(decodeURIComponent(u.hash.slice(1)))) {
        broken.push(`${url}: anchor ${u.hash} has no target`);
      }
      u.hash = '';
      if (!seen.has(u.href) && !queue.includes(u.href)) queue.push(u.href);
    }
    for (const a of refs.assets) {
      const u = new URL(a);
      if (u.origin !== new URL(BASE_SITE).origin || /^https?:/.test(u.protocol) === false) continue;
      if (!u.pathname.startsWith(PREFIX)) broken.push(`${url}: asset ${a} is outside ${PREFIX}`);
      else if ((await request.get(a)).status() !== 200) broken.push(`${url}: asset ${a} is missing`);
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThanOrEqual(16);
});
