/**
 * The page scripts inlined as text: the theme (before the first paint) and the summary's self-check (so the
 * summary's first view needs no second script file); astro.config.mjs hashes the same compacted text for the
 * CSP. The rest of the page script, src/site/site.js, is one cached file (src/layouts/Base.astro).
 */
import themeInitSource from './theme-init.js?raw';
import selfCheckSource from './self-check.js?raw';
import { compact } from '../../build/compact.mjs';

/** Sets the stored theme before first paint. */
export const themeInit: string = compact(themeInitSource);
/** The summary's self-check: verdicts, reasons and score (components/SelfCheck.astro, both its question sets). */
export const selfCheckScript: string = compact(selfCheckSource);
