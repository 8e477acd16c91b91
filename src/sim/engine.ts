/**
 * The engine: one model and one scenario in, one Trace out. Pure and total on valid input: no clock, no
 * randomness, no loop that depends on anything but A, C, P and s, so the work is O(done + events).
 * Time is integer ticks; tick t is [t, t+1); the app starts the input operation at t = 0. Notification
 * latency is 0 and system calls other than the copying one cost 0 ticks (but are counted). The app always
 * has useful work when it is not blocked.
 * Each model is written as Stevens draws it (Figures 6.1–6.5): every event has a label and the kind the table of
 * events (Events) gives that label; events come in time order and, within one tick, in causal order.
 * At A = 0 the datagram is complete before the process makes its first call, so in every model the trace
 * opens with 'datagram ready' and the process's first call finds the data there (readyFirst).
 * Stats are counted from the timeline and the events, never restated, so they cannot disagree with them.
 * @see src/sim/README.md, "The five models" (the table this file implements)
 * @see W. R. Stevens et al., UNIX Network Programming vol. 1, 3rd ed., §6.2
 */
import { appSpans, kernelSpans, phaseSpans, countChar } from './spans';
import type { ModelId, Scenario, Stats, Trace, TraceEvent } from './types';

/**
 * The table of events: every event the models emit, by Stevens' label, with its kind. 'call': the app's system
 * call, an arrow to the kernel, counted in Stats.syscalls. 'return': the kernel's return or signal to the app, an
 * arrow back. 'kernel': a step inside the kernel, no arrow. A type, so the demos ship none of it: eventAt holds
 * each emission to it and the trace carries the kind. A new event is one line here and its emission below.
 * @see W. R. Stevens, UNIX Network Programming vol. 1, 3rd ed., §6.2, Figures 6.1–6.5
 */
interface Events {
  recvfrom: 'call';
  select: 'call';
  sigaction: 'call';
  aio_read: 'call';
  // @see recv(2): a nonblocking read returns -1 with errno EAGAIN or EWOULDBLOCK (equal on Linux).
  EWOULDBLOCK: 'return';
  'return readable': 'return';
  'deliver SIGIO': 'return';
  return: 'return';
  'return OK': 'return';
  'deliver signal specified in aio_read': 'return';
  'datagram ready': 'kernel';
  'copy datagram': 'kernel';
  'copy complete': 'kernel';
}

/** Stevens' labels for the arrows and kernel steps of Figures 6.1–6.5: the keys of the table of events. */
export type EventLabel = keyof Events;

/** What an event is: a call from the app, a return or signal to it, or a step inside the kernel. */
export type EventKind = Events[EventLabel];

/** The labels of one kind. */
type LabelOf<K extends EventKind> = { [L in EventLabel]: Events[L] extends K ? L : never }[EventLabel];

/** One event of each label, its kind the table's: the type of a trace's events. */
export type AnyEvent = { [L in EventLabel]: { t: number; kind: Events[L]; label: L } }[EventLabel];

/** What a model decides; simulateValid() derives the spans and stats from it. */
interface Plan {
  /** tick at which the app starts copying (or, for async, the kernel does) */
  copyStart: number;
  /** one character a tick, length copyStart + C */
  timeline: string;
  events: TraceEvent[];
  failedPolls: number;
}

/** Builds one event at tick t; the compiler holds its kind to the table's for its label. */
function eventAt<K extends EventKind>(t: number, kind: K, label: LabelOf<K>): TraceEvent {
  return { t, kind, label } as TraceEvent;
}

/** The kernel's side once the app is in the copying recvfrom at `start`: copy, complete, return OK. */
function copyInRecvfrom(start: number, copy: number): TraceEvent[] {
  return [
    eventAt(start, 'kernel', 'copy datagram'),
    eventAt(start + copy, 'kernel', 'copy complete'),
    eventAt(start + copy, 'return', 'return OK'),
  ];
}

/** The datagram becomes ready in the kernel buffer at A. */
function datagramReady(arrival: number): TraceEvent {
  return eventAt(arrival, 'kernel', 'datagram ready');
}

/** Figure 6.1: one recvfrom, blocked through both phases. */
function blocking({ arrival: A, copy: C }: Required<Scenario>): Plan {
  return {
    copyStart: A,
    timeline: 'w'.repeat(A) + 'c'.repeat(C),
    events: [
      eventAt(0, 'call', 'recvfrom'),
      datagramReady(A),
      ...copyInRecvfrom(A, C),
    ],
    failedPolls: 0,
  };
}

/**
 * Figure 6.2: a recvfrom every P ticks; each of the N = ⌈A/P⌉ polls before the datagram fails after s ticks
 * of CPU, the rest of the period is useful work, and the poll at T = N·P finds the datagram and copies it.
 */
