/**
 * Every string of markup the site builds outside a template, in one module: the escaper and element
 * builder the figure (svg.ts) and the embed snippets use, and the few HTML pieces the islands write with
 * {@html} (code lines, stats, legend items, notes). Every piece of text and every attribute value passes
 * through esc(), so nothing given can turn into markup; what goes in is our own words and numbers.
 */

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value, escaped for either place. */
export const esc = (v: unknown): string => String(v).replace(/[&<>"']/g, (c) => ESC[c] as string);

/** Attributes from pairs; null and undefined values are left out. */
function attrs(a: Record<string, unknown>): string {
  let s = '';
  for (const k in a) if (a[k] != null) s += ` ${k}="${esc(a[k])}"`;
  return s;
}

/** One element as markup: its attributes escaped, no body for a self-closing one. */
export const el = (name: string, a: Record<string, unknown>, body?: string): string =>
  body === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${body}</${name}>`;

/**
 * The step panel's code: build-time tokens ([text, token, text, token, …] per line, CodeTokens in src/code/line-map.ts) as markup,
 * line `hl` (1-based) marked; a token is a class `tk-NAME` (coloured by src/styles/palette.css, no style attribute,
 * so a strict style-src holds); plain text ('') needs no span. A string for the same reason as the figure:
 * no list code in the island.
 */
export function codeLines(tokens: string[][], hl: number | undefined): string {
  return tokens
    .map((row, i) => el('span', { class: i + 1 === hl ? 'line hl' : 'line', 'data-line': i + 1 },
      row.map((text, j) => (j % 2 ? '' : row[j + 1] ? el('span', { class: `tk-${row[j + 1]}` }, esc(text)) : esc(text))).join('')))
    .join('\n');
}

/**
 * Term–value pairs as the rows of the stats table, one <tr><th><td> each. Markup rather than {#each}:
 * Svelte's list block would add 1.7 KB gzip (measured) to the demo chunk every model page loads.
 */
export const statRows = (pairs: [string, number][]): string =>
  pairs.map(([k, v]) => el('tr', {}, el('th', { scope: 'row' }, esc(k)) + el('td', {}, esc(v)))).join('');

/** The legend's items (TimelineLegend): one <li> each, a swatch of class `sw` and `swatch`, then its text; the same way. */
export const legendItems = (items: [swatch: string, text: string][]): string =>
  items.map(([sw, text]) => el('li', {}, el('span', { class: `sw ${sw}`, 'aria-hidden': 'true' }, '') + esc(text))).join('');

/** Each text in a <span> (the parameter notes), the same way. */
export const noteSpans = (texts: string[]): string => texts.map((t) => el('span', {}, esc(t + ' '))).join('');
