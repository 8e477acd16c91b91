// The custom client directive astro.config.mjs adds (build/interact-directive.js): bare, or with a selector of
// elements outside the island whose touch wakes it too.
declare namespace Astro {
  interface ClientDirectives {
    'client:interact'?: boolean | string;
  }
}
