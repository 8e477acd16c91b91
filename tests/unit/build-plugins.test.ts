/** The build's own Vite plugin that drops Svelte's deep-state proxy (src/build/no-deep-proxy.mjs). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noDeepProxy } from '../../src/build/no-deep-proxy.mjs';

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
