/**
 * The data embed.vite.config.ts bakes into io-models.js, named once: a `define` is pasted wherever its
 * name appears, so every other module imports it from here rather than naming it again.
 */
export const TEXT = __IO_TEXT__;
export const CODE = __IO_CODE__;
export const SITE = __IO_SITE__;
