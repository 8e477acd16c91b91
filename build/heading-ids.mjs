/**
 * One set of section ids for every locale: each heading (h2–h6) of content/<locale>/<path>.mdx gets the id
 * that the English page's heading at the same position would get (github-slugger on its text, as Astro
 * slugs). So /models/nonblocking/#the-price-of-polling and /zh/models/nonblocking/#the-price-of-polling are
 * the same section, and the language switch can carry the reader's section across.
 * Invariant: a translation has the same headings as English, in the same order and at the same depths;
 * the build fails, naming the page and the first difference, when it does not.
 * The English headings are read by compiling content/en/<path>.mdx with satteri, the Markdown/MDX parser of
 * Astro's default processor (@astrojs/markdown-satteri); the English page's own ids come from the same
 * list, so both languages are slugged from one source.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import { mdxToHast } from 'satteri';
import { LOCALE_TABLE } from '../src/i18n/locales.ts';

const DEFAULT = LOCALE_TABLE[0].code;
const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];
const CONTENT = /^(.*[\\/]content[\\/])([^\\/]+)([\\/].+\.mdx?)$/;

/** @param {any} n @returns {string} */
const text = (n) => (n.type === 'text' ? n.value : (n.children ?? []).map(text).join(''));

/**
 * The headings (h2–h6) of an MDX source, in document order, each with its depth and slug.
 * @param {string} source
 * @returns {{ depth: number; text: string; slug: string }[]}
 */
function referenceHeadings(source) {
  /** @type {{ depth: number; text: string; slug: string }[]} */
  const out = [];
  const slugger = new GithubSlugger();
  /** @param {any} n */
  const walk = (n) => {
    if (n.type === 'element' && HEADINGS.includes(n.tagName)) {
      const t = text(n);
      out.push({ depth: Number(n.tagName[1]), text: t, slug: slugger.slug(t) });
      return;
    }
    (n.children ?? []).forEach(walk);
  };
  walk(mdxToHast(source));
  return out;
}

/**
 * The satteri hast plugin (a factory: satteri calls it once per compiled file with its URL).
 * @param {{ fileURL: URL | undefined }} file
 */
export function headingIds({ fileURL }) {
  const path = fileURL && fileURL.protocol === 'file:' ? fileURLToPath(fileURL) : '';
  const m = CONTENT.exec(path);
  if (!m) return null;
  const [, root, locale, rest] = /** @type {string[]} */ (m);
  const refPath = `${root}${DEFAULT}${rest}`;
  const ref = referenceHeadings(readFileSync(refPath, 'utf8'));
  /** @type {{ depth: number; text: string }[]} */
  const seen = [];
  return {
    name: 'io-models-heading-ids',
    element: {
      filter: HEADINGS,
      /** @param {any} node @param {any} ctx */
      visit(node, ctx) {
        const depth = Number(node.tagName[1]);
        const i = seen.push({ depth, text: ctx.textContent(node) }) - 1;
        if (ref[i]?.depth === depth) ctx.setProperty(node, 'id', ref[i].slug);
      },
    },
    after() {
      const at = seen.findIndex((h, i) => h.depth !== ref[i]?.depth);
      if (at === -1 && seen.length === ref.length) return;
      const i = at === -1 ? seen.length : at;
      const mine = seen[i] ? `h${seen[i].depth} "${seen[i].text}"` : 'no more headings';
      const theirs = ref[i] ? `h${ref[i].depth} "${ref[i].text}"` : 'no more headings';
      throw new Error(
        `content/${locale}${rest}: heading ${i + 1} is ${mine}, but content/${DEFAULT}${rest} has ${theirs} there. ` +
          'Section ids are shared between languages (build/heading-ids.mjs), so every translation keeps the ' +
          "English page's headings: the same number, order and levels.",
      );
    },
  };
}
