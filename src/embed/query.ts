/**
 * The words an embed accepts, written once: the iframe page's query (`theme`, `controls`, and the scenario
 * keys) and the custom element's `theme` attribute. The embed page's inline script cannot import (it runs
 * before any module); tests/unit/embed.test.ts holds its copies, and every locale's messages, to these lists.
 */

/** `theme`: follow the system, or pin one; the first is the default. */
export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;

/** `controls` on the iframe page: every control, or playback only; the first is the default. */
export const EMBED_CONTROLS = ['full', 'minimal'] as const;

/** The scenario keys the iframe page passes on to the demo's hash. */
export const EMBED_SCENARIO_KEYS = ['arrival', 'copy', 'poll'] as const;
