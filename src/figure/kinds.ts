/** The kinds of timeline demo: one model's figure, or the five models on one clock. */
import { MODELS } from '~/sim/limits';
import type { ModelId } from '~/sim/types';

/** A timeline demo: one model, or `compare` (the five side by side). */
export type DemoKind = ModelId | 'compare';

/** Every timeline demo, in the notes' order. */
export const DEMO_KINDS: readonly DemoKind[] = [...MODELS, 'compare'];
