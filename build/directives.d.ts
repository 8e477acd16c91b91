// The custom client directive astro.config.mjs adds (build/interact-directive.js): bare, or with the other
// ways to wake the island (a selector of elements outside it; a `key=value` hash in the address).
declare namespace Astro {
  interface ClientDirectives {
    'client:interact'?: boolean | { also?: string; hash?: boolean };
  }
}
