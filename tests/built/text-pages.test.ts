/**
 * The pages without a demo, and the static figures of Home and Concepts, read from the built files.
 * - Home, Concepts and the Embed page (both languages) have no island and one script file, the site script
 *   (src/site/site.js, a hashed /_astro/ file), the same file every demo page links, so a reader's walk fetches it
 *   once; and no Svelte component CSS inline or in a linked file (build/no-client-css.mjs keeps it off). The states'
 *   colours are the site's (src/styles/palette.css): the home page's figures draw in them too.
 * - Code blocks are highlighted with classes (tk-*), never inline styles (csp.test.ts finds no style attribute).
 * - Home's first figure states in its caption the numbers of the measured read: the sender's delay
 *   (content/code/sender.c), the datagram's size (content/code/common.h), the kernel it ran on (content/traces), and
 *   the copy time its drawing shows; its second figure has a row per model (src/sim MODELS), each row's phases
 *   marked as the simulator runs them; Concepts' grid places the five models.
 * - Every table of the prose sits in a scroll box the keyboard reaches (tabindex 0) and a screen reader names
 *   (components/ScrollTable.astro); whether it scrolls and shows its shadow on a phone is the browser's (pages.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SCENARIO, MODELS, phaseConduct, simulate } from '~/sim';
import { LOCALES, pathOf } from '../routes';
import { PAGES, page, pageCss, text } from './dist';

const NO_DEMO = PAGES.filter((p) => ['', 'concepts', 'embed'].includes(p.slug));
const DEMO_PAGES = PAGES.filter((p) => p.slug.startsWith('models/') || p.slug === 'summary');

describe.each(NO_DEMO)('/$path', (p) => {
  test('has no demo, and loads only the site script, the one every demo page links', () => {
    const doc = page(p.path);
    expect(doc.querySelectorAll('astro-island')).toHaveLength(0);
    const src = [...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!);
    expect(src).toHaveLength(1);
    expect(src[0]).toMatch(/^\/_astro\/[^/]+\.js$/);
    for (const d of DEMO_PAGES) expect(page(d.path).querySelector(`script[type="module"][src="${src[0]}"]`), `/${d.path}`).not.toBeNull();
  });

  test('carries no Svelte component CSS', () => {
    const css = pageCss(p.path);
    expect(css.length).toBeGreaterThan(0);
    expect(css, "a Svelte component's CSS").not.toMatch(/\.svelte-[a-z0-9]+/);
  });
});

test('code blocks are coloured by classes, not inline styles', () => {
  const blocks = [...page('models/blocking/').querySelectorAll('pre.astro-code[data-language="c"]')];
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.some((b) => b.querySelector('span.tk-keyword'))).toBe(true);
  // A token is a plain span (the default colour) or one with a tk-* class; lines are span.line.
  for (const b of blocks) {
    for (const s of b.querySelectorAll('span')) {
      expect([...s.attributes].map((a) => a.name).filter((n) => n !== 'class'), s.outerHTML).toEqual([]);
      expect(s.getAttribute('class') ?? '', s.outerHTML).toMatch(/^(|line|tk-[\w-]+)( |$)/);
    }
  }
});

// The measured read the home page's first figure is about: what the programs of content/code do, and where they ran.
const delayMs = /delay_ms = argc > 1 \? atol\(argv\[1\]\) : (\d+);/.exec(readFileSync('content/code/sender.c', 'utf8'))![1]!;
const bytes = Number(/#define DATAGRAM_LEN (\d+)/.exec(readFileSync('content/code/common.h', 'utf8'))![1]);
const kernel = /^# kernel: (\d+\.\d+)/m.exec(readFileSync('content/traces/blocking.txt', 'utf8'))![1]!;

test('every table of the prose scrolls in a box the keyboard reaches, named for a screen reader', () => {
  // The figures' and demos' tables are drawn to fit; the Linux traces have their own named box (LinuxTraceTable, LabTraceTable).
  const tables = PAGES.flatMap((p) => [...page(p.path).querySelectorAll('.prose table')]
    .filter((t) => !t.closest('figure, .demo, astro-island, .lt-trace, .lab-trace'))
    .map((t) => ({ where: `/${p.path}: ${t.textContent!.trim().slice(0, 40)}`, box: t.parentElement! })));
  expect(tables.length).toBeGreaterThanOrEqual(2 * 10);
  const bare = tables.filter(({ box }) => !box.matches('.table-scroll[role="region"][tabindex="0"]') || !box.getAttribute('aria-label')?.trim());
  expect(bare.map((t) => t.where)).toEqual([]);
});

describe.each(LOCALES)('$locale', (l) => {
  test('the home figure states the measured read: the delay, the datagram, the kernel and the copy time it draws', () => {
    const fig = page(pathOf(l.prefix, '')).querySelector('[data-figure="phases"]')!;
    const caption = text(fig.querySelector('figcaption'));
    const copyTime = text([...fig.querySelectorAll('.key span')].at(-1));
    expect(copyTime).toMatch(/\d/);
    for (const n of [`${delayMs} ms`, bytes.toLocaleString('en-US'), kernel, copyTime]) expect(caption).toContain(n);
  });

  test('the home figure of the five models has a row per model, each phase marked as the simulator runs it', () => {
    const rows = [...page(pathOf(l.prefix, '')).querySelectorAll('[data-figure="models"] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-model'))).toEqual([...MODELS]);
    for (const [i, r] of rows.entries()) {
      const model = MODELS[i]!;
      expect(r.querySelector('a')?.getAttribute('href')).toBe(`/${pathOf(l.prefix, `models/${model}`)}`);
      const [wait, copy] = [...r.querySelectorAll('td')].map((td) => td.getAttribute('data-state'));
      expect({ wait, copy }, model).toEqual(phaseConduct(simulate(model, DEFAULT_SCENARIO)));
    }
  });

  test('the Concepts grid places the five models', () => {
    const models = [...page(pathOf(l.prefix, 'concepts')).querySelectorAll('[data-figure="grid"] a[data-model]')].map((a) => a.getAttribute('data-model'));
    expect(models.sort()).toEqual([...MODELS].sort());
  });
});
