/**
 * The build's own plugins: the per-page CSP trim and the quiet logger (the other hacks are guarded inside the
 * build: build/README.md).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inlineScriptHashes, inlineStyleHashes, trimPolicy } from '../../build/csp-per-page.mjs';
import quietLogger, { SHIKI_CSP_WARNING } from '../../build/quiet-logger.mjs';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const A = 'a()';
const B = 'document.title="b"';
const page = (policyHashes: string[], body: string) =>
  `<html><head><meta charset="utf-8"><script>${A}</script><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${policyHashes.join(' ')}; style-src 'self';"></head><body>${body}</body></html>`;
const scriptSrc = (html: string) => /script-src ([^;]*);/.exec(html)![1];
const styleSrc = (html: string) => /style-src ([^;]*);/.exec(html)![1];

describe('cspPerPage', () => {
  it('hashes the inline scripts a browser runs, and only those', () => {
    const html = `<script>${A}</script><script type="module">${B}</script><script src="/x.js"></script>` +
      `<script type="application/json">{"c":1}</script><script async src="/y.js"></script>`;
    expect(inlineScriptHashes(html)).toEqual([hash(A), hash(B)]);
  });
  it("keeps on a page exactly the hashes of the scripts it holds, dropping the others the site's policy lists", () => {
    const out = trimPolicy(page([hash(A), hash(B), hash('unused()')], `<script>${B}</script>`), 'p');
    expect(scriptSrc(out)).toBe(`'self' ${hash(A)} ${hash(B)}`);
    expect(out).toContain("default-src 'self'; script-src");
    expect(out).toContain(`<script>${B}</script>`);
  });
  it('leaves a page without inline scripts only its sources', () => {
    const html = page([hash(A)], '<p>text</p>').replace(`<script>${A}</script>`, '');
    expect(scriptSrc(trimPolicy(html, 'p'))).toBe("'self'");
  });
  it('moves the policy ahead of every script, just after <meta charset>', () => {
    const out = trimPolicy(page([hash(A)], ''), 'p');
    expect(out).toMatch(/^<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" [^>]*><script>/);
    expect(out.match(/content-security-policy/g)).toHaveLength(1);
  });
  it("lists in style-src exactly the hashes of the page's own <style> blocks, each once; no 'unsafe-inline'", () => {
    const css = ['.a{color:red}', '\n  .b { margin: 0 }\n'];
    expect(inlineStyleHashes(`<style>${css[0]}</style><p>x</p><style is:global>${css[1]}</style><style>${css[0]}</style>`))
      .toEqual([hash(css[0]!), hash(css[1]!)]);
    const out = trimPolicy(page([hash(A)], `<style>${css[0]}</style>`), 'p');
    expect(styleSrc(out)).toBe(`'self' ${hash(css[0]!)}`);
    expect(styleSrc(trimPolicy(page([hash(A)], ''), 'p'))).toBe("'self'");
    expect(() => trimPolicy(page([hash(A)], '').replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"), 'z.html'))
      .toThrow(/z\.html: expected style-src 'self' with hashes only/);
  });
  it("drops 'wasm-unsafe-eval' on an embed page only (no search there)", () => {
    const wasm = page([hash(A)], '').replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");
    expect(scriptSrc(trimPolicy(wasm, 'p'))).toBe(`'self' 'wasm-unsafe-eval' ${hash(A)}`);
    expect(scriptSrc(trimPolicy(wasm.replace('<html>', '<html lang="en" class="embed-page">'), 'p'))).toBe(`'self' ${hash(A)}`);
  });
  it('fails the build on an inline script the policy does not allow, or a page without exactly one policy', () => {
    expect(() => trimPolicy(page([hash(A)], `<script>${B}</script>`), 'x.html')).toThrow(/x\.html: inline script\(s\) the CSP does not allow/);
    expect(() => trimPolicy('<html><body></body></html>', 'y.html')).toThrow(/y\.html: expected one CSP <meta>, found 0/);
  });
});

describe('quietLogger', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });
  /** What the logger writes to stdout and stderr for one message. */
  const written = (level: 'info' | 'warn' | 'error', message: string): string => {
    let out = '';
    const take = (c: string | Uint8Array) => {
      out += String(c);
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(take);
    vi.spyOn(process.stderr, 'write').mockImplementation(take);
    quietLogger().write({ label: 'config', level, message, newLine: true });
    vi.restoreAllMocks();
    return out;
  };

  it("drops Astro's warning that shiki's inline styles break the CSP, and only that", () => {
    const warning = `${SHIKI_CSP_WARNING} (CSP). Consider using Prism syntax highlighting instead, or disable CSP if Shiki is required.`;
    expect(written('warn', warning)).toBe('');
    expect(written('warn', 'Some other warning')).toContain('Some other warning');
    expect(written('info', warning)).toContain(SHIKI_CSP_WARNING);
    expect(written('error', 'Build failed')).toContain('Build failed');
  });

  it("matches the warning Astro prints now (a new wording would show it again: look at build/quiet-logger.mjs)", () => {
    const astro = createRequire(import.meta.url).resolve('astro/package.json');
    const runtime = readFileSync(new URL('dist/core/messages/runtime.js', `file://${astro}`), 'utf8');
    expect(runtime).toContain(`"${SHIKI_CSP_WARNING}`);
  });
});
