import { createHash } from 'node:crypto';
import { minifySync } from 'vite';

/**
 * Minifies our own small inline scripts (src/site/*.js, src/embed/embed-page.js) before they are inlined and hashed for the
 * CSP: the hash must be of the exact text served, so the layouts and astro.config.mjs both call this.
 * Vite's own minifier (oxc), already installed: every page carries these, ~0.1 KB gzip less than
 * with comments and indentation merely stripped.
 * @param {string} source
 */
export function compact(source) {
  const { code, errors } = minifySync('inline.js', source);
  if (errors.length) throw new Error(`inline script: ${errors.map((e) => e.message).join('; ')}`);
  return code.trim();
}

/**
 * The CSP source expression ('sha256-…') of a script's text (astro.config.mjs, build/csp-per-page.mjs).
 * @param {string} text
 * @returns {`sha256-${string}`}
 */
export function sha256(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
