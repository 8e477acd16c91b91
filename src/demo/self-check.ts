/**
 * The summary's self-check, as data: every question's right answer is read off the simulator (the same
 * traces that draw the figures; Stevens' Figure 6.6 via phaseVerdict, which the summary table restates),
 * never stored. Pure: the words come in as templates from src/i18n (`tryIt.ui`), the page builds the markup.
 */
import { DEFAULT_SCENARIO, MODELS } from '~/sim/limits';
import { phaseVerdict } from '~/sim/inspect';
import { simulate } from '~/sim/simulate';
import type { EventLabel, ModelId, Trace } from '~/sim/types';

/** A question: where each model blocks, which model makes a call sequence, or POSIX's line. */
export type Question =
  | { id: string; kind: 'phase'; model: ModelId }
  | { id: string; kind: 'calls'; model: ModelId }
  | { id: string; kind: 'posix'; model: 'signal-driven' };

/** The phase answers, in the order they are offered. */
export const PHASE_ANSWERS = ['both', 'wait', 'copy', 'neither'] as const;
/** The POSIX answers, in the order they are offered. */
export const POSIX_ANSWERS = ['sync', 'async'] as const;

/** The questions, in page order. */
export const QUESTIONS: readonly Question[] = [
  { id: 'phase-nonblocking', kind: 'phase', model: 'nonblocking' },
  { id: 'phase-multiplexing', kind: 'phase', model: 'multiplexing' },
  { id: 'phase-async', kind: 'phase', model: 'async' },
  { id: 'calls-nonblocking', kind: 'calls', model: 'nonblocking' },
  { id: 'calls-signal-driven', kind: 'calls', model: 'signal-driven' },
  { id: 'calls-async', kind: 'calls', model: 'async' },
  { id: 'calls-blocking', kind: 'calls', model: 'blocking' },
  { id: 'calls-multiplexing', kind: 'calls', model: 'multiplexing' },
  { id: 'posix-signal-driven', kind: 'posix', model: 'signal-driven' },
];

/** The run every question reads: the default scenario (A = 10, C = 2, P = 3). */
export function questionTrace(model: ModelId): Trace {
  return simulate(model, DEFAULT_SCENARIO);
}

// Steps inside the kernel, not seen by the process as a call or a return.
const INSIDE: ReadonlySet<EventLabel> = new Set<EventLabel>(['datagram ready', 'copy datagram', 'copy complete']);

/** What the process sees: each call with what comes back, repeats counted ([['recvfrom', 'EWOULDBLOCK'], 4], …). */
export function callSequence(trace: Trace): [EventLabel[], number][] {
  const groups: EventLabel[][] = [];
  for (const e of trace.events) {
    if (INSIDE.has(e.label)) continue;
    if (e.actor === 'app' || groups.length === 0) groups.push([e.label]);
    else groups[groups.length - 1]!.push(e.label);
  }
  const out: [EventLabel[], number][] = [];
  for (const g of groups) {
    const last = out[out.length - 1];
    if (last && last[0].join() === g.join()) last[1]++;
    else out.push([g, 1]);
  }
  return out;
}

/** The index of the right answer: among PHASE_ANSWERS, MODELS or POSIX_ANSWERS as the kind says. */
export function rightAnswer(q: Question): number {
  const t = questionTrace(q.model);
  if (q.kind === 'phase') {
    const v = phaseVerdict(t);
    return PHASE_ANSWERS.indexOf(v.wait ? (v.copy ? 'both' : 'wait') : v.copy ? 'copy' : 'neither');
  }
  if (q.kind === 'calls') {
    const seq = JSON.stringify(callSequence(t));
    return MODELS.findIndex((m) => JSON.stringify(callSequence(questionTrace(m))) === seq);
  }
  // POSIX: synchronous when the requesting thread is blocked until the I/O completes (any blocked tick).
  return POSIX_ANSWERS.indexOf(t.stats.phase1Blocked + t.stats.phase2Blocked > 0 ? 'sync' : 'async');
}
