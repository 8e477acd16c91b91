/**
 * Tracks: the axis a player moves along. A single model plays event by event (its events get slots, so
 * steps at one tick are distinct); the five-model comparison plays on one shared clock, where a step
 * is the next tick at which any model has an event. Pure.
 */
import type { Trace } from '../sim/types';
import { cursorAtStep, cursorAtTick, cursorAtU, totalU, uOf, type Cursor } from './scene';

/** A playable axis: positions u in [0, total], numbered steps, and conversions between them. */
export interface Track {
  total: number;
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

/** One model's track: step k has revealed k events; `ev` is the layout's event slot. */
export function modelTrack(trace: Trace, ev: number): Track {
  return {
    total: totalU(trace, ev),
    steps: trace.events.length,
    first: 1,
    toU: (c) => uOf(c, ev),
    fromU: (u) => cursorAtU(trace, u, ev),
    atStep: (k) => cursorAtStep(trace, k),
    atTick: (t) => cursorAtTick(trace, t),
  };
}

/** The ticks a shared clock stops at: every tick with an event in any trace, and the last done. */
export function clockStops(traces: readonly Trace[]): number[] {
  const set = new Set<number>([0]);
  let end = 0;
  for (const tr of traces) {
    for (const e of tr.events) set.add(e.t);
    end = Math.max(end, tr.done);
  }
  set.add(end);
  return [...set].sort((a, b) => a - b);
}

/** The shared clock of several traces: u is the tick, step k is the k-th stop of clockStops. */
export function clockTrack(traces: readonly Trace[]): Track {
  const stops = clockStops(traces);
  const last = stops.length - 1;
  const total = stops[last] as number;
  const stepOf = (t: number): number => {
    let k = 0;
    while (k < last && (stops[k + 1] as number) <= t) k++;
    return k;
  };
  const fromU = (u: number): Cursor => {
    const t = Math.min(total, Math.max(0, Number.isFinite(u) ? u : 0));
    return { t, step: stepOf(t) };
  };
  return {
    total,
    steps: last,
    first: 0,
    toU: (c) => c.t,
    fromU,
    atTick: fromU,
    atStep: (k) => {
      const s = Math.min(last, Math.max(0, Math.floor(k)));
      return { t: stops[s] as number, step: s };
    },
  };
}
