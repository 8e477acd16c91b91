/**
 * The summary's self-check, as data: questions about consequences (what the process can do while it waits,
 * what changes when the datagram comes later, the copy takes longer or the polls come less often, when a
 * signal comes), never about which model a call belongs to. Every right answer is read off the simulator,
 * never stored: each choice is a candidate value, and the right one is the choice equal to what the runs
 * give (tests/unit/self-check.test.ts checks that exactly one is). Pure: the words come in as templates
 * from src/i18n (`tryIt`), the page builds the markup.
 */
import { DEFAULT_SCENARIO } from '~/sim/limits';
import { simulate } from '~/sim/simulate';
import type { ModelId, Scenario, Trace } from '~/sim/types';

/** The questions' ids: the keys of their strings (src/i18n `tryIt.quiz`). */
export type QuestionId =
  | 'meanwhile-multiplexing' | 'meanwhile-signal-driven' | 'later-blocking' | 'slower-poll'
  | 'copy-signal-driven' | 'copy-async' | 'signals' | 'posix-signal-driven';

/** What the process can do before the datagram is there, as the choices offer it. */
const MEANWHILE = ['nothing', 'between-polls', 'free'] as const;
/** What polling less often does, as the choices offer it. */
const POLL_OUTCOMES = ['fewer-later', 'fewer-same', 'more-sooner'] as const;
/** POSIX's two classes. */
const POSIX_CLASSES = ['sync', 'async'] as const;

/**
 * A question: `meanwhile` reads the process's phase 1 in one run; `blocked` compares the ticks blocked in a
 * run with the scenario changed by `change` against the demo's default run; `poll` compares two poll periods; `signals`
 * reads when SIGIO and the aio_read signal come; `posix` classes signal-driven I/O. `model` is the page to
 * read more on.
 */
export type Question =
  | { id: QuestionId; kind: 'meanwhile'; model: ModelId }
  | { id: QuestionId; kind: 'blocked'; model: ModelId; change: Partial<Scenario>; choices: readonly number[] }
  | { id: QuestionId; kind: 'poll'; model: 'nonblocking'; arrival: number; from: number; to: number }
  | { id: QuestionId; kind: 'signals'; model: ModelId; choices: readonly (readonly [number, number])[] }
  | { id: QuestionId; kind: 'posix'; model: 'signal-driven' };

/** The questions, in page order. */
export const QUESTIONS: readonly Question[] = [
  { id: 'meanwhile-multiplexing', kind: 'meanwhile', model: 'multiplexing' },
  { id: 'meanwhile-signal-driven', kind: 'meanwhile', model: 'signal-driven' },
  { id: 'later-blocking', kind: 'blocked', model: 'blocking', change: { arrival: 20 }, choices: [0, 10, 20] },
  { id: 'slower-poll', kind: 'poll', model: 'nonblocking', arrival: 10, from: 2, to: 4 },
  { id: 'copy-signal-driven', kind: 'blocked', model: 'signal-driven', change: { copy: 4 }, choices: [0, 2, 4] },
  { id: 'copy-async', kind: 'blocked', model: 'async', change: { copy: 4 }, choices: [0, 2, 4] },
  { id: 'signals', kind: 'signals', model: 'async', choices: [[10, 10], [10, 12], [12, 12]] },
  { id: 'posix-signal-driven', kind: 'posix', model: 'signal-driven' },
];

/** One offered answer: which template writes it (a key of `tryIt.ui`) and the numbers it fills in. */
interface Choice {
  key: `meanwhile.${(typeof MEANWHILE)[number]}` | `poll.${(typeof POLL_OUTCOMES)[number]}` | `posix.${(typeof POSIX_CLASSES)[number]}`
    | 'unit.ticks' | 'quiz.signals';
  vars: Record<string, number>;
}

/** A question as asked: its choices, the index of the right one (-1: none), and the numbers for its reason. */
export interface Asked { choices: Choice[]; right: number; vars: Record<string, number> }

/** The demo's default run of a model, with `change` applied. */
function run(model: ModelId, change: Partial<Scenario> = {}): Trace {
  return simulate(model, { ...DEFAULT_SCENARIO, ...change });
}

/** Ticks the process is blocked in a run, in either phase. */
const blocked = (t: Trace): number => t.stats.phase1Blocked + t.stats.phase2Blocked;

/** The index of `value` among `keys`, as a choice index. */
function pick<T>(keys: readonly T[], value: T): number {
  return keys.indexOf(value);
}

/** Asks a question of the simulator: its choices and which of them the runs give. */
export function ask(q: Question): Asked {
  const base = run(q.model);
  const { arrival: A, copy: C } = base.scenario;
  switch (q.kind) {
    case 'meanwhile': {
      // Phase 1 is the ticks before A: all wait, polls among work, or work alone.
      const before = base.timeline.slice(0, A);
      const what = /^w*$/.test(before) ? 'nothing' : before.includes('p') ? 'between-polls' : 'free';
      return { choices: MEANWHILE.map((m) => ({ key: `meanwhile.${m}`, vars: {} })), right: pick(MEANWHILE, what), vars: { A } };
    }
    case 'blocked': {
      const changed = run(q.model, q.change);
      const delta = blocked(changed) - blocked(base);
      return {
        choices: q.choices.map((n) => ({ key: 'unit.ticks', vars: { n } })),
        right: pick(q.choices, delta),
        vars: { A, C, A2: changed.scenario.arrival, C2: changed.scenario.copy, before: blocked(base), after: blocked(changed), n: delta },
      };
    }
    case 'poll': {
      const one = run('nonblocking', { arrival: q.arrival, pollEvery: q.from }).stats;
      const two = run('nonblocking', { arrival: q.arrival, pollEvery: q.to }).stats;
      const what = two.failedPolls < one.failedPolls
        ? (two.detectLag > one.detectLag ? 'fewer-later' : two.detectLag === one.detectLag ? 'fewer-same' : null)
        : two.failedPolls > one.failedPolls && two.detectLag < one.detectLag ? 'more-sooner' : null;
      return {
        choices: POLL_OUTCOMES.map((o) => ({ key: `poll.${o}`, vars: {} })),
        right: what ? pick(POLL_OUTCOMES, what) : -1,
        vars: { A: q.arrival, P1: q.from, P2: q.to, polls1: one.failedPolls, polls2: two.failedPolls, lag1: one.detectLag, lag2: two.detectLag },
      };
    }
    case 'signals': {
      const sigio = run('signal-driven').events.find((e) => e.label === 'deliver SIGIO')?.t ?? -1;
      const aio = run('async').events.find((e) => e.label === 'deliver signal specified in aio_read')?.t ?? -1;
      return {
        choices: q.choices.map(([a, b]) => ({ key: 'quiz.signals', vars: { a, b } })),
        right: q.choices.findIndex(([a, b]) => a === sigio && b === aio),
        vars: { A, C, a: sigio, b: aio },
      };
    }
    case 'posix': {
      // POSIX: synchronous when the requesting thread is blocked until the I/O completes (any blocked tick).
      const n = base.stats.phase2Blocked;
      return {
        choices: POSIX_CLASSES.map((c) => ({ key: `posix.${c}`, vars: {} })),
        right: pick(POSIX_CLASSES, blocked(base) > 0 ? 'sync' : 'async'),
        vars: { n },
      };
    }
  }
}
