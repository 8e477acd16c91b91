/**
 * The lab's track: the level- and edge-triggered runs on one clock of whole ticks. Step k has revealed
 * ticks 0 … k − 1 in both runs (a step is one tick, so a wait that sleeps several ticks is revealed at once
 * and then continues tick by tick); step `ticks` is the end; the scrubber's tick t is step t. Pure.
 */
import type { Cursor } from '~/figure/scene';
import type { Track } from '~/playback/track';

/** A track of `ticks` whole ticks: u = t = step. */
export function labTrack(ticks: number): Track {
  const at = (k: number): Cursor => {
    const step = Math.min(ticks, Math.max(0, Number.isFinite(k) ? Math.floor(k) : 0));
    return { t: step, step };
  };
  return {
    total: ticks,
    ticks,
    steps: ticks,
    first: 1,
    toU: (c) => c.t,
    fromU: (u) => {
      const t = Math.min(ticks, Math.max(0, u));
      return { t, step: Math.floor(t) };
    },
    atStep: at,
    atTick: at,
  };
}
