/**
 * The import aliases (`~/…` for src/, `~components/…`), read from tsconfig.json's `paths` so they are
 * written once: the type checkers and Playwright read tsconfig.json themselves, and Astro, the element's
 * Vite build and Vitest get them from here. Why not Vite's `resolve.tsconfigPaths`: it does not resolve
 * imports made from .svelte files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { paths } = JSON.parse(readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8')).compilerOptions;

/** Vite `resolve.alias` entries, one per tsconfig path pattern (`~/*` → `<root>/src/`). */
export const aliases = Object.entries(paths).map(([pattern, [target]]) => ({
  find: new RegExp(`^${pattern.replace('*', '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`),
  replacement: root + target.replace(/^\.\//, '').replace('*', ''),
}));
