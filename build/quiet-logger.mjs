/**
 * Astro's own console logger (astro/logger/node), less one warning: with `security.csp` on and shiki as the
 * markdown highlighter, every build and dev start prints that shiki "uses inline styles that are not compatible
 * with Content Security Policy". Not so here: src/code/shiki-theme.mjs's transformer turns every style attribute
 * shiki writes into classes, and tests/built/csp.test.ts fails on any style attribute in a page. Astro offers
 * no switch for that warning; its `logger` setting (astro.config.mjs) takes this module instead of the default.
 * Everything else, that warning's neighbours included, goes to the console as Astro would print it.
 * @see https://docs.astro.build/en/reference/logger-reference/
 */
import nodeLogger from 'astro/logger/node';

/** The start of the one message dropped (Astro's warnIfCspWithShiki, core/messages/runtime.js). */
export const SHIKI_CSP_WARNING = 'Shiki syntax highlighting uses inline styles that are not compatible with Content Security Policy';

/**
 * The logger destination: Astro's node destination, without the shiki CSP warning.
 * @param {import('astro/logger/node').NodeHandlerConfig} [config]
 * @returns {import('astro').AstroLoggerDestination}
 */
export default function quietLogger(config) {
  const node = nodeLogger(config);
  return {
    write(event) {
      if (event.level === 'warn' && event.message.startsWith(SHIKI_CSP_WARNING)) return;
      node.write(event);
    },
  };
}
