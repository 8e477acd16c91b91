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

/** `tk-NAME` for var(--shiki-token-NAME), nothing for the foreground; src/styles/palette.css colours the classes. */
export function tokenClass(color) {
  if (!color || color === 'var(--shiki-foreground)') return '';
  const name = /^var\(--shiki-token-([a-z-]+)\)$/.exec(color)?.[1];
  if (!name) throw new Error(`unexpected shiki colour ${color}: the css-variables theme names every colour`);
  return `tk-${name}`;
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
      const cls = decl.startsWith('color:') ? tokenClass(decl.slice(6)) : FONT_STYLE[decl];
      if (cls === undefined) throw new Error(`unexpected shiki style ${decl}: add a class for it in src/code/shiki-theme.mjs`);
      if (cls) this.addClassToHast(node, cls);
    }
  },
};
