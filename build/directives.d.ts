// The custom client directive astro.config.mjs adds (build/interact-directive.js).
declare namespace Astro {
  interface ClientDirectives {
    'client:interact'?: boolean;
  }
}
