/**
 * Tracks: the axis a player moves along. A single model plays event by event (its events get slots, so
 * steps at one tick are distinct); the five-model comparison plays on one shared clock (shared-clock.ts), where
 * a step is the next model with events at a tick. Pure.
 */
import type { Trace } from '~/sim/types';
import { cursorAtStep, cursorAtTick, cursorAtU, totalU, uOf, type Cursor } from '~/figure/scene';

/** A playable axis: positions u in [0, total], numbered steps, and conversions between them. */
export interface Track {
  total: number;
  /** the last tick (the scrubber's range): done for one model, the latest done on the shared clock */
  ticks: number;
  /** number of the last step; step `steps` is the end */
  steps: number;
  /** the step Next goes to from idle (1 for a single model: its first event; 0 on the shared clock) */
  first: number;
  toU(c: Cursor): number;
  fromU(u: number): Cursor;
  atStep(k: number): Cursor;
  /** the cursor at tick t with everything up to and including that tick revealed */
  atTick(t: number): Cursor;
}

/** One model's track: step k has revealed k events; `slot` is the layout's event slot. */
export function modelTrack(trace: Trace, slot: number): Track {
  return {
    total: totalU(trace, slot),
    ticks: trace.done,
    steps: trace.events.length,
    first: 1,
    toU: (c) => uOf(c, slot),
    fromU: (u) => cursorAtU(trace, u, slot),
    atStep: (k) => cursorAtStep(trace, k),
    atTick: (t) => cursorAtTick(trace, t),
  };
}
