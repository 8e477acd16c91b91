/**
 * The narration of one model's run, in two steps: tell() reads what happens at a scene off the trace (which
 * sentence, and its numbers), language-free; say() puts it in the locale's words. A change of wording is a
 * change of the locale's strings alone; the unit tests hold tell()'s numbers to the trace and every template
 * to the placeholders its sentence has. Pure; the templates come in as data (src/i18n/demo.ts, picked on the
 * server), so this module ships no language of its own.
 */
import type { AppState, EventLabel, KernelState, Trace, TraceEvent } from '~/sim/types';
import { fill } from '~/i18n/fill';
import type { Narration } from '~/i18n/demo';
import type { Scene } from '~/figure/scene';

/** A model's sentences (src/i18n/demo.ts's Narration): one per event label it emits, its process's part of a state
 * sentence per app state, and `label@0` where the datagram ready at tick 0 changes what an event means. */
export type Sentences = Narration;

/** The templates say() needs. */
export interface NarrationText {
  idle: string;
  start: string;
  /** puts a tick in front of an event sentence: 'Tick {t}: {text}' */
  tick: string;
  /** a tick without an event: 'Tick {t}: {app}; {kernel}.' */
  state: string;
  /** the kernel's part of a state sentence ({ready}: the tick it became ready; {n} of {c}: the copy's ticks done) */
  kernel: Partial<Record<KernelState, string>>;
  events: Sentences;
}

/** The UI strings a model's narration is made of. */
export type NarrationUi = Record<'narr.idle' | 'narr.start' | 'narr.tick' | 'narr.state' | 'narr.empty' | 'narr.ready' | 'narr.copying', string>;

/** A model's narration templates: the UI strings and the model's own sentences. */
export function narrationText(ui: NarrationUi, events: Sentences): NarrationText {
  return {
    idle: ui['narr.idle'], start: ui['narr.start'], tick: ui['narr.tick'], state: ui['narr.state'],
    kernel: { empty: ui['narr.empty'], ready: ui['narr.ready'], copying: ui['narr.copying'] }, events,
  };
}

/** An event's sentence and its numbers: {sinceReady}, ticks from the datagram being ready to it; {done}, the run's end. */
interface EventSaid { key: EventLabel | `${EventLabel}@0`; label: EventLabel; vars: { sinceReady: number; done: number } }

/**
 * What the narration says at a moment, without words: the whole run (idle), the start, an event at its tick, or
 * the state of a tick: the process's state and where that run began ({since}), its calls so far ({k}, while
 * polling the number of this poll), its next call ({next}); the kernel's state, when the datagram was ready
 * ({ready}) and the copy's ticks done ({n} of {c}).
 */
export type Said =
  | { kind: 'idle' }
  | { kind: 'start' }
  | { kind: 'event'; t: number; event: EventSaid }
  | {
    kind: 'state'; t: number; app: AppState | null; kernel: KernelState | null;
    vars: { since: number; k: number; next: number; ready: number; n: number; c: number };
  };

/** What is said at a scene: the whole run when idle, else the tick's event or state. */
export function tell(trace: Trace, scene: Scene, idle: boolean): Said {
  if (idle) return IDLE;
  const t = Math.floor(scene.t);
  const e = scene.current;
  if (e !== null && e.t === t) return { kind: 'event', t, event: tellEvent(trace, e) };
  // An event at this tick that is not yet revealed (the player pausing on it) has not happened: the state is still the previous tick's.
  const at = trace.events[scene.step]?.t === t ? t - 1 : t;
  return at < 0 ? { kind: 'start' } : tellState(trace, t, at);
}

// The whole run is drawn, and said without its numbers: the page's experiments ask for them before the reader plays.
const IDLE: Said = { kind: 'idle' };

/** One event: its sentence's key (its label, or `label@0` when the datagram is ready at tick 0) and numbers. */
function tellEvent(trace: Trace, e: TraceEvent): EventSaid {
  const key = trace.scenario.arrival === 0 ? (`${e.label}@0` as const) : e.label;
  return { key, label: e.label, vars: { sinceReady: e.t - trace.scenario.arrival, done: trace.done } };
}

/** The process's and the kernel's states during tick `at` (t itself, or t − 1 while t's events are pending), said as tick t. */
function tellState(trace: Trace, t: number, at: number): Said & { kind: 'state' } {
  const run = trace.spans.app.find((s) => s.from <= at && at < s.to);
  const k = trace.spans.kernel.find((s) => s.from <= at && at < s.to);
  return {
    kind: 'state', t, app: run?.state ?? null, kernel: k?.state ?? null,
    vars: {
      since: run?.from ?? 0,
      k: trace.events.filter((x) => x.kind === 'call' && x.t <= at).length,
      next: trace.events.find((x) => x.kind === 'call' && x.t > at)?.t ?? trace.done,
      ready: trace.scenario.arrival,
      n: k ? at - k.from : 0,
      c: k ? k.to - k.from : 0,
    },
  };
}

/** An event's sentence without a tick: its `label@0` sentence where the model has one, else its label's. */
function sayEvent(events: Sentences, e: EventSaid): string {
  return fill(events[e.key] ?? events[e.label] ?? e.label, e.vars);
}

/** What is said, in the locale's words. */
export function say(text: NarrationText, s: Said): string {
  switch (s.kind) {
    case 'idle': return text.idle;
    case 'start': return text.start;
    case 'event': return fill(text.tick, { t: s.t, text: sayEvent(text.events, s.event) });
    case 'state': return fill(text.state, {
      t: s.t,
      app: fill((s.app && text.events[s.app]) ?? '', s.vars),
      kernel: fill((s.kernel && text.kernel[s.kernel]) ?? '', s.vars),
    });
  }
}

/** The sentence for a scene: say(tell(…)). */
export function narrate(text: NarrationText, trace: Trace, scene: Scene, idle: boolean): string {
  return say(text, tell(trace, scene, idle));
}

/**
 * The longest (in characters) of every sentence the narration can say on these traces, each number in it written
 * with three digits (the most any of its numbers has within the sliders' bounds), so that it also stands for the
 * same sentence on other runs: the idle sentence with its hint after it, each event's sentence at its tick, and each
 * tick's state sentence (as itself, and while that tick's events are pending). The server writes it, hidden, under
 * the narration so that the box keeps its height while the words change (the box may be a little tall, never short).
 */
export function longestNarration(text: NarrationText, idleHint: string, traces: Trace[]): string {
  let best = '';
  const keep = (said: string): void => {
    const s = said.replace(/\d+/g, '000');
    if (s.length > best.length) best = s;
  };
  for (const trace of traces) {
    keep(`${text.idle}${idleHint}`);
    keep(text.start);
    for (const e of trace.events) keep(say(text, { kind: 'event', t: e.t, event: tellEvent(trace, e) }));
    for (let t = 0; t <= trace.done; t++) {
      keep(say(text, tellState(trace, t, t)));
      if (t > 0) keep(say(text, tellState(trace, t, t - 1)));
    }
  }
  return best;
}
