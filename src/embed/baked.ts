/**
 * The data src/embed/build-element.ts bakes into io-models.js, named once: a `define` is pasted wherever its
 * name appears, so every other module imports it from here rather than naming it again.
 */
/** The timeline demos' strings, both languages. */
export const TEXT = __IO_TEXT__;
/** The level/edge lab's and the price figure's strings, both languages. */
export const FURTHER = __IO_FURTHER__;
/** Each model's highlighted snippet. */
export const CODE = __IO_CODE__;
/** The site's root URL, where the element links back to. */
export const SITE = __IO_SITE__;
