/**
 * The cursor and the scene: what of a trace is drawn at one moment. Pure: no DOM, no Svelte.
 * Time is integer ticks; tick t is [t, t+1). A cursor is a tick `t` (fractional while playing) and a
 * `step`, the number of events revealed; a consistent cursor has revealed exactly the events before
 * `step`, all at ticks ≤ t, so several events at one tick are revealed one step at a time.
 * Playback runs along one axis `u`: each tick lasts 1 and each event occupies a slot of `slot` before its
 * tick goes on, so u = t + slot · step. With slot = 0 (one shared clock) u is simply t.
 */
import type { AppSpan, KernelSpan, PhaseSpan, Trace, TraceEvent } from '~/sim/types';
import { eventsBefore } from '~/sim/events';

/** A moment in a trace: tick t and the number of events revealed. */
export interface Cursor { t: number; step: number }

/** Everything drawn at a cursor: spans clipped to it and the events revealed so far. */
export interface Scene {
  t: number;
  step: number;
  /** app spans that have started, clipped to t (never zero-length) */
  app: AppSpan[];
  kernel: KernelSpan[];
  phases: PhaseSpan[];
  /** the latest revealed event, or null before the first */
  current: TraceEvent | null;
  /** true once every event is revealed and t has reached done */
  atEnd: boolean;
}

/** Clips [from, to) runs to end at t, dropping those not yet started or empty. */
function clip<S extends { from: number; to: number }>(spans: readonly S[], t: number): S[] {
  const out: S[] = [];
  for (const s of spans) {
    const to = Math.min(s.to, t);
    if (to > s.from) out.push(to === s.to ? s : { ...s, to });
  }
  return out;
}

/** Keeps a cursor inside the trace: t in [0, done], step in [0, events] and no event revealed before its tick. */
function clampCursor(trace: Trace, c: Cursor): Cursor {
  const n = trace.events.length;
  const t = Math.min(trace.done, Math.max(0, Number.isFinite(c.t) ? c.t : 0));
  let step = Math.min(n, Math.max(0, Number.isFinite(c.step) ? Math.floor(c.step) : 0));
  while (step > 0 && (trace.events[step - 1] as TraceEvent).t > t) step--;
  // Time may not pass an event that is not yet revealed.
  const next = trace.events[step];
  return { t: next !== undefined && next.t < t ? next.t : t, step };
}

/** The scene of `trace` at `cursor`: spans clipped to its tick, events up to its step. */
export function sceneAt(trace: Trace, cursor: Cursor): Scene {
  const { t, step } = clampCursor(trace, cursor);
  return {
    t,
    step,
    app: clip(trace.spans.app, t),
    kernel: clip(trace.spans.kernel, t),
    phases: clip(trace.spans.phases, t),
    current: step > 0 ? (trace.events[step - 1] as TraceEvent) : null,
    atEnd: step === trace.events.length && t >= trace.done,
  };
}

/** The cursor with every event revealed and the clock at done: the complete figure. */
export function endCursor(trace: Trace): Cursor {
  return { t: trace.done, step: trace.events.length };
}

/** Length of the playback axis: done ticks plus one slot of `slot` per event. */
export function totalU(trace: Trace, slot: number): number {
  return trace.done + slot * trace.events.length;
}

/** Position on the playback axis of a cursor (u = t + slot · step). */
export function uOf(c: Cursor, slot: number): number {
  return c.t + slot * c.step;
}

/** The cursor at position u of the playback axis; an event is revealed once its slot has fully passed. */
export function cursorAtU(trace: Trace, u: number, slot: number): Cursor {
  const evs = trace.events;
  if (!(u > 0)) return { t: 0, step: 0 };
  if (u >= totalU(trace, slot)) return endCursor(trace);
  // Event i's slot is [t_i + slot·i, t_i + slot·(i+1)): closed form, so no rounding error piles up.
  // Rounding to 1e-9 absorbs the float error of u = t + slot·k when a step is converted back.
  const at = (t: number) => Math.round(t * 1e9) / 1e9;
  for (let i = 0; i < evs.length; i++) {
    const t = (evs[i] as TraceEvent).t;
    const start = t + slot * i;
    if (u < start) return { t: Math.min(t, at(u - slot * i)), step: i };
    if (u < start + slot - 1e-9) return { t, step: i };
  }
  return { t: Math.min(trace.done, at(u - slot * evs.length)), step: evs.length };
}

/** The cursor right after event `step` is revealed (step 0: the start; the last step: done). */
export function cursorAtStep(trace: Trace, step: number): Cursor {
  const n = trace.events.length;
  const s = Math.min(n, Math.max(0, Math.floor(step)));
  if (s === 0) return { t: 0, step: 0 };
  if (s === n) return endCursor(trace);
  return { t: (trace.events[s - 1] as TraceEvent).t, step: s };
}

/** The cursor at tick t with every event up to and including tick t revealed (the scrubber's seek). */
export function cursorAtTick(trace: Trace, t: number): Cursor {
  const tick = Math.min(trace.done, Math.max(0, Number.isFinite(t) ? t : 0));
  if (tick >= trace.done) return endCursor(trace);
  return { t: tick, step: eventsBefore(trace.events, Math.floor(tick) + 1) };
}
