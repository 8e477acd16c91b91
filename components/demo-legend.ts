/**
 * The application states each model's figure can show, for its legend (a model that never polls does not
 * list "polling"). Shared by Demo.astro and the custom element, so both draw the same legend.
 */
import type { ModelId } from '../src/sim/types';

/** Every app state, in the legend's order: the comparison shows all five models, so all of them. */
export const ALL_STATES: readonly string[] = ['wait', 'poll', 'work', 'copy'];

/** The app states each model can show, in the legend's order. */
export const LEGEND_STATES: Readonly<Record<ModelId, readonly string[]>> = {
  blocking: ['wait', 'copy'],
  nonblocking: ['poll', 'work', 'copy'],
  multiplexing: ['wait', 'copy'],
  'signal-driven': ['work', 'copy'],
  async: ['work'],
};
