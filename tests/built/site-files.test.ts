/**
 * What the build gives a static host besides the pages, read from dist/: `_headers` (CORS on the embeds, the hashed
 * files cached for good), a sitemap listing every page of both languages (tests/routes.ts), and a 404 page per
 * language that hosts pick by nearness. Then the one test here that needs a server: scripts/serve.mjs, which serves
 * dist/ as Netlify or Cloudflare Pages would, started on a free port, must apply `_headers`, never serve it, and
 * answer a missing path with the 404 page of the path's language. The server is stopped after the tests, and every
 * wait is bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LOCALES } from '../routes';
import { PAGES, ROOT, elementChunks, page, parse, read } from './dist';

describe('files for the host', () => {
  test('_headers lets other origins load the embeds, and caches the hashed files for good', () => {
    const headers = read('_headers');
    expect(headers).toMatch(/^\/embed\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
    expect(headers).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  });

  test('a sitemap lists every page of both languages', () => {
    const sitemap = /<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/.exec(read('sitemap-index.xml'))?.[1];
    expect(sitemap, 'sitemap-index.xml names a sitemap').toBeTruthy();
    const xml = read(sitemap!);
    for (const p of PAGES) expect(xml, p.path).toContain(`/${p.path}</loc>`);
  });

  test.each(LOCALES)('the $locale 404 page is in its language, not indexed, and links home', (l) => {
    const doc = page(`${l.prefix}404.html`);
    expect(doc.documentElement.getAttribute('lang')).toBe(l.lang);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect([...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toContain(`${ROOT.base}${l.prefix}`);
  });
});

describe('served as a host would serve it (scripts/serve.mjs)', () => {
  let server: ChildProcess | undefined;
  let origin = '';

  beforeAll(async () => {
    server = spawn(process.execPath, ['scripts/serve.mjs', ROOT.dir, '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const s = server;
    origin = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('scripts/serve.mjs did not say where it serves within 10 s')), 10_000);
      let out = '';
      s.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      s.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`scripts/serve.mjs exited (${code}) before serving`));
      });
    });
  }, 15_000);

  afterAll(() => {
    server?.kill();
  });

  const get = (path: string) => fetch(`${origin}/${path}`, { signal: AbortSignal.timeout(5_000) });

  test('applies _headers and never serves it; a missing path gets the 404 page of its language', async () => {
    expect((await get('embed/io-models.js')).headers.get('access-control-allow-origin')).toBe('*');
    // and the custom element's chunks, which the browser fetches with CORS too
    expect((await get(elementChunks()[0]!)).headers.get('access-control-allow-origin')).toBe('*');
    const html = await get('models/blocking/');
    expect(html.status).toBe(200);
    expect(html.headers.get('access-control-allow-origin')).toBeNull();
    expect(html.headers.get('cache-control') ?? '').not.toContain('immutable');
    expect((await get('_headers')).status).toBe(404);
    // A demo's script, a hashed file under /_astro/, is cached without asking again.
    const js = page('models/blocking/').querySelector('astro-island')?.getAttribute('component-url');
    expect(js, 'a demo script file').toMatch(/^\/_astro\/.+\.js$/);
    expect((await get(js!.slice(1))).headers.get('cache-control')).toContain('immutable');
    for (const [path, lang] of [['no/such/page/', 'en'], ['zh/no/such/page/', 'zh-CN'], ['zh/models/nope/', 'zh-CN']] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(parse(await res.text()).documentElement.getAttribute('lang'), path).toBe(lang);
    }
  });
});
