/**
 * The five-model comparison's shared clock: its track and its narration. Apart from track.ts and text.ts
 * so that only the comparison's chunk carries it (astro.config.mjs keeps it out of the model pages' one).
 * Pure.
 */
import type { EventLabel, Trace, TraceEvent } from '~/sim/types';
import { eventSentence, fill } from './text';
import type { Cursor } from './scene';
import type { Track } from './track';

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

/** The comparison's sentence at a clock stop: for each model with an event at tick t, its last one there. */
export function narrateClock(
  head: string, nothing: string, names: Record<string, string>,
  sentences: Record<string, Partial<Record<EventLabel, string>>>, traces: readonly Trace[], t: number,
): string {
  const parts: string[] = [];
  for (const tr of traces) {
    let last: TraceEvent | undefined;
    for (const e of tr.events) if (e.t === t) last = e;
    if (last) parts.push(`${names[tr.model] ?? tr.model}: ${eventSentence(sentences[tr.model] ?? {}, tr, last)}`);
  }
  return fill(head, { t }) + (parts.length ? parts.join(' ') : nothing);
}
