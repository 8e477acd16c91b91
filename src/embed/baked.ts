/**
 * The data src/embed/build-element.ts bakes into the entry, io-models.js, named once: a `define` is pasted
 * wherever its name appears, so every other module imports it from here rather than naming it again. Each
 * kind's strings and code are named in that kind's module instead (src/embed/kinds/), so that they travel in
 * its chunk.
 */
/** The site's root URL, where the element links back to. */
export const SITE = __IO_SITE__;
/** Each demo's name in each language (src/embed/name.ts's), for the link back. */
export const NAMES = __IO_NAMES__;
