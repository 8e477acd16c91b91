/**
 * Serves a built site as the hosts the README names would: the files as they are (sirv), the headers
 * of DIR/_headers (the Netlify / Cloudflare Pages format, which build/host-files.mjs writes), and for a
 * path that is not there the nearest 404.html above it with status 404 (/zh/… gets /zh/404.html, in
 * Chinese). The _headers file itself is not served, however its path is spelled (%-escapes, doubled slashes,
 * dot segments): the path is checked, and the rules matched, as sirv reads it, decoded and normalised. A 404
 * carries none of the rules' headers (a missing /_astro/ file is not cached for a year).
 * Usage: node scripts/serve.mjs [DIR] [--port N] [--host H]   (defaults: dist, 4321, 127.0.0.1); --port 0 takes a
 * free port, which the first line printed names (`serving DIR at http://HOST:PORT/`).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, posix } from 'node:path';
import sirv from 'sirv';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const port = Number(opt('--port', '4321'));
const host = opt('--host', '127.0.0.1');
const dir = args[0] ?? 'dist';

/** [pattern, headers] pairs from a _headers file: a path line (`*` matches anything), then indented `Name: value` lines. */
function readHeaders(file) {
  const rules = [];
  if (!existsSync(file)) return rules;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const re = new RegExp(`^${line.trim().split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      rules.push([re, []]);
    } else {
      const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
      if (m && rules.length) rules.at(-1)[1].push([m[1].trim(), m[2].trim()]);
    }
  }
  return rules;
}

const rules = readHeaders(join(dir, '_headers'));
const files = sirv(dir, { dev: true, etag: true });

/** The nearest DIR/…/404.html above a URL path (the root's last). */
function nearest404(path) {
  const parts = normalize(decodeURIComponent(path)).split('/').filter(Boolean);
  for (let n = parts.length; n >= 0; n--) {
    const file = join(dir, ...parts.slice(0, n), '404.html');
    if (existsSync(file)) return file;
  }
  return null;
}

/**
 * A request's raw path (before any `?` or `#`) as sirv looks it up: through decodeURI (which leaves %2F and the
 * like as they are), normalised as path.join does it; null if malformed.
 */
function plainPath(path) {
  try {
    return posix.normalize(decodeURI(path));
  } catch {
    return null;
  }
}

const server = createServer((req, res) => {
  // The raw path, as sirv takes it: `new URL(…).pathname` would read `//_headers` as a host named _headers.
  const path = (req.url ?? '/').split(/[?#]/, 1)[0];
  const plain = plainPath(path);
  const notFound = () => {
    // The headers the rules set are the file's; a 404 is not that file.
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    let file = null;
    try { file = nearest404(path); } catch { /* a malformed escape: the root's 404 */ }
    file ??= join(dir, '404.html');
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(existsSync(file) ? readFileSync(file) : 'Not found');
  };
  if (plain === null || /(^|\/)_headers\/?$/.test(plain)) return notFound();
  for (const [re, headers] of rules) if (re.test(plain)) for (const [k, v] of headers) res.setHeader(k, v);
  files(req, res, notFound);
});
server.listen(port, host, () => console.log(`serving ${dir} at http://${host}:${server.address().port}/`));
