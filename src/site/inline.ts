/**
 * The page scripts the layout inlines, as text. They are inline (not bundled files) so that a page
 * without a demo loads no script file; astro.config.mjs hashes the same compacted text for the CSP.
 */
import themeInitSource from './theme-init.js?raw';
import siteSource from './site.js?raw';
import selfCheckSource from './self-check.js?raw';
import { compact } from '../../build/compact.mjs';

/** Sets the stored theme before first paint. */
export const themeInit: string = compact(themeInitSource);
/** Theme toggle, copy buttons, search dialog. */
export const siteScript: string = compact(siteSource);
/** The summary's self-check: verdicts, reasons and score (components/SelfCheck.astro). */
export const selfCheckScript: string = compact(selfCheckSource);
