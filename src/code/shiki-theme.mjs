/**
 * One shiki theme whose colours are CSS variables, so light and dark are two blocks of CSS
 * (src/styles/palette.css, contrast-checked for AA) instead of two renders of every snippet; and the
 * transformer that turns its style attributes into classes, so no page needs style-src 'unsafe-inline'
 * (a CSP can hash a <style> block, never a style attribute).
 * @see shiki's createCssVariablesTheme
 */
import { createCssVariablesTheme } from 'shiki/core';

export const cssVariablesTheme = createCssVariablesTheme({
  name: 'io-models',
  variablePrefix: '--shiki-',
  variableDefaults: {},
  fontStyle: true,
});

/**
 * The theme's name for a token colour: 'keyword' for var(--shiki-token-keyword), '' for the foreground. The
 * page's classes (tk-keyword, coloured by src/styles/palette.css) and the islands' CodeTokens both use it.
 * @param {string | undefined} color
 * @returns {string}
 */
export function tokenName(color) {
  if (!color || color === 'var(--shiki-foreground)') return '';
  const name = /^var\(--shiki-token-([a-z-]+)\)$/.exec(color)?.[1];
  if (!name) throw new Error(`unexpected shiki colour ${color}: the css-variables theme names every colour`);
  return name;
}

const FONT_STYLE = { 'font-style:italic': 'tk-italic', 'font-weight:bold': 'tk-bold', 'text-decoration:underline': 'tk-underline' };

/**
 * The shiki transformer for every highlighted block (Astro's markdown and <Code>): each token's style
 * attribute becomes classes (tk-keyword, tk-italic …); the <pre>'s colours and overflow come from
 * global.css's pre.astro-code instead of its style attribute. Anything it does not know fails the build.
 */
export const classTokens = {
  name: 'io-models:class-tokens',
  pre(node) {
    delete node.properties.style;
  },
  span(node) {
    const style = node.properties.style;
    if (typeof style !== 'string') return;
    delete node.properties.style;
    for (const decl of style.split(';').map((d) => d.replace(/\s+/g, '')).filter(Boolean)) {
      const token = decl.startsWith('color:') ? tokenName(decl.slice(6)) : undefined;
      const cls = token === undefined ? FONT_STYLE[decl] : token && `tk-${token}`;
      if (cls === undefined) throw new Error(`unexpected shiki style ${decl}: add a class for it in src/code/shiki-theme.mjs`);
      if (cls) this.addClassToHast(node, cls);
    }
  },
};
