// The custom client directive astro.config.mjs adds (build/interact-directive.js): bare, or with the hash keys its
// island reads (`keys`, 'arrival|copy': one in the address wakes it) and a selector of elements outside the island
// whose touch wakes it too (`also`).
declare namespace Astro {
  interface ClientDirectives {
    'client:interact'?: boolean | { keys?: string; also?: string };
  }
}
