/**
 * After the build, the files static hosts read beside the pages. Invariants: every locale with a prefix
 * has its 404 at PREFIX/404.html (hosts that pick the nearest 404.html, such as Cloudflare Pages, then
 * answer /zh/… in Chinese; Astro's directory format would write PREFIX/404/index.html, which no host
 * reads); and OUT/_headers gives every file under BASE/embed/ `Access-Control-Allow-Origin: *`, which
 * another origin needs to load /embed/io-models.js as a module script (hosts that read _headers:
 * Netlify and Cloudflare Pages; GitHub Pages sends that header on every file anyway); and every file under
 * BASE/_astro/ (the hashed stylesheets and scripts: a new content is a new name) may be cached for a year
 * without asking again, so a reader's next page takes the shared CSS from the cache, not even a 304.
 * scripts/serve.mjs serves the build the same way.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The _headers file for a site at `base` (starting and ending with '/'). */
export function headersFile(base) {
  return [
    '# Read by Netlify and Cloudflare Pages (see README.md, "Embedding"): other origins may load the embeds.',
    `${base}embed/*`,
    '  Access-Control-Allow-Origin: *',
    '# Hashed file names (Astro writes them): a changed file is a new name.',
    `${base}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

/**
 * The integration: writes _headers and moves each prefixed locale's 404 page to PREFIX/404.html.
 * @param {string[]} prefixes the locales' URL prefixes without slashes ('' for the default, skipped)
 */
export function hostFiles(prefixes) {
  let base = '/';
  return {
    name: 'io-models:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const p of prefixes.filter(Boolean)) {
          const from = join(root, p, '404', 'index.html');
          if (!existsSync(from)) throw new Error(`host-files: no ${p}/404/index.html to move to ${p}/404.html`);
          renameSync(from, join(root, p, '404.html'));
          rmSync(join(root, p, '404'), { recursive: true });
        }
        writeFileSync(join(root, '_headers'), headersFile(base));
        logger.info(`_headers and ${prefixes.filter(Boolean).length} locale 404 page(s) written`);
      },
    },
  };
}
