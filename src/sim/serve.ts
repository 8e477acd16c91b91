/**
 * One thread, N connections (src/sim/README.md). Connection i is ready at arrivals[i] and needs `copy`
 * then `process` ticks of the one CPU, served without preemption; serving connection i at time t ends at
 * t ← max(t, arrivals[i]) + copy + process. The modes differ only in the order they serve and in what
 * they cost:
 * - blocking: one thread reads the connections in index order, so a late connection 0 holds up a ready
 *   connection 1 (head-of-line blocking);
 * - thread-per-connection: N threads, each blocked on its own socket; the one CPU serves whichever is ready
 *   first (ties by index);
 * - multiplexing: one thread in a select loop, which serves in the same readiness order.
 * Both readiness-ordered modes therefore give the same completions; multiplexing does it with one thread.
 * Each thread's timeline covers [0, makespan) without gaps: the blocking thread is in `recvfrom` on the lowest-index
 * unserved connection until it is ready, then serves it; the select loop's thread is in `select` whenever it serves
 * nothing; thread i of thread-per-connection is in `recvfrom` until A_i, runnable until the CPU takes it, serves,
 * then is idle.
 * @see src/sim/README.md, "One thread, N connections"
 */
import type { SelectCall, ServeMode, ServeResult, ServeScenario, ThreadDoing, ThreadSpan } from './types';
import { validateServeMode, validateServeScenario } from './validate';

/**
 * Serves N connections on one CPU in the given mode; throws a RangeError on an unknown mode or bad input.
 * selectCalls (multiplexing only, 0 otherwise) counts the loop's calls to select. The loop is
 * `while (any unserved) { ready = select(); serve every connection in ready, in readiness order }`:
 * each call blocks until at least one unserved connection is ready (t ← max(t, its arrival)) and returns
 * every unserved connection ready by then; the loop calls select again only when that batch is used up.
 * So [0, 0, 0, 0] takes one call, and [0, 5] with copy + process = 2 takes two (the second blocks until 5).
 */
export function serveConnections(mode: ServeMode, s: ServeScenario): ServeResult {
  return serveValid(validateServeMode(mode), validateServeScenario(s));
}

/**
 * serveConnections without the checks, for a scenario that is valid by construction: the serve demo clamps
 * every field into SERVE_BOUNDS (src/playback/serve-bounds.ts), inside LIMITS.serve (a unit test holds it to that).
 * It lives apart so the demo ships neither validate.ts's checks nor their messages (as simulateValid does
 * for the timeline demos); anything else calls serveConnections.
 */
export function serveValid(m: ServeMode, { arrivals, copy, process }: ServeScenario): ServeResult {
  const n = arrivals.length;
  const byIndex = arrivals.map((_, i) => i);
  const order = m === 'blocking'
    ? byIndex
    : byIndex.slice().sort((i, j) => (arrivals[i] as number) - (arrivals[j] as number) || i - j);
  const completions = new Array<number>(n).fill(0);
  const lanes: ThreadSpan[][] = m === 'thread-per-connection' ? arrivals.map(() => []) : [[]];
  const selects: SelectCall[] = [];
  /** Appends [from, to) to a lane; a stretch of no length is no stretch. */
  const span = (lane: ThreadSpan[], doing: ThreadDoing, from: number, to: number, conn?: number) => {
    if (to > from) lane.push(conn === undefined ? { doing, from, to } : { doing, from, to, conn });
  };
  const service = copy + process;
  let t = 0;
  let batchEnd = 0; // positions in `order` below batchEnd were returned by the last select
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const ready = arrivals[i] as number;
    const start = Math.max(t, ready);
    const lane = lanes[m === 'thread-per-connection' ? i : 0] as ThreadSpan[];
    if (m === 'multiplexing' && k >= batchEnd) {
      // Blocks until the next connection in readiness order is ready: start. `order` is sorted by arrival, so
      // the connections ready by then are the next ones in it.
      const from = batchEnd;
      while (batchEnd < n && (arrivals[order[batchEnd] as number] as number) <= start) batchEnd++;
      selects.push({ at: t, returns: start, ready: order.slice(from, batchEnd).sort((a, b) => a - b) });
      span(lane, 'select', t, start);
    } else if (m === 'blocking') {
      span(lane, 'recv', t, start, i);
    } else if (m === 'thread-per-connection') {
      span(lane, 'recv', 0, ready, i);
      span(lane, 'runnable', ready, start, i);
    }
    t = start + service;
    span(lane, 'serve', start, t, i);
    completions[i] = t;
  }
  let latency = 0;
  for (let i = 0; i < n; i++) latency += (completions[i] as number) - (arrivals[i] as number);
  const makespan = Math.max(...completions);
  for (const lane of lanes) span(lane, 'idle', lane.at(-1)?.to ?? 0, makespan);
  return {
    completions,
    makespan,
    meanLatency: latency / n,
    threads: lanes.length,
    selectCalls: selects.length,
    lanes,
    selects,
  };
}
