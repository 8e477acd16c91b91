/**
 * The integration that adds `client:interact` to Astro (build/interact-directive.js says what it does and why;
 * build/directives.d.ts types its value).
 */
import { fileURLToPath } from 'node:url';

/** Registers build/interact-directive.js as the client directive `interact`. */
export function clientInteract() {
  /** @type {import('astro').AstroIntegration} */
  const integration = {
    name: 'io-models:client-interact',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) =>
        addClientDirective({ name: 'interact', entrypoint: fileURLToPath(new URL('./interact-directive.js', import.meta.url)) }),
    },
  };
  return integration;
}
