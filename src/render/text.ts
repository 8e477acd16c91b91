/**
 * Words for a scene: fills the locale's templates with numbers. Pure; the templates come in as data
 * (src/i18n/demo.ts, picked on the server), so this module ships no language of its own.
 */
import type { EventLabel, Trace, TraceEvent } from '~/sim/types';
import type { ParamNote } from '~/demo/params';
import type { Scene } from './scene';

/** Replaces each {name} in `template` with vars[name]; unknown names stay as they are. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** The templates narrate() needs. */
export interface NarrationText {
  idle: string;
  start: string;
  /** puts a tick in front of an event sentence: 'Tick {t}: {text}' */
  tick: string;
  events: Partial<Record<EventLabel, string>>;
}

/** The sentence for a scene: the whole run when idle, else the latest revealed event. */
export function narrate(text: NarrationText, trace: Trace, scene: Scene, idle: boolean): string {
  const s = trace.stats;
  if (idle) {
    return fill(text.idle, { done: trace.done, blocked: s.phase1Blocked + s.phase2Blocked, work: s.work });
  }
  const e = scene.current;
  if (e === null) return text.start;
  return fill(text.tick, { t: e.t, text: eventSentence(text.events, trace, e) });
}

/**
 * One event's sentence, without a tick. {sinceReady} is the ticks from the datagram being ready to this
 * event (the event's own tick, not the run's detection lag); {done} is the tick the operation completes.
 */
export function eventSentence(events: Partial<Record<EventLabel, string>>, trace: Trace, e: TraceEvent): string {
  return fill(events[e.label] ?? e.label, { sinceReady: e.t - trace.scenario.arrival, done: trace.done });
}

/** One note as a sentence, with the field's name in the page's language. */
export function noteText(template: string, fieldName: string, n: ParamNote): string {
  return fill(template, { field: fieldName, used: n.used, min: n.min, max: n.max });
}
