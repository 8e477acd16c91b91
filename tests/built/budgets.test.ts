/**
 * Byte budgets (budgets.json), measured on the built files; each file gzipped on its own at level 9 and counted once.
 * - firstView: the page's HTML, each stylesheet it links and each script it loads by a <script src> (the site
 *   script), with the script's static imports.
 * - demoJs, per island: what waking that demo alone loads: the island's component-url and renderer-url files and
 *   every file in their static import closure (read from the built JavaScript: `import … from "…"`, `import "…"`,
 *   `export … from "…"`; a dynamic import() is not loaded at hydration and is not counted).
 * Every file a demo loads starts with V8's compile hint (build/island-chunks.mjs); the page scripts do not.
 * Nothing of a demo loads before a touch: every island hydrates on `client="interact"`, no demo file is
 * modulepreloaded or loaded by a <script src>. The embed files have budgets of their own, the embed pages one shared.
 * - elementKind: what a host page loads for one <io-model-demo> of a kind: io-models.js and that kind's chunk
 *   (src/embed/kind-chunks.ts) with the chunk's static import closure (a chunk a demo import()s on use is not
 *   counted); it holds no other kind's chunk. A table of
 * the measured figures is printed (console.log) for the record.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { KIND_CHUNK } from '~/embed/kind-chunks';
import { EMBED_MODELS, type EmbedModel } from '~/embed/snippets';
import { EMBEDS, bytes, elementChunks, fromBase, gzipSize, page, read } from './dist';
import { COMPILE_HINT } from '../../build/island-chunks.mjs';

interface Budget { firstView: number; demoJs: number }
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as {
  pages: Record<string, Budget>;
  embeds: { files: Record<string, number>; pageFirstView: number; pageJs: number; elementKind: number };
};

// `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`: at the start of the file or a statement.
const STATIC_IMPORT = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$\s{},*]*?\bfrom\s*)?["']([^"'\n]+)["']/g;

const closures = new Map<string, string[]>();

/** A built JavaScript file (a path below the build's root) and the files of its static import closure. */
function closure(file: string): string[] {
  const known = closures.get(file);
  if (known) return known;
  const out = new Set<string>([file]);
  const queue = [file];
  while (queue.length) {
    const f = queue.shift()!;
    for (const m of read(f).matchAll(STATIC_IMPORT)) {
      const dep = fromBase(new URL(m[1]!, `http://site/${f}`).pathname);
      if (!out.has(dep)) {
        out.add(dep);
        queue.push(dep);
      }
    }
  }
  const list = [...out];
  closures.set(file, list);
  return list;
}

const gz = new Map<string, number>();
/** A built file's gzip size, computed once. */
const size = (file: string): number => {
  let n = gz.get(file);
  if (n === undefined) {
    n = gzipSize(bytes(file));
    gz.set(file, n);
  }
  return n;
};
const sum = (files: Iterable<string>) => [...new Set(files)].reduce((n, f) => n + size(f), 0);

/** What a page loads before any demo is touched, and each island's script files. */
function measure(path: string) {
  const doc = page(path);
  const scripts = [...doc.querySelectorAll('script[src]')].flatMap((s) => closure(fromBase(s.getAttribute('src')!)));
  const sheets = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => fromBase(l.getAttribute('href')!));
  const islands = [...doc.querySelectorAll('astro-island')].map((island) => ({
    client: island.getAttribute('client'),
    files: [...new Set(['component-url', 'renderer-url', 'before-hydration-url']
      .map((a) => island.getAttribute(a))
      .filter((u): u is string => !!u)
      .flatMap((u) => closure(fromBase(u))))],
  }));
  const preloads = [...doc.querySelectorAll('link[rel="modulepreload"]')].map((l) => fromBase(l.getAttribute('href')!));
  return { firstView: size(`${path}index.html`) + sum([...sheets, ...scripts]), scripts, islands, preloads };
}

const measured: { path: string; firstView: number; ceiling: number; demoJs: string; demoCeiling: number }[] = [];

