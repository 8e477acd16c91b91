/**
 * What can be embedded and the two snippets that embed it. Pure: an absolute site root (ending in `/`,
 * base path included) and plain strings in, HTML text out. Every value written into an attribute goes
 * through `esc`, although all of them are the site's own constants.
 */
import { DEMO_KINDS, type DemoKind } from '~/figure/kinds';
import { localePath, type Locale } from '~/i18n/locales';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// The snippets are HTML as text, for the reader to copy into their own page: no template renders them, so
// they escape their own values.
/** Text or an attribute value, escaped for either place in a snippet. */
export const esc = (v: unknown): string => String(v).replace(/[&<>"']/g, (c) => ESC[c] as string);

/** The "Going further" demos that can be embedded, each with the page that explains it (base-relative, no slashes). */
const FURTHER = { 'epoll-lab': 'further/level-edge', 'many-price': 'further/many-sockets' } as const;

/**
 * A demo that can be embedded: every timeline demo, the level/edge lab and the price of one wait (the serve
 * and polling-price demos are not). The ids are the demos' own `data-demo` kinds.
 */
export type EmbedModel = DemoKind | keyof typeof FURTHER;

/** Everything embeddable, in the notes' order. */
export const EMBED_MODELS: readonly EmbedModel[] = [...DEMO_KINDS, 'many-price', 'epoll-lab'];

// Measured (tests/e2e/pages.spec.ts checks it at rest): the whole demo, controls and all, in either language at any
// frame width from 320 px up, plus room for two more lines of narration or notes, so that a host without
// embed.js still shows everything. The tallest width is around 420 px (the figure has grown to the frame's
// width but its side column has not yet moved beside it); the embed page caps its width, so a wider frame
// draws no taller figure.
/** The iframe snippet's fixed height in CSS pixels, per demo. */
export const IFRAME_HEIGHT: Readonly<Record<EmbedModel, number>> = {
  blocking: 1930,
  nonblocking: 2260,
  multiplexing: 2260,
  'signal-driven': 2400,
  async: 2310,
  compare: 2860,
  // with its table open, at N = 10,000
  'many-price': 1060,
  // its tallest program (256 B reads, a drain loop and EPOLLONESHOT: the most ticks), just under 640 px
  'epoll-lab': 2340,
};

/** The embed page of `model`, base-relative: `/embed/blocking/`, `/zh/embed/compare/`. */
export function embedPath(locale: Locale, model: EmbedModel): string {
  return localePath(locale, `embed/${model}`);
}

/** The site page that explains `model`, base-relative: a model page, the summary for `compare`, a "Going further" page. */
export function pagePath(locale: Locale, model: EmbedModel): string {
  return localePath(locale, model === 'compare' ? 'summary' : Object.hasOwn(FURTHER, model) ? FURTHER[model as keyof typeof FURTHER] : `models/${model}`);
}

/** `root` joined with a base-relative path (`root` ends in `/`, `path` starts with one). */
const at = (root: string, path: string) => root.replace(/\/$/, '') + path;

/** The iframe snippet: the frame (title, lazy, fixed height), a link back, and the optional embed.js. */
export function iframeSnippet(root: string, locale: Locale, model: EmbedModel, title: string, credit: string): string {
  return [
    `<iframe src="${esc(at(root, embedPath(locale, model)))}" title="${esc(title)}"`,
    `  width="100%" height="${IFRAME_HEIGHT[model]}" loading="lazy" style="border:0;display:block"></iframe>`,
    `<p><a href="${esc(at(root, pagePath(locale, model)))}">${esc(credit)}</a></p>`,
    `<script async src="${esc(at(root, '/embed/embed.js'))}"></script>`,
  ].join('\n');
}

/** The custom-element snippet: the module and the element, whose content (a link back) shows until it runs. */
export function elementSnippet(root: string, locale: Locale, model: EmbedModel, credit: string): string {
  return [
    `<script type="module" src="${esc(at(root, '/embed/io-models.js'))}"></script>`,
    `<io-model-demo model="${model}" lang="${locale}" theme="auto">`,
    `  <a href="${esc(at(root, pagePath(locale, model)))}">${esc(credit)}</a>`,
    `</io-model-demo>`,
  ].join('\n');
}
