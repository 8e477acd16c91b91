/**
 * A link checker for the built site: from the homes of both languages, follows every internal link
 * over HTTP and checks that each page, asset and #anchor it names exists. Returns the broken ones,
 * each named with the page it is on.
 */
import type { APIRequestContext } from '@playwright/test';

const ATTR = /\s(href|src|srcset)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/** Decodes the few entities Astro writes into attribute values. */
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Crawls the site at `root` (an absolute URL ending in /) and lists every broken internal reference. */
export async function brokenLinks(request: APIRequestContext, root: string): Promise<{ broken: string[]; pages: number }> {
  const origin = new URL(root).origin;
  const prefix = new URL(root).pathname;
  const queue = [root, new URL('zh/', root).href];
  const ids = new Map<string, Set<string>>();
  const refs: { from: string; url: URL }[] = [];
  const status = new Map<string, number>();
  const broken: string[] = [];

  while (queue.length) {
    const url = queue.shift()!;
    if (ids.has(url)) continue;
    const res = await request.get(url);
    status.set(url, res.status());
    const type = res.headers()['content-type'] ?? '';
    if (!res.ok() || !type.includes('text/html')) {
      ids.set(url, new Set());
      continue;
    }
    const html = await res.text();
    ids.set(url, new Set([...html.matchAll(ID)].map((m) => unescape(m[1]!))));
    for (const [, attr, raw] of html.matchAll(ATTR)) {
      const values = attr === 'srcset' ? raw!.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [raw!];
      for (const v of values) {
        if (!v || /^(mailto|data|blob|javascript):/i.test(v)) continue;
        const target = new URL(unescape(v), url);
        if (target.origin !== origin) continue;
        refs.push({ from: url, url: target });
        if (!target.pathname.startsWith(prefix)) continue;
        const page = target.origin + target.pathname;
        if (!ids.has(page) && !queue.includes(page)) queue.push(page);
      }
    }
  }
  for (const { from, url } of refs) {
    const page = url.origin + url.pathname;
    const where = `${new URL(from).pathname} → ${url.pathname}${url.hash}`;
    if (!url.pathname.startsWith(prefix)) broken.push(`${where}: outside ${prefix}`);
    else if (status.get(page) !== 200) broken.push(`${where}: HTTP ${status.get(page)}`);
    else if (url.hash && url.hash !== '#' && !ids.get(page)?.has(decodeURIComponent(url.hash.slice(1)))) {
      broken.push(`${where}: no element with that id`);
    }
  }
  return { broken: [...new Set(broken)], pages: ids.size };
}
