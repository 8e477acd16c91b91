/**
 * The guided experiments beside /further/level-edge/'s lab ("predict, then press"), as data: each a change to the
 * epoll(7) example, a count read off the lab simulator's trace, and candidate counts. The right answer is whichever
 * candidate the trace gives, never a stored index; the candidates are distinct, so at most one is right
 * (tests/unit/lab-experiments.test.ts checks that exactly one is). Pure: no DOM, no strings (the words are src/i18n's
 * `many.tryLab`, keyed by the experiment's id).
 */
import { DEFAULT_LAB, labVerdict, simulateLab, type LabScenario, type LabTrace } from '~/sim/epoll-lab';
import type { Judgement } from './experiments';

/** The lab experiments' ids: the keys of their strings. */
export type LabExperimentId = 'lab-et-reports' | 'lab-oneshot-reports' | 'lab-blocking-waits';

/** What an experiment counts: the waits that reported the socket, or the waits the program reached at all. */
type LabMeasure = 'reports' | 'waits';

/** One lab experiment: the program it runs, what it counts and what the reader may predict. */
export interface LabExperiment {
  id: LabExperimentId;
  /** the epoll(7) example with these changes */
  change: Partial<LabScenario>;
  measure: LabMeasure;
  /** candidate counts, distinct */
  answers: readonly number[];
}

/** Every lab experiment, in page order. */
export const LAB_EXPERIMENTS: readonly LabExperiment[] = [
  { id: 'lab-et-reports', change: { mode: 'et' }, measure: 'reports', answers: [1, 2, 3] },
  { id: 'lab-oneshot-reports', change: { mode: 'lt', oneshot: true }, measure: 'reports', answers: [1, 2, 3] },
  { id: 'lab-blocking-waits', change: { mode: 'et', drain: true, blocking: true }, measure: 'waits', answers: [1, 2, 3] },
];

/** The lab experiment with this id (throws on an unknown one: a typo in MDX fails the build). */
export function labExperiment(id: string): LabExperiment {
  const e = LAB_EXPERIMENTS.find((x) => x.id === id);
  if (!e) throw new RangeError(`no lab experiment "${id}"; known: ${LAB_EXPERIMENTS.map((x) => x.id).join(', ')}`);
  return e;
}

/** The experiment's run: the epoll(7) example with its changes. */
export function labExperimentTrace(e: LabExperiment): LabTrace {
  return simulateLab({ ...DEFAULT_LAB, ...e.change });
}

/** Judges a lab experiment on its run: the candidate equal to the count, and the numbers for its proof. */
export function judgeLab(e: LabExperiment, trace: LabTrace = labExperimentTrace(e)): Judgement {
  const waits = trace.steps.filter((s) => s.op === 'epoll_wait');
  const reports = waits.filter((s) => s.result === 1).length;
  const value = e.measure === 'reports' ? reports : waits.length;
  const buffered = labVerdict(trace).bufferedAtSecondWait ?? 0;
  return { right: e.answers.indexOf(value), value, vars: { value, waits: waits.length, reports, buffered } };
}
