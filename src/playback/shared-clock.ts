/**
 * The five-model comparison's shared clock: its track, its columns and its narration. Apart from track.ts and
 * text.ts so that only the comparison's chunk carries it (astro.config.mjs keeps it out of the model pages' one).
 * A stop is one model's events at one tick; the clock steps one stop at a time, in the traces' order at a tick,
 * so the narration speaks of one column at a time and that column alone has just changed. Pure.
 */
import type { Trace } from '~/sim/types';
import { eventsBefore } from '~/sim/events';
import type { Cursor } from '~/figure/scene';
import type { Track } from './track';

/** One stop of the shared clock: trace `i` has events at tick `t`. */
export interface ClockStop { t: number; i: number }

/** The clock's stops: each tick at which a trace has events, once per trace, by tick and then trace order. */
export function clockStops(traces: readonly Trace[]): ClockStop[] {
  const stops: ClockStop[] = [];
  traces.forEach((tr, i) => {
    for (const e of tr.events) if (stops.at(-1)?.i !== i || stops.at(-1)?.t !== e.t) stops.push({ t: e.t, i });
  });
  return stops.sort((a, b) => a.t - b.t || a.i - b.i);
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
  const tickOf = (k: number) => (stops[k] as ClockStop).t;
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
      return { t: tick, step: tick >= end ? n : stops.filter((s) => s.t <= tick).length };
    },
  };
}

/** Each trace's cursor at clock cursor `c`: its events up to its latest revealed stop, its time c.t. */
export function clockColumns(traces: readonly Trace[], c: Cursor): Cursor[] {
  const stops = clockStops(traces);
  return traces.map((tr, i) => {
    let last = -1;
    for (let k = 0; k < c.step && k < stops.length; k++) if ((stops[k] as ClockStop).i === i) last = (stops[k] as ClockStop).t;
    return { t: c.t, step: eventsBefore(tr.events, last + 1) };
  });
}