function nonblocking({ arrival: A, copy: C, pollEvery: P, pollCost: s }: Required<Scenario>): Plan {
  const n = Math.ceil(A / P);
  const start = n * P;
  // Polls k < n happen at kP ≤ (n−1)P < A, so they all fail; the datagram-ready event at A ≤ nP sorts after them.
  const events: TraceEvent[] = [];
  for (let k = 0; k < n; k++) {
    events.push(
      eventAt(k * P, 'call', 'recvfrom'),
      eventAt(k * P, 'return', 'EWOULDBLOCK'),
    );
  }
  events.push(
    datagramReady(A),
    eventAt(start, 'call', 'recvfrom'),
    ...copyInRecvfrom(start, C),
  );
  return {
    copyStart: start,
    timeline: ('p'.repeat(s) + '.'.repeat(P - s)).repeat(n) + 'c'.repeat(C),
    events,
    failedPolls: n,
  };
}

/**
 * How Figures 6.3 and 6.4 go on after the app's `setup` calls at tick 0: at A the kernel tells the app
 * (`notice`), and the app's recvfrom blocks for the copy. Until A the app column shows `phase1`.
 */
function readOnNotice(
  setup: TraceEvent[], notice: LabelOf<'return'>, phase1: 'w' | '.', { arrival: A, copy: C }: Required<Scenario>,
): Plan {
  return {
    copyStart: A,
    timeline: phase1.repeat(A) + 'c'.repeat(C),
    events: [...setup, datagramReady(A), eventAt(A, 'return', notice), eventAt(A, 'call', 'recvfrom'), ...copyInRecvfrom(A, C)],
    failedPolls: 0,
  };
}

/** Figure 6.3: blocked in select until the socket is readable, then blocked in recvfrom for the copy. */
function multiplexing(sc: Required<Scenario>): Plan {
  return readOnNotice([eventAt(0, 'call', 'select')], 'return readable', 'w', sc);
}

/**
 * Figure 6.4: sigaction installs a SIGIO handler and returns at once; the app works until the kernel
 * delivers SIGIO at A, and the handler's recvfrom blocks for the copy.
 * The setup also needs fcntl(F_SETOWN) and O_ASYNC (Stevens §25.2), which the narration names; Stevens draws one call.
 */
function signalDriven(sc: Required<Scenario>): Plan {
  return readOnNotice([eventAt(0, 'call', 'sigaction'), eventAt(0, 'return', 'return')], 'deliver SIGIO', '.', sc);
}

/** Figure 6.5: aio_read returns at once; the kernel waits and copies on its own, then signals completion. */
function asyncIo({ arrival: A, copy: C }: Required<Scenario>): Plan {
  return {
    copyStart: A,
    timeline: '.'.repeat(A + C),
    events: [
      eventAt(0, 'call', 'aio_read'),
      eventAt(0, 'return', 'return'),
      datagramReady(A),
      eventAt(A, 'kernel', 'copy datagram'),
      eventAt(A + C, 'kernel', 'copy complete'),
      eventAt(A + C, 'return', 'deliver signal specified in aio_read'),
    ],
    failedPolls: 0,
  };
}

const PLANS: Readonly<Record<ModelId, (s: Required<Scenario>) => Plan>> = Object.freeze({
  blocking,
  nonblocking,
  multiplexing,
  'signal-driven': signalDriven,
  async: asyncIo,
});

/** `events` with 'datagram ready' first when it is at tick 0: the data was there before the first call. */
function readyFirst(events: TraceEvent[]): TraceEvent[] {
  const i = events.findIndex((e) => e.label === 'datagram ready' && e.t === 0);
  return i <= 0 ? events : [events[i] as TraceEvent, ...events.slice(0, i), ...events.slice(i + 1)];
}


/**
 * simulate (simulate.ts) without the checks, for a scenario that is valid by construction: the islands'
 * resolveParams clamps every field into DEMO_BOUNDS, inside LIMITS (a unit test holds it to that). It lives apart
 * so the demos do not ship validate.ts and its messages; anything else calls simulate.
 */
export function simulateValid(id: ModelId, sc: Required<Scenario>): Trace {
  const plan = PLANS[id](sc);
  const events = readyFirst(plan.events);
  const done = plan.copyStart + sc.copy;
  const calls = events.filter((e) => e.kind === 'call');
  const stats: Stats = {
    phase1Blocked: countChar(plan.timeline, 'w'),
    phase2Blocked: countChar(plan.timeline, 'c'),
    work: countChar(plan.timeline, '.'),
    failedPolls: plan.failedPolls,
    wastedCpu: countChar(plan.timeline, 'p'),
    syscallsBeforeData: calls.filter((e) => e.t < sc.arrival).length,
    syscalls: calls.length,
    detectLag: plan.copyStart - sc.arrival,
  };
  return {
    model: id,
    scenario: sc,
    done,
    timeline: plan.timeline,
    spans: {
      app: appSpans(plan.timeline),
      kernel: kernelSpans(sc.arrival, plan.copyStart, done),
      phases: phaseSpans(sc.arrival, plan.copyStart, sc.copy),
    },
    events,
    stats,
  };
}
