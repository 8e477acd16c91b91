/**
 * scripts/serve.mjs, the preview server, run as `npm run serve` runs it, on loopback against a tiny built site in a
 * temporary directory: `_headers` is never served however its path is spelled, and a 404 carries none of the
 * headers the rules give a file (a missing /_astro/ file must not be cached for a year).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../../build/host-files.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url));
const HOST = '127.0.0.1';
let dir = '';
let port = 0;
let server: ChildProcess | undefined;

/** A port nobody listens on now (the OS picks it; the server takes it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, HOST, () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

/** GET of a raw path, sent exactly as written (fetch would normalise `//` and `..`): status, headers, body. */
function get(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: HOST, port, path, method: 'GET', timeout: 5_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${path} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-script-'));
  mkdirSync(join(dir, '_astro'));
  mkdirSync(join(dir, 'zh'));
  writeFileSync(join(dir, '_headers'), headersFile('/'));
  writeFileSync(join(dir, '_astro', 'x.js'), 'export const x = 1;\n');
  writeFileSync(join(dir, 'index.html'), '<p>home</p>');
  writeFileSync(join(dir, '404.html'), '<p>not found</p>');
  writeFileSync(join(dir, 'zh', '404.html'), '<p>未找到</p>');
  port = await freePort();
  const child = spawn(process.execPath, [SCRIPT, dir, '--port', String(port), '--host', HOST], { stdio: ['ignore', 'pipe', 'pipe'] });
  server = child;
  // Ready when it says where it serves; a crash or 10 s of silence fails the suite instead of hanging it.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('scripts/serve.mjs did not start within 10 s')), 10_000);
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      if (c.toString().includes('serving')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`scripts/serve.mjs exited (${code}): ${err}`));
    });
  });
}, 15_000);

afterAll(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/serve.mjs', () => {
  it('serves a file with the headers its rule gives it', async () => {
    const r = await get('/_astro/x.js');
    expect(r.status).toBe(200);
    expect(r.body).toContain('export const x');
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // The same file through an escaped spelling is the same file, with the same headers.
    expect((await get('/%5Fastro/x.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  for (const path of ['/_headers', '/%5Fheaders', '/%5fheaders', '//_headers', '///_headers', '/_headers/', '/x/../_headers',
    '/./_headers', '/zh/../%5Fheaders', '/_headers?x=1']) {
    it(`does not serve _headers as ${path}`, async () => {
      const r = await get(path);
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('Access-Control-Allow-Origin');
      expect(r.body).not.toContain('immutable');
    });
  }

  it('gives a missing /_astro/ file a plain 404: no year-long cache, the nearest 404 page', async () => {
    for (const path of ['/_astro/missing.js', '/%5Fastro/missing.js', '//_astro/missing.js']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(r.headers['cache-control'], path).toBeUndefined();
      expect(r.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(r.body, path).toBe('<p>not found</p>');
    }
    expect((await get('/zh/missing/')).body).toBe('<p>未找到</p>');
  });

  it('answers a malformed escape with a 404, not a crash', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(404);
    expect((await get('/')).status).toBe(200);
  });
});
