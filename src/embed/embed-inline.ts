/**
 * The embed pages' inline script, as text (compacted the same way as the layout's, and hashed for the CSP
 * by astro.config.mjs from the same text). Inline rather than a file: it must run before first paint.
 */
import embedPageSource from './embed-page.js?raw';
import { compact } from '../../build/compact.mjs';

/** Theme, controls and scenario from the query; the page's height to the parent frame. */
export const embedPageScript: string = compact(embedPageSource);
