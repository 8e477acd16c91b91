/** The build's own plugins: the one that drops Svelte's deep-state proxy, and the per-page CSP trim. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noDeepProxy } from '../../build/no-deep-proxy.mjs';
import { inlineScriptHashes, trimPolicy } from '../../build/csp-per-page.mjs';
import { createHash } from 'node:crypto';

const RUNTIME = join(dirname(createRequire(import.meta.url).resolve('svelte/package.json')), 'src/internal/client/reactivity');
const SOURCES = join(RUNTIME, 'sources.js');
const PROPS = join(RUNTIME, 'props.js');

/** Runs the plugin's transform; `this.error` throws, as Vite's does. */
function transform(code: string, id: string) {
  const ctx = { error: (msg: string) => { throw new Error(msg); } };
  const hook = noDeepProxy().transform as (this: typeof ctx, code: string, id: string) => { code: string } | null;
  return hook.call(ctx, code, id);
}

describe('noDeepProxy', () => {
  it("rewrites the installed Svelte's set() and prop() so that neither names proxy()", () => {
    for (const file of [SOURCES, PROPS]) {
      const code = readFileSync(file, 'utf8');
      expect(code).toContain('proxy(value)');
      const out = transform(code, file)!;
      expect(out.code).not.toContain('proxy(value)');
      expect(out.code.length).toBeLessThan(code.length);
    }
  });
  it('fails the build when Svelte changes that line', () => {
    expect(() => transform('export function set(s, v) { return v; }', SOURCES)).toThrow(/sources\.js changed/);
    expect(() => transform('export function prop() {}', PROPS)).toThrow(/props\.js changed/);
  });
  it('fails the build on a component of ours that uses deep state or $bindable', () => {
    expect(() => transform('let x = $state({ a: 1 });', '/w/components/X.svelte')).toThrow(/deep \$state/);
    expect(() => transform('let { v = $bindable() } = $props();', '/w/components/Y.svelte')).toThrow(/\$bindable/);
    expect(() => transform('x = $state ([]);', '/w/components/z.svelte.ts')).toThrow(/deep/);
  });
  it('lets $state.raw and everything outside our components through untouched', () => {
    expect(transform('let x = $state.raw({ a: 1 });', '/w/components/X.svelte')).toBeNull();
    expect(transform('let x = $state({});', '/w/node_modules/lib/C.svelte')).toBeNull();
    expect(transform('const s = "$state(";', '/w/src/render/svg.ts')).toBeNull();
  });
});

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const A = 'a()';
const B = 'document.title="b"';
const page = (policyHashes: string[], body: string) =>
  `<html><head><meta charset="utf-8"><script>${A}</script><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${policyHashes.join(' ')}; style-src 'self';"></head><body>${body}</body></html>`;
const scriptSrc = (html: string) => /script-src ([^;]*);/.exec(html)![1];

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
  it('fails the build on an inline script the policy does not allow, or a page without exactly one policy', () => {
    expect(() => trimPolicy(page([hash(A)], `<script>${B}</script>`), 'x.html')).toThrow(/x\.html: inline script\(s\) the CSP does not allow/);
    expect(() => trimPolicy('<html><body></body></html>', 'y.html')).toThrow(/y\.html: expected one CSP <meta>, found 0/);
  });
});
