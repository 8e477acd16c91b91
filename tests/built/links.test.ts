/**
 * Links over files, for both builds (dist/ and the base-path build in dist-base/some/prefix/): every internal
 * href, src and srcset of every built HTML file, and every island's component and renderer script, names a file of
 * the build (a directory meaning its index.html), under the build's base path, and every #anchor names an element
 * id on the page it points to. "Internal" is a relative or root-relative address, or an absolute one on the site's
 * own origin (canonical and alternate links), which is read from the home page's canonical link. The base-path
 * build also serves the embeds under its prefix, and its snippets and custom element point there.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EMBEDS, PAGES, PREFIXED, ROOT, fromBase, htmlFiles, isFile, page, read, text, type Build } from './dist';

/** The page address a built HTML file is served at, below the base path: `zh/models/blocking/`, `404.html`. */
const servedAt = (file: string) => (file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file);

/** Every broken internal reference of a build, each named with the file it is on. */
function brokenLinks(build: Build): { broken: string[]; files: number } {
  const origin = new URL(page('', build).querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
  const broken: string[] = [];
  const files = htmlFiles(build);
  for (const file of files) {
    const base = `${origin}${build.base}${servedAt(file)}`;
    const doc = page(file, build);
    const refs: string[] = [];
    for (const el of doc.querySelectorAll('[href], [src], [srcset], astro-island')) {
      for (const attr of ['href', 'src', 'component-url', 'renderer-url']) if (el.hasAttribute(attr)) refs.push(el.getAttribute(attr)!);
      const srcset = el.getAttribute('srcset');
      if (srcset) refs.push(...srcset.split(',').map((s) => s.trim().split(/\s+/)[0]!));
    }
    for (const ref of refs) {
      if (!ref || /^(mailto|data|blob|javascript|tel):/i.test(ref)) continue;
      const url = new URL(ref, base);
      if (url.origin !== origin) continue;
      const where = `/${file} → ${url.pathname}${url.hash}`;
      if (!url.pathname.startsWith(build.base)) {
        broken.push(`${where}: outside ${build.base}`);
        continue;
      }
      let target = fromBase(url.pathname, build);
      if (target === '' || target.endsWith('/')) target += 'index.html';
      else if (!isFile(target, build) && isDirectory(join(build.dir, target))) target += '/index.html';
      if (!isFile(target, build)) broken.push(`${where}: no such file`);
      else if (url.hash && url.hash !== '#') {
        if (!target.endsWith('.html')) broken.push(`${where}: an anchor into a file that is not a page`);
        else if (!page(target, build).getElementById(decodeURIComponent(url.hash.slice(1)))) broken.push(`${where}: no element with that id`);
      }
    }
  }
  return { broken: [...new Set(broken)], files: files.length };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

describe.each([ROOT, PREFIXED])('$dir', (build) => {
  test(`every internal link, anchor and asset resolves under ${build.base}`, () => {
    const { broken, files } = brokenLinks(build);
    expect(broken).toEqual([]);
    expect(files).toBeGreaterThanOrEqual(PAGES.length + EMBEDS.length);
  });
});

test('the base-path build serves the embeds under its prefix, and its snippets and element point there', () => {
  for (const path of ['embed/blocking/index.html', 'zh/embed/compare/index.html', 'embed/embed.js', 'embed/io-models.js', 'embed/index.html', 'zh/embed/index.html']) {
    expect(isFile(path, PREFIXED), path).toBe(true);
  }
  const snippet = text(page('models/blocking/', PREFIXED).querySelector('pre[data-snippet="iframe"]'));
  expect(snippet).toMatch(/<iframe src="https?:\/\/[^/]+\/some\/prefix\/embed\/blocking\/"/);
  expect(read('embed/io-models.js', PREFIXED)).toContain('/some/prefix/');
});
