/**
 * The simulator's public types: the contract between the engine, the renderer, the demos and the tests.
 * Time is integer ticks; tick t is the interval [t, t+1). The app starts the input operation at t = 0.
 * @see src/sim/README.md (the semantics) and Stevens, UNP vol. 1, §6.2.
 */
import type { AnyEvent } from './engine';

/** The five models, as route segments, data attributes and file names spell them. */
export type ModelId = 'blocking' | 'nonblocking' | 'multiplexing' | 'signal-driven' | 'async';

/** What the application does during one tick: blocked waiting, a failed poll, useful work, blocked copying. */
export type AppState = 'wait' | 'poll' | 'work' | 'copy';

/** The kernel's receive buffer: nothing yet, a datagram ready, being copied to the user, copied. */
export type KernelState = 'empty' | 'ready' | 'copying' | 'done';

/** A, C, P and s (src/sim/README.md, "Time and parameters"); pollEvery defaults to 3 and pollCost to 1. */
export interface Scenario {
  /** A: tick at which the datagram is complete in the kernel buffer (0 ≤ A ≤ 10,000). */
  arrival: number;
  /** C: ticks the kernel-to-user copy takes (1 ≤ C ≤ 1,000). */
  copy: number;
  /** P: period of the nonblocking poll loop (s ≤ P ≤ 1,000). */
  pollEvery?: number;
  /** s: CPU ticks one failed poll costs (1 ≤ s ≤ P). */
  pollCost?: number;
}

/** A maximal run of one application state, [from, to). */
export interface AppSpan { lane: 'app'; state: AppState; from: number; to: number }

/** A maximal run of one kernel state, [from, to). */
export interface KernelSpan { lane: 'kernel'; state: KernelState; from: number; to: number }

/** One of the two phases of an input operation, [from, to): wait for data, copy to user. */
export interface PhaseSpan { phase: 'wait' | 'copy'; from: number; to: number }

/** Stevens' labels, and the kinds of event (a call, a return, a kernel step): the engine's table of events. */
export type { EventKind, EventLabel } from './engine';

/** One labelled arrow or kernel step at tick t, of the kind the engine's table gives its label. */
export type TraceEvent = AnyEvent;

/** Counts derived from one run. All are integers. */
export interface Stats {
  /** ticks the app spent blocked in phase 1 (state wait) */
  phase1Blocked: number;
  /** ticks the app spent blocked in phase 2 (state copy) */
  phase2Blocked: number;
  /** ticks of useful work before `done` */
  work: number;
  /** polls that found no datagram (nonblocking only) */
  failedPolls: number;
  /** CPU ticks burnt by failed polls */
  wastedCpu: number;
  /** system calls made before the datagram was ready (tick < A) */
  syscallsBeforeData: number;
  /** all system calls the app made for this input operation */
  syscalls: number;
  /** ticks between the datagram being ready and the app starting the copy */
  detectLag: number;
}

/**
 * The counts of Stats so far, at a moment of a run: ticks counted up to the moment, calls and failed polls
 * among the events that have happened; `done` and `detectLag` are null until the run has reached them.
 */
export interface StatsSoFar {
  done: number | null;
  phase1Blocked: number;
  phase2Blocked: number;
  work: number;
  failedPolls: number;
  wastedCpu: number;
  syscalls: number;
  detectLag: number | null;
}

/** Everything the demos draw and narrate for one model on one scenario. */
export interface Trace {
  model: ModelId;
  /** the scenario with defaults filled in */
  scenario: Required<Scenario>;
  /** tick at which the data is in the user buffer and the app knows it */
  done: number;
  /** app state per tick, one character a tick: w wait, p poll, . work, c copy; length `done` */
  timeline: string;
  spans: { app: AppSpan[]; kernel: KernelSpan[]; phases: PhaseSpan[] };
  /** in time order; at one tick, in causal order */
  events: TraceEvent[];
  stats: Stats;
}

/** How a server handles N connections (src/sim/README.md, "One thread, N connections"). */
export type ServeMode = 'blocking' | 'thread-per-connection' | 'multiplexing';

/** Connection i is ready at arrivals[i]; each needs `copy` then `process` ticks of the one CPU. */
export interface ServeScenario { arrivals: number[]; copy: number; process: number }

/**
 * What a server thread does through [from, to): blocked in `recvfrom` on `conn`, whose data has not come;
 * blocked in `select` on every unserved connection; runnable, its connection `conn` ready but the one CPU busy
 * (thread per connection only); serving `conn` (its copy, then its processing); idle, with nothing left to serve.
 */
export type ThreadDoing = 'recv' | 'select' | 'runnable' | 'serve' | 'idle';

/** One stretch of a thread's timeline; `conn` is set for recv, runnable and serve. */
export interface ThreadSpan { doing: ThreadDoing; from: number; to: number; conn?: number }

/** One call to select: made at `at`, returning at `returns` with the unserved connections ready by then (by index). */
export interface SelectCall { at: number; returns: number; ready: number[] }

/**
 * Per connection completion ticks (by index), summary figures, and what each thread does: `lanes` has one
 * timeline per thread (N for thread-per-connection, else 1), each covering [0, makespan) in order without gaps;
 * `selects` lists the select loop's calls (multiplexing only; selectCalls is its length).
 */
export interface ServeResult {
  completions: number[];
  makespan: number;
  meanLatency: number;
  threads: number;
  selectCalls: number;
  lanes: ThreadSpan[][];
  selects: SelectCall[];
}

/** Whether the app is blocked throughout each phase: Stevens' Figure 6.6 read off a trace. */
export interface PhaseVerdict { wait: boolean; copy: boolean }

/** What the process does through a phase: blocked in a call, polling (running, checking again and again), or running. */
export type Conduct = 'blocked' | 'polls' | 'runs';

/** What the figure shows at tick t: app and kernel state, the phase, and the events at t. */
export interface TickState {
  /** the tick asked for, clamped to [0, done] */
  t: number;
  /** the app's state during tick t, or null once the operation is over (t = done) */
  app: AppState | null;
  /** the kernel's state during tick t ('done' from `done` on) */
  kernel: KernelState;
  /** the phase tick t belongs to, or null (between phases, or after them) */
  phase: PhaseSpan['phase'] | null;
  /** the events at tick t, in causal order */
  events: TraceEvent[];
}
