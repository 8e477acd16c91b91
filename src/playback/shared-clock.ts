/**
 * The five-model comparison's shared clock: its track and its columns. A stop is a tick at which any model has
 * events; the clock steps one whole tick at a time, revealing every model's events at that tick together, so the
 * columns change as the models do, at once. Pure.
 */
import type { Trace } from '~/sim/types';
import { eventsBefore } from '~/sim/events';
import type { Cursor } from '~/figure/scene';
import type { Track } from './track';

// One list per set of traces: the comparison asks for it at every frame (its columns and its narration), while the
// traces change only with the scenario.
const STOPS = new WeakMap<readonly Trace[], number[]>();

/** The clock's stops: each tick at which any trace has events, ascending, once. */
export function clockStops(traces: readonly Trace[]): number[] {
  let stops = STOPS.get(traces);
  if (!stops) STOPS.set(traces, (stops = [...new Set(traces.flatMap((tr) => tr.events.map((e) => e.t)))].sort((a, b) => a - b)));
  return stops;
}

/** The clock's last tick: the latest done. */
export function clockEnd(traces: readonly Trace[]): number {
  return Math.max(0, ...traces.map((tr) => tr.done));
}

/**
 * The shared clock of several traces: step k has revealed k stops; each stop holds the clock for a slot of one
 * tick before it is revealed (as an event does on a model's track), so u = t + step.
 */
export function clockTrack(traces: readonly Trace[]): Track {
  const stops = clockStops(traces);
  const n = stops.length;
  const end = clockEnd(traces);
  const tickOf = (k: number) => stops[k] as number;
  return {
    total: end + n,
    ticks: end,
    steps: n,
    first: 1,
    toU: (c) => c.t + c.step,
    fromU: (u) => {
      if (!(u > 0)) return { t: 0, step: 0 };
      for (let k = 0; k < n; k++) {
        if (u < tickOf(k) + k) return { t: u - k, step: k };
        if (u < tickOf(k) + k + 1) return { t: tickOf(k), step: k };
      }
      return { t: Math.min(end, u - n), step: n };
    },
    atStep: (k) => {
      const s = Math.min(n, Math.max(0, Math.floor(k)));
      return s === n ? { t: end, step: n } : { t: s ? tickOf(s - 1) : 0, step: s };
    },
    atTick: (t) => {
      const tick = Math.min(end, Math.max(0, Number.isFinite(t) ? t : 0));
      return { t: tick, step: tick >= end ? n : stops.filter((s) => s <= tick).length };
    },
  };
}

/** The tick of the latest stop revealed at clock cursor `c`, or −1 before the first. */
export function revealedTick(traces: readonly Trace[], c: Cursor): number {
  if (c.step <= 0) return -1;
  const stops = clockStops(traces);
  return stops[Math.min(c.step, stops.length) - 1] as number;
}

/** Each trace's cursor at clock cursor `c`: its events up to the latest revealed stop, its time c.t. */
export function clockColumns(traces: readonly Trace[], c: Cursor): Cursor[] {
  const last = revealedTick(traces, c);
  return traces.map((tr) => ({ t: c.t, step: eventsBefore(tr.events, last + 1) }));
}
