/**
 * The Embed disclosure, read from the built pages of both languages: every embeddable demo (each model page, the
 * summary's comparison, the level/edge lab and the price of one wait on the "Going further" pages) has exactly one, the embed pages none; its two snippets point at the site's own address
 * (the page's canonical origin) and have the shape the README documents: the iframe of the demo's embed page with
 * a title naming the demo (src/i18n), lazy loading and the fixed height of src/embed/snippets.ts's IFRAME_HEIGHT, a
 * link back to the explaining page and embed.js; the custom element's module and `<io-model-demo>` with the demo,
 * the language and theme="auto". Whether the pasted snippets run on another origin is the browser tier's.
 * The custom element's files, in both builds: io-models.js import()s one chunk per kind family
 * (src/embed/kind-chunks.ts), and every import between its files is relative, to a file in embed/chunks/ or to
 * the entry, so the browser resolves them beside io-models.js on any origin and under any base path.
 */
import { describe, expect, test } from 'vitest';
import { EMBED_STRINGS } from '~/i18n/embed';
import type { Locale } from '~/i18n/locales';
import { embedName } from '~/embed/name';
import { IFRAME_HEIGHT, type EmbedModel } from '~/embed/snippets';
import { MODELS } from '~/sim';
import { LOCALES, pathOf } from '../routes';
import { KIND_CHUNK } from '~/embed/kind-chunks';
import { EMBEDS, PREFIXED, ROOT, elementChunks, isFile, page, read, text } from './dist';

const DEMOS: { model: EmbedModel; slug: string }[] = [
  ...MODELS.map((m) => ({ model: m, slug: `models/${m}` })), { model: 'compare', slug: 'summary' },
  { model: 'many-price', slug: 'further/many-sockets' }, { model: 'epoll-lab', slug: 'further/level-edge' },
];

describe.each(LOCALES)('$locale', (l) => {
  test.each(DEMOS)(`/${l.prefix}$slug/: one Embed box, both snippets in their documented shape`, ({ model, slug }) => {
    const doc = page(pathOf(l.prefix, slug));
    const boxes = [...doc.querySelectorAll('details.embed-box')];
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.getAttribute('data-embed')).toBe(model);
    const iframe = text(boxes[0]!.querySelector('pre[data-snippet="iframe"]'));
    const element = text(boxes[0]!.querySelector('pre[data-snippet="element"]'));
    const origin = new URL(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
    const name = embedName(l.locale as Locale, model);

    const src = /<iframe src="([^"]+)"/.exec(iframe)?.[1];
    expect(src).toBe(`${origin}/${pathOf(l.prefix, `embed/${model}`)}`);
    expect(iframe).toContain(` title="${EMBED_STRINGS[l.locale as Locale].frameTitle.replace('{name}', name)}"`);
    expect(iframe).toMatch(/ title="[^"<>]{10,}"/);
    expect(iframe).toContain('loading="lazy"');
    expect(iframe).toContain(`height="${IFRAME_HEIGHT[model]}"`);
    expect(iframe).toContain(`<a href="${origin}/${pathOf(l.prefix, slug)}">`);
    expect(iframe).toContain(`<script async src="${origin}/embed/embed.js"></script>`);
    expect(element).toContain(`<script type="module" src="${origin}/embed/io-models.js"></script>`);
    expect(element).toContain(`<io-model-demo model="${model}" lang="${l.locale}" theme="auto">`);
    expect(element).toContain(`<a href="${origin}/${pathOf(l.prefix, slug)}">`);
  });
});

test.each(EMBEDS)('/$path has no Embed box', (e) => {
  expect(page(e.path).querySelectorAll('details.embed-box, .embed-box')).toHaveLength(0);
});

// `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"` at a statement's start, and `import(`./x.js`)`.
const IMPORTS = /(?:(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$\s{},*]*?\bfrom\s*)?["']([^"'\n]+)["'])|\bimport\(\s*["'`]([^"'`\n]+)["'`]\s*\)/g;

describe.each([ROOT, PREFIXED])('the element\'s files in $dir', (build) => {
  const files = ['embed/io-models.js', ...elementChunks(build)];
  const specifiers = (f: string) => [...read(f, build).matchAll(IMPORTS)].map((m) => (m[1] ?? m[2])!);

  test('io-models.js import()s one chunk per kind family', () => {
    const lazy = [...read('embed/io-models.js', build).matchAll(/\bimport\s*\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]!);
    expect(lazy.map((u) => /^\.\/chunks\/([\w-]+?)-[\w-]+\.js$/.exec(u)?.[1]).sort()).toEqual([...new Set(Object.values(KIND_CHUNK))].sort());
  });

  test('every import is relative and finds its file: the entry or a chunk in embed/chunks/', () => {
    const reached = new Set<string>();
    for (const f of files) {
      for (const s of specifiers(f)) {
        expect(s, `${f} imports ${s}`).toMatch(/^\.\.?\//);
        const target = new URL(s, `http://x/${f}`).pathname.slice(1);
        expect(files, `${f} imports ${s}`).toContain(target);
        reached.add(target);
      }
    }
    // Nothing in the folder is left over, and it holds nothing but modules.
    expect(files.filter((f) => f !== 'embed/io-models.js' && !reached.has(f))).toEqual([]);
    for (const f of files) expect(f).toMatch(/\.js$/);
    expect(isFile('embed/io-models.css', build)).toBe(false);
  });
});