describe.each(Object.entries(budgets.pages))('/%s', (path, budget) => {
  const m = measure(path);
  measured.push({ path: `/${path}`, firstView: m.firstView, ceiling: budget.firstView, demoJs: m.islands.map((i) => sum(i.files)).join(' + ') || '-', demoCeiling: budget.demoJs });

  test(`first view within ${budget.firstView} B gzip`, () => {
    expect(m.firstView, `first view ${m.firstView} B gzip`).toBeLessThanOrEqual(budget.firstView);
  });

  test('nothing of a demo loads before a touch', () => {
    const demoFiles = new Set(m.islands.flatMap((i) => i.files));
    for (const i of m.islands) expect(i.client, 'the island hydrates on a first touch').toBe('interact');
    expect(m.preloads.filter((f) => demoFiles.has(f)), 'demo code preloaded').toEqual([]);
    expect(m.scripts.filter((f) => demoFiles.has(f)), 'demo code loaded by a <script src>').toEqual([]);
  });

  // build/island-chunks.mjs: V8 compiles a demo's files while they stream in (they run at once on the touch); the
  // page's own script, loaded with the page, stays lazily compiled.
  test('a demo loads at most 4 files, each starting with the compile hint; no page script has it', () => {
    for (const f of new Set(m.islands.flatMap((i) => i.files))) expect(read(f).startsWith(`${COMPILE_HINT}\n`), f).toBe(true);
    for (const f of m.scripts) expect(read(f).includes(COMPILE_HINT), f).toBe(false);
    // Shared code comes in a few chunks (island-chunks.mjs), not one file per set of islands sharing it (8 for a model
    // demo): on a throttled phone each file costs a request and a task before the demo can act.
    for (const i of m.islands) expect(i.files.length, i.files.join(', ')).toBeLessThanOrEqual(4);
  });

  test(`each demo's JavaScript within ${budget.demoJs} B gzip`, () => {
    if (budget.demoJs === 0) expect(m.islands).toEqual([]);
    for (const [k, i] of m.islands.entries()) {
      const js = sum(i.files);
      expect(js, 'every demo loads a script of its own once touched').toBeGreaterThan(0);
      expect(js, `demo ${k + 1} of ${m.islands.length}: ${js} B gzip (${i.files.join(', ')})`).toBeLessThanOrEqual(budget.demoJs);
    }
  });
});

describe('embeds', () => {
  test.each(Object.entries(budgets.embeds.files))('/%s within %i B gzip', (file, budget) => {
    const n = size(file);
    measured.push({ path: `/${file}`, firstView: n, ceiling: budget, demoJs: '-', demoCeiling: 0 });
    expect(n, `${file}: ${n} B gzip`).toBeLessThanOrEqual(budget);
  });

  // One ceiling for every embed page's first view: a page carries its own demo's CSS and no other's.
  test.each(EMBEDS)(`/$path: first view within ${budgets.embeds.pageFirstView} B gzip, at most ${budgets.embeds.pageJs} B gzip of JavaScript once its demo runs`, (e) => {
    const m = measure(e.path);
    const files = [...m.scripts, ...m.islands.flatMap((i) => i.files)];
    const js = sum(files);
    measured.push({ path: `/${e.path}`, firstView: m.firstView, ceiling: budgets.embeds.pageFirstView, demoJs: String(js), demoCeiling: budgets.embeds.pageJs });
    expect(m.firstView, `first view ${m.firstView} B gzip`).toBeLessThanOrEqual(budgets.embeds.pageFirstView);
    expect(m.islands.length, 'its demo').toBe(1);
    for (const i of m.islands) expect(i.client).toBe('interact');
    expect(js, `${js} B gzip of JavaScript`).toBeLessThanOrEqual(budgets.embeds.pageJs);
  });

  /** The built chunk of a kind: embed/chunks/<name>-<hash>.js (one per name: build-element.ts's check). */
  const kindChunk = (name: string) => elementChunks().filter((f) => new RegExp(`^embed/chunks/${name}-[\\w-]+\\.js$`).test(f));

  test.each(EMBED_MODELS)(`<io-model-demo model="%s">: io-models.js with its kind's chunk within ${budgets.embeds.elementKind} B gzip, no other kind's`, (model: EmbedModel) => {
    const chunk = kindChunk(KIND_CHUNK[model]);
    expect(chunk, `embed/chunks/${KIND_CHUNK[model]}-*.js`).toHaveLength(1);
    const files = closure(chunk[0]!);
    expect(files, 'the chunk imports the entry').toContain('embed/io-models.js');
    const others = [...new Set(Object.values(KIND_CHUNK))].filter((n) => n !== KIND_CHUNK[model]).flatMap(kindChunk);
    expect(files.filter((f) => others.includes(f)), 'another kind\'s chunk').toEqual([]);
    const n = sum(files);
    measured.push({ path: `element ${model}`, firstView: n, ceiling: budgets.embeds.elementKind, demoJs: `chunks ${n - size('embed/io-models.js')}`, demoCeiling: 0 });
    expect(n, `${n} B gzip (${files.join(', ')})`).toBeLessThanOrEqual(budgets.embeds.elementKind);
  });

  test('the measured figures (B gzip)', () => {
    const rows = measured.map((r) => `${r.path.padEnd(28)} ${String(r.firstView).padStart(7)} / ${String(r.ceiling || '-').padStart(6)}   ${r.demoJs.padStart(16)} / ${String(r.demoCeiling || '-')}`);
    console.log([`${'page or file'.padEnd(28)} ${'first view / ceiling'.padStart(16)}   ${'demo JS'.padStart(16)} / ceiling`, ...rows].join('\n'));
    expect(measured.length).toBeGreaterThan(0);
  });
});
