/**
 * The built site as tests/built reads it: its files, each read once, and its pages, each parsed once (linkedom),
 * cached for the whole run (the `built` project shares one module graph: vitest.config.ts). Two builds: the root
 * build in dist/ (`npm run build`) and the base-path build in dist-base/some/prefix/ (`npm run build:base`); setup.ts
 * stops the run with one message when either is missing. Which pages exist comes from tests/routes.ts (content/ and
 * the embed models), never from the build, so a page the build forgot fails as a missing file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { EMBED_MODELS, type EmbedModel } from '~/embed/snippets';
import { ALL_PAGES, EMBED_PAGES, LOCALES } from '../routes';

/** One build of the site: its folder, the base path its links start with, and the command that writes it. */
export interface Build {
  dir: string;
  base: string;
  command: string;
}

/** The site built at the root. */
export const ROOT: Build = { dir: 'dist', base: '/', command: 'npm run build' };
/** The same site built under a base path (package.json's build:base). */
export const PREFIXED: Build = { dir: 'dist-base/some/prefix', base: '/some/prefix/', command: 'npm run build:base' };

/** The builds whose home page or embed module is missing (an interrupted build writes the pages first). */
export function missingBuilds(): Build[] {
  return [ROOT, PREFIXED].filter((b) => !existsSync(join(b.dir, 'index.html')) || !existsSync(join(b.dir, 'embed/io-models.js')));
}

const texts = new Map<string, Buffer>();
const docs = new Map<string, Document>();

/** A file of a build, relative to its root, as bytes (read once). */
export function bytes(path: string, build: Build = ROOT): Buffer {
  const file = join(build.dir, path);
  let b = texts.get(file);
  if (!b) {
    b = readFileSync(file);
    texts.set(file, b);
  }
  return b;
}

/** A file of a build, relative to its root, as text. */
export function read(path: string, build: Build = ROOT): string {
  return bytes(path, build).toString('utf8');
}

/** Whether a build has this file (a directory is not a file). */
export function isFile(path: string, build: Build = ROOT): boolean {
  const file = join(build.dir, path);
  return existsSync(file) && statSync(file).isFile();
}

/** The HTML file of a page path (`''`, `zh/models/blocking/`) or of an .html path (`zh/404.html`). */
export function htmlFile(path: string): string {
  return path.endsWith('.html') ? path : `${path}index.html`;
}

/** HTML parsed as a browser would parse it (linkedom). */
export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A page of a build, parsed once: `path` is a page path (`''`, `zh/summary/`) or an .html file (`404.html`). */
export function page(path: string, build: Build = ROOT): Document {
  const file = join(build.dir, htmlFile(path));
  let d = docs.get(file);
  if (!d) {
    d = parse(read(htmlFile(path), build));
    docs.set(file, d);
  }
  return d;
}

/** Every .html file of a build, relative to its root, sorted. */
export function htmlFiles(build: Build = ROOT): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(build.dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) out.push(path);
    }
  };
  walk('');
  return out.sort();
}

/** The files of the custom element's chunk folder (embed/chunks/, src/embed/build-element.ts writes them), relative to the build's root, sorted. */
export function elementChunks(build: Build = ROOT): string[] {
  return readdirSync(join(build.dir, 'embed/chunks')).map((f) => `embed/chunks/${f}`).sort();
}

/** A page of the site as the tests list it: path, locale code, `<html lang>`, URL prefix and slug. */
interface SitePage {
  path: string;
  locale: string;
  lang: string;
  prefix: string;
  slug: string;
}

/** A chrome-less embed page: its path, locale and the demo it shows. */
interface EmbedPage {
  path: string;
  locale: string;
  lang: string;
  prefix: string;
  model: EmbedModel;
}

/** Every page of both locales (tests/routes.ts). */
export const PAGES: readonly SitePage[] = ALL_PAGES;

/** Every embed page of both locales (tests/routes.ts's EMBED_PAGES), with its locale and demo. */
export const EMBEDS: readonly EmbedPage[] = EMBED_PAGES.map((path) => {
  const l = LOCALES.find((x) => x.prefix && path.startsWith(x.prefix)) ?? LOCALES[0]!;
  const model = EMBED_MODELS.find((m) => path.endsWith(`embed/${m}/`))!;
  return { path, locale: l.locale, lang: l.lang, prefix: l.prefix, model };
});

/** The text of an element with its whitespace collapsed, as a reader sees it (and as Playwright's toHaveText compares). */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A file's gzip size (level 9, as the byte budgets count it). */
export function gzipSize(body: Buffer): number {
  return gzipSync(body, { level: 9 }).length;
}

/** A root-relative URL path of a build (`/some/prefix/_astro/x.css`) as a path relative to the build's root. */
export function fromBase(urlPath: string, build: Build = ROOT): string {
  if (!urlPath.startsWith(build.base)) throw new Error(`${urlPath} is outside ${build.base}`);
  return decodeURIComponent(urlPath.slice(build.base.length));
}

/** A page's CSS: its <style> blocks and the stylesheet files it links, in that order. */
export function pageCss(path: string, build: Build = ROOT): string {
  const doc = page(path, build);
  const linked = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => read(fromBase(l.getAttribute('href')!, build), build));
  return [...[...doc.querySelectorAll('style')].map((s) => s.textContent ?? ''), ...linked].join('\n');
}

/** A style rule of a stylesheet: its selector list, its declarations and the @media condition it sits in, if any. */
export interface CssRule {
  selector: string;
  body: string;
  media: string | null;
}

/** The style rules of a stylesheet, in order, @media and @supports blocks opened (other at-rules skipped). */
export function cssRules(css: string, media: string | null = null): CssRule[] {
  const out: CssRule[] = [];
  const src = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{', i);
    if (open < 0) break;
    const prelude = src.slice(i, open).replace(/^[\s;}]+/, '').trim();
    // The block's end: the brace that closes this one.
    let depth = 1;
    let j = open + 1;
    for (; j < src.length && depth; j++) depth += src[j] === '{' ? 1 : src[j] === '}' ? -1 : 0;
    const inner = src.slice(open + 1, j - 1);
    if (prelude.startsWith('@media')) out.push(...cssRules(inner, prelude.slice(6).trim()));
    else if (prelude.startsWith('@supports') || prelude.startsWith('@layer')) out.push(...cssRules(inner, media));
    else if (!prelude.startsWith('@')) out.push({ selector: prelude, body: inner, media });
    i = j;
  }
  return out;
}

const hiding = new Map<string, CssRule[]>();

/**
 * Whether the page's CSS hides `el` when scripting is off: a rule setting `display: none` at the top level or
 * inside `@media (scripting: none)` matches it or one of its ancestors. The static HTML is the page without
 * JavaScript (no `js` class on <html>, which the theme script adds). Rules that would override it are not weighed.
 */
export function hiddenWithoutJs(path: string, el: Element, build: Build = ROOT): boolean {
  const key = `${build.dir}/${path}`;
  let rules = hiding.get(key);
  if (!rules) {
    rules = cssRules(pageCss(path, build)).filter((r) => /(^|;)\s*display\s*:\s*none\b/.test(r.body) && (r.media === null || /\(\s*scripting\s*:\s*none\s*\)/.test(r.media)));
    hiding.set(key, rules);
  }
  const matches = (e: Element, selector: string) => {
    try {
      return e.matches(selector);
    } catch {
      return false; // a selector the parser does not know (a pseudo-element) selects no element
    }
  };
  for (let e: Element | null = el; e; e = e.parentElement) if (rules.some((r) => matches(e!, r.selector))) return true;
  return false;
}
