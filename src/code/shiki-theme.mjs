/**
 * One shiki theme whose colours are CSS variables, so light and dark are two blocks of CSS
 * (src/styles/palette.css, contrast-checked for AA) instead of two renders of every snippet.
 * @see shiki's createCssVariablesTheme
 */
import { createCssVariablesTheme } from 'shiki/core';

export const cssVariablesTheme = createCssVariablesTheme({
  name: 'io-models',
  variablePrefix: '--shiki-',
  variableDefaults: {},
  fontStyle: true,
});
