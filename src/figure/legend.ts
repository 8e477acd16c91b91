/**
 * The application states each model's figure can show, for its legend (a model that never polls does not
 * list "polling"). Shared by ModelDemo.astro, CompareDemo.astro and the custom element, so all draw the same legend.
 */
import type { DemoKind } from './kinds';

/** The app states each demo can show, in the legend's order; the comparison shows all five models, so all of them. */
export const LEGEND_STATES: Readonly<Record<DemoKind, readonly string[]>> = {
  compare: ['wait', 'poll', 'work', 'copy'],
  blocking: ['wait', 'copy'],
  nonblocking: ['poll', 'work', 'copy'],
  multiplexing: ['wait', 'copy'],
  'signal-driven': ['work', 'copy'],
  async: ['work'],
};
