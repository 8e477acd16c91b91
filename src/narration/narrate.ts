/**
 * Words for a scene: fills the locale's templates with numbers. Pure; the templates come in as data
 * (src/i18n/demo.ts, picked on the server), so this module ships no language of its own.
 */
import type { AppState, EventLabel, KernelState, Trace, TraceEvent } from '~/sim/types';
import { fill } from '~/i18n/fill';
import type { Scene } from '~/figure/scene';

/**
 * A model's sentences: one per event label it emits, the process's part of a state sentence per app state, and
 * `label@0` for an event said otherwise when the datagram is ready at tick 0, before the process's first call.
 */
export type Sentences = Partial<Record<EventLabel | `${EventLabel}@0` | AppState, string>>;

/** The templates narrate() needs. */
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

/** The sentence for a scene: the whole run when idle, else narrateTick. */
export function narrate(text: NarrationText, trace: Trace, scene: Scene, idle: boolean): string {
  return idle ? idleSentence(text, trace) : narrateTick(text, trace, scene);
}

/** The whole run in one sentence: when it is done, how long the process was blocked, how much work it did. */
export function idleSentence(text: NarrationText, trace: Trace): string {
  const s = trace.stats;
  return fill(text.idle, { done: trace.done, blocked: s.phase1Blocked + s.phase2Blocked, work: s.work });
}

/**
 * Where the run is at the scene's tick: the latest event's sentence if it happened at this tick, else what the
 * process and the kernel are doing (stateSentence). An event at this tick that is not yet revealed (the player
 * pausing on it) has not happened: the state is still the previous tick's.
 */
export function narrateTick(text: NarrationText, trace: Trace, scene: Scene): string {
  const t = Math.floor(scene.t);
  const e = scene.current;
  if (e !== null && e.t === t) return fill(text.tick, { t, text: eventSentence(text.events, trace, e) });
  const at = trace.events[scene.step]?.t === t ? t - 1 : t;
  return at < 0 ? text.start : stateSentence(text, trace, t, at);
}

/**
 * 'Tick {t}: {app}; {kernel}.' with the process's and the kernel's states during tick `at` (t itself, or t − 1
 * while t's events are pending). {since} is where the process's current run began, {k} counts its calls so
 * far (while polling, the number of this poll), {next} is the tick of its next call; {ready} is the tick the
 * datagram became ready and {n} of {c} the ticks of the copy done.
 */
export function stateSentence(text: NarrationText, trace: Trace, t: number, at: number): string {
  const run = trace.spans.app.find((s) => s.from <= at && at < s.to);
  const k = trace.spans.kernel.find((s) => s.from <= at && at < s.to);
  const vars = {
    since: run?.from ?? 0,
    k: trace.events.filter((x) => x.actor === 'app' && x.t <= at).length,
    next: trace.events.find((x) => x.actor === 'app' && x.t > at)?.t ?? trace.done,
    ready: trace.scenario.arrival,
    n: k ? at - k.from : 0,
    c: k ? k.to - k.from : 0,
  };
  return fill(text.state, {
    t,
    app: fill((run && text.events[run.state]) ?? '', vars),
    kernel: fill((k && text.kernel[k.state]) ?? '', vars),
  });
}

/**
 * One event's sentence, without a tick; at A = 0 its `label@0` sentence where the model has one. {sinceReady} is the ticks from the datagram being ready to this
 * event (the event's own tick, not the run's detection lag); {done} is the tick the operation completes.
 */
export function eventSentence(events: Sentences, trace: Trace, e: TraceEvent): string {
  const atZero = trace.scenario.arrival === 0 ? events[`${e.label}@0`] : undefined;
  return fill(atZero ?? events[e.label] ?? e.label, { sinceReady: e.t - trace.scenario.arrival, done: trace.done });
}

/**
 * The longest (in characters) of every sentence the narration can say on these traces, each number in it written
 * with three digits (the most any of its numbers has within the sliders' bounds), so that it also stands for the
 * same sentence on other runs: the idle summary with its hint after it, each event's sentence at its tick, and each
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
    keep(`${idleSentence(text, trace)}${idleHint}`);
    keep(text.start);
    for (const e of trace.events) keep(fill(text.tick, { t: e.t, text: eventSentence(text.events, trace, e) }));
    for (let t = 0; t <= trace.done; t++) {
      keep(stateSentence(text, trace, t, t));
      if (t > 0) keep(stateSentence(text, trace, t, t - 1));
    }
  }
  return best;
}
