// The custom client directive astro.config.mjs adds (src/client/interact-directive.js).
declare namespace Astro {
  interface ClientDirectives {
    'client:interact'?: boolean;
  }
}
