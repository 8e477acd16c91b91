/**
 * After the build, each page's CSP keeps only the script hashes of that page's own inline scripts, gains
 * the hashes of its own inline <style> blocks, and moves to the top of <head>. Invariants: a page's
 * script-src lists exactly the hashes of the inline scripts it holds, and its style-src exactly the hashes
 * of the <style> blocks it holds, no more, no fewer (so neither needs 'unsafe-inline'); an embed page
 * (<html class="embed-page">, which never runs WebAssembly) has no 'wasm-unsafe-eval'; and the policy
 * comes before every script and style (a <meta> policy governs only what the parser meets after it, and
 * Astro writes it at the end of <head>, after the layout's theme script).
 *
 * Why ours: Astro (core/csp/common.js, trackScriptHashes) computes one set of hashes per build and writes
 * all of them into every page's <meta>: 11 here, ~0.5 KB gzip on every first view, although a page runs
 * 2 to 4 of them. Astro has no per-page option. Hashes nobody uses are not a hole, only weight, but a page
 * that could run a script it never holds should not allow it either. Styles: the site's stylesheets are files
 * (inlineStylesheets 'never'), which 'self' allows; Astro's style hashes are of its stylesheets, not of the
 * <style> blocks a page still holds (astro-island's display: contents), so those are hashed here.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from './compact.mjs';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/g;
// An inline script the browser runs: no src, and no type, or a JavaScript or module type.
const INLINE_SCRIPT = /<script((?:\s[^>]*)?)>([\s\S]*?)<\/script>/g;
const RUNS = /^(|module|text\/javascript|application\/javascript)$/i;
const CHARSET = /<head[^>]*>\s*<meta charset="[^"]*">/;
const INLINE_STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g;
const EMBED_PAGE = /<html[^>]*\sclass="[^"]*\bembed-page\b/;

/** The CSP source expressions ('sha256-…') of the inline scripts in a page's HTML. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const [, attrs, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc=/.test(attrs)) continue;
    const type = /\stype="([^"]*)"/.exec(attrs)?.[1] ?? '';
    if (!RUNS.test(type)) continue;
    hashes.push(`'${sha256(body)}'`);
  }
  return hashes;
}

/** The CSP source expressions ('sha256-…') of the inline <style> blocks in a page's HTML, each once. */
export function inlineStyleHashes(html) {
  return [...new Set([...html.matchAll(INLINE_STYLE)].map(([, body]) => `'${sha256(body)}'`))];
}

/**
 * Rewrites a page's CSP meta so that script-src lists only the hashes of its own inline scripts and
 * style-src the hashes of its own <style> blocks (and, on an embed page, script-src loses
 * 'wasm-unsafe-eval'), and moves it to just after <meta charset> (the first thing in <head>).
 * Throws when the page holds an inline script the site's policy does not allow (the browser would refuse it),
 * when a page has no CSP meta, or more than one, or when its style-src is not the plain 'self' this expects.
 * @param {string} html
 * @param {string} name the page, for the error message
 */
export function trimPolicy(html, name) {
  const metas = [...html.matchAll(META)];
  if (metas.length !== 1) throw new Error(`${name}: expected one CSP <meta>, found ${metas.length}`);
  const [tag, content] = metas[0];
  const used = new Set(inlineScriptHashes(html));
  const listed = new Set(content.match(/'sha256-[^']+'/g) ?? []);
  const missing = [...used].filter((h) => !listed.has(h));
  if (missing.length) throw new Error(`${name}: inline script(s) the CSP does not allow: ${missing.join(' ')}`);
  const styleSrc = /(^|;)\s*style-src ([^;]*);/.exec(content);
  if (!styleSrc || styleSrc[2].split(/\s+/).some((s) => s !== "'self'" && !s.startsWith("'sha256-"))) {
    throw new Error(`${name}: expected style-src 'self' with hashes only (no 'unsafe-inline') in the CSP`);
  }
  // Astro lists style hashes of its own, but of the stylesheets before it merges and inlines them, which
  // are not the <style> blocks a page holds: they are replaced by the hashes of the page's own blocks.
  const styles = inlineStyleHashes(html);
  let trimmed = content
    .replace(/style-src [^;]*;/, "style-src 'self';")
    .replace(/'sha256-[^']+'/g, (h) => (used.has(h) ? h : ''))
    .replace(/style-src 'self';/, `style-src ${["'self'", ...styles].join(' ')};`);
  if (EMBED_PAGE.test(html)) trimmed = trimmed.replace(/ 'wasm-unsafe-eval'/, '');
  trimmed = trimmed.replace(/ {2,}/g, ' ').replace(/ ;/g, ';');
  const rest = html.replace(tag, '');
  const at = CHARSET.exec(rest);
  if (!at) throw new Error(`${name}: no <meta charset> to put the CSP after`);
  const end = at.index + at[0].length;
  return rest.slice(0, end) + tag.replace(content, trimmed) + rest.slice(end);
}

/** The integration: trims every built page's CSP to the hashes that page uses. */
export function cspPerPage() {
  return {
    name: 'io-models:csp-per-page',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        for (const page of pages) {
          const file = join(root, page);
          writeFileSync(file, trimPolicy(readFileSync(file, 'utf8'), page));
        }
        logger.info(`CSP trimmed to each page's own script and style hashes on ${pages.length} pages`);
      },
    },
  };
}
