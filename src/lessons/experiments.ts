/**
 * The guided experiments beside each model page's demo ("predict, then press"), as data. Each one is a
 * scenario within the sliders' bounds, a quantity read off the simulator's trace, and two to four candidate
 * values; the right answer is whichever candidate the trace gives, never a stored index, and the candidates
 * are distinct, so at most one is right (tests/unit/experiments.test.ts checks that exactly one is).
 * Pure: no DOM, no strings (the words are src/i18n's `try` area, keyed by the experiment's id).
 */
import { simulateValid } from '~/sim/engine';
import type { ModelId, Scenario, Trace } from '~/sim/types';
import { fill } from '~/i18n/fill';

/** The experiments' ids: unique on the site, and the keys of their strings (src/i18n `tryIt.exp`). */
export type ExperimentId =
  | 'blocking-early' | 'blocking-total' | 'nonblocking-p1' | 'nonblocking-polls' | 'nonblocking-lag'
  | 'multiplexing-calls' | 'multiplexing-wait' | 'signal-copy' | 'signal-work' | 'async-copy' | 'async-signal';

/** What an experiment reads off the trace. */
export type Measure = 'phase1Blocked' | 'phase2Blocked' | 'blocked' | 'work' | 'syscalls' | 'failedPolls' | 'detectLag' | 'signalAt';

/** One experiment: where it sits, what it runs, what it reads and what the reader may predict. */
export interface Experiment {
  id: ExperimentId;
  model: ModelId;
  /** the demo's parameters for this question (pollCost is always 1, as on the sliders) */
  scenario: Required<Scenario>;
  measure: Measure;
  /** candidate values of the measure, distinct */
  answers: readonly number[];
}

const sc = (arrival: number, copy: number, pollEvery = 3): Required<Scenario> => ({ arrival, copy, pollEvery, pollCost: 1 });

/** Every experiment, in page order per model. */
export const EXPERIMENTS: readonly Experiment[] = [
  { id: 'blocking-early', model: 'blocking', scenario: sc(0, 2), measure: 'phase1Blocked', answers: [0, 2, 10] },
  { id: 'blocking-total', model: 'blocking', scenario: sc(10, 5), measure: 'blocked', answers: [5, 10, 15] },
  { id: 'nonblocking-p1', model: 'nonblocking', scenario: sc(10, 2, 1), measure: 'work', answers: [0, 5, 10] },
  { id: 'nonblocking-polls', model: 'nonblocking', scenario: sc(11, 2, 2), measure: 'failedPolls', answers: [5, 6, 11] },
  { id: 'nonblocking-lag', model: 'nonblocking', scenario: sc(9, 2, 4), measure: 'detectLag', answers: [0, 3, 4] },
  { id: 'multiplexing-calls', model: 'multiplexing', scenario: sc(10, 2), measure: 'syscalls', answers: [1, 2, 3] },
  { id: 'multiplexing-wait', model: 'multiplexing', scenario: sc(7, 2), measure: 'phase1Blocked', answers: [0, 2, 7] },
  { id: 'signal-copy', model: 'signal-driven', scenario: sc(10, 4), measure: 'phase2Blocked', answers: [0, 4, 14] },
  { id: 'signal-work', model: 'signal-driven', scenario: sc(20, 2), measure: 'work', answers: [0, 20, 22] },
  { id: 'async-copy', model: 'async', scenario: sc(10, 4), measure: 'phase2Blocked', answers: [0, 4, 14] },
  { id: 'async-signal', model: 'async', scenario: sc(10, 4), measure: 'signalAt', answers: [0, 10, 14] },
];

/** The experiment with this id (throws on an unknown one: a typo in MDX fails the build). */
export function experiment(id: string): Experiment {
  const e = EXPERIMENTS.find((x) => x.id === id);
  if (!e) throw new RangeError(`no experiment "${id}"; known: ${EXPERIMENTS.map((x) => x.id).join(', ')}`);
  return e;
}

/** The measured value on a trace: a stat, the ticks blocked in both phases, or the tick of the completion signal (async). */
export function measure(m: Measure, trace: Trace): number {
  if (m === 'signalAt') return trace.events.find((e) => e.label === 'deliver signal specified in aio_read')?.t ?? -1;
  if (m === 'blocked') return trace.stats.phase1Blocked + trace.stats.phase2Blocked;
  return trace.stats[m];
}

/** The verdict of one run: which answer the trace proves (-1 if none), the value, and the numbers for the sentence. */
export interface Judgement { right: number; value: number; vars: Record<string, number> }

/** Judges an experiment on a trace of its scenario: the index of the candidate equal to the measured value. */
export function judge(e: Experiment, trace: Trace): Judgement {
  const value = measure(e.measure, trace);
  const s = trace.scenario;
  return {
    right: e.answers.indexOf(value),
    value,
    vars: {
      value, A: s.arrival, C: s.copy, P: s.pollEvery, done: trace.done, work: trace.stats.work,
      p1: trace.stats.phase1Blocked, p2: trace.stats.phase2Blocked, calls: trace.stats.syscalls,
      polls: trace.stats.failedPolls, lag: trace.stats.detectLag, start: trace.done - s.copy,
    },
  };
}

/** Runs the simulator on the experiment's scenario and judges the trace. */
export function runExperiment(e: Experiment): Judgement {
  return judge(e, simulateValid(e.model, e.scenario));
}

/** The unit templates an answer is written with ('{n} ticks'); 'unit.call' is the singular of 'unit.calls'. */
export type UnitTemplates = Record<'unit.ticks' | 'unit.calls' | 'unit.call' | 'unit.polls' | 'unit.at', string>;

/** An answer's text: the value with the measure's unit, from the locale's templates. */
export function answerText(m: Measure, n: number, u: UnitTemplates): string {
  const key = m === 'syscalls' ? (n === 1 ? 'unit.call' : 'unit.calls') : m === 'failedPolls' ? 'unit.polls' : m === 'signalAt' ? 'unit.at' : 'unit.ticks';
  return fill(u[key], { n });
}
