/**
 * serveConnections, one thread and N connections (src/sim/README.md): the README's example,
 * small literal cases for head-of-line blocking and the select loop, and properties over generated input.
 * The reference completions use the queueing closed form, not the engine's loop: serving connections in a
 * fixed order on one CPU with service time p = C + X, the k-th served ends at max over j ≤ k of
 * (arrival of the j-th served + (k − j + 1)·p).
 * @see src/sim/README.md, "One thread, N connections"
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LIMITS, serveConnections, type ServeMode, type ServeResult, type ServeScenario, type ThreadSpan } from '~/sim';
import { serveValid } from '~/sim/serve';
import { SERVE_BOUNDS } from '~/playback/serve-bounds';

const MODES: ServeMode[] = ['blocking', 'thread-per-connection', 'multiplexing'];

/** Completions, by index, of serving in `order` on one CPU; the closed form described above. */
function reference(order: number[], arrivals: number[], p: number): number[] {
  const out = new Array<number>(arrivals.length).fill(0);
  order.forEach((i, k) => {
    let end = 0;
    for (let j = 0; j <= k; j++) end = Math.max(end, (arrivals[order[j] as number] as number) + (k - j + 1) * p);
    out[i] = end;
  });
  return out;
}

/** Indices by readiness: earliest arrival first, ties by index. */
function readinessOrder(arrivals: number[]): number[] {
  return arrivals.map((a, i) => [a, i] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]).map(([, i]) => i);
}

describe('literal cases', () => {
  test("the README's example: A = [0, 0, 0, 0], C = X = 1 finishes at [2, 4, 6, 8] in every mode", () => {
    const s = { arrivals: [0, 0, 0, 0], copy: 1, process: 1 };
    expect(serveConnections('blocking', s)).toMatchObject(
      { completions: [2, 4, 6, 8], makespan: 8, meanLatency: 5, threads: 1, selectCalls: 0 });
    expect(serveConnections('thread-per-connection', s)).toMatchObject(
      { completions: [2, 4, 6, 8], makespan: 8, meanLatency: 5, threads: 4, selectCalls: 0 });
    expect(serveConnections('multiplexing', s)).toMatchObject(
      { completions: [2, 4, 6, 8], makespan: 8, meanLatency: 5, threads: 1, selectCalls: 1 });
  });

  test('head-of-line blocking: a late connection 0 holds up a ready connection 1', () => {
    const s = { arrivals: [10, 0], copy: 1, process: 1 };
    const blocking = serveConnections('blocking', s);
    expect(blocking.completions).toEqual([12, 14]);
    expect(blocking.meanLatency).toBe(8); // (12 − 10 + 14 − 0) / 2
    expect(blocking.makespan).toBe(14);
    const mux = serveConnections('multiplexing', s);
    expect(mux.completions).toEqual([12, 2]);
    expect(mux.meanLatency).toBe(2);
    expect(mux.makespan).toBe(12);
    expect(mux.selectCalls).toBe(2);
  });

  test('spread-out arrivals: multiplexing matches thread-per-connection with one thread', () => {
    const s = { arrivals: [30, 0, 20, 10], copy: 2, process: 3 };
    const tpc = serveConnections('thread-per-connection', s);
    const mux = serveConnections('multiplexing', s);
    expect(tpc.completions).toEqual([35, 5, 25, 15]);
    expect(mux.completions).toEqual(tpc.completions);
    expect([tpc.threads, mux.threads]).toEqual([4, 1]);
    expect(mux.selectCalls).toBe(4);
    expect(mux.meanLatency).toBe(5);
    expect(serveConnections('blocking', s).completions).toEqual([35, 40, 45, 50]);
  });

  test('select calls: one per batch of ready connections', () => {
    const calls = (arrivals: number[], copy = 1, process = 1) =>
      serveConnections('multiplexing', { arrivals, copy, process }).selectCalls;
    expect(calls([0])).toBe(1);
    expect(calls([0, 5])).toBe(2); // the second select blocks from 2 until 5
    expect(calls([0, 1])).toBe(2); // connection 1 is ready during the first batch, but select has not been asked yet
    expect(calls([0, 0, 3])).toBe(2); // {0, 1} at 0; {2} at 4
    expect(calls([0, 0, 3, 3])).toBe(2); // {0, 1} at 0; {2, 3} at 4
    expect(calls([3, 0, 0, 3])).toBe(2); // same, in another index order
    expect(calls([0, 4, 8], 1, 0)).toBe(3);
    expect(calls([5, 5, 5])).toBe(1);
    expect(calls([0, 3, 3, 100], 2, 1)).toBe(3); // {0} at 0; {1, 2} at 3; {3} at 100
    expect(calls([0, 3, 5, 100], 2, 1)).toBe(4); // {0} at 0; {1} at 3; {2} at 6 (5 was after 3); {3} at 100
  });

  test("what each thread does: the multiplexing page's first figure (A = [9, 4, 4], C = X = 1)", () => {
    const s = { arrivals: [9, 4, 4], copy: 1, process: 1 };
    // One thread stuck in recvfrom on connection 0 while 1 and 2 have been ready since 4.
    expect(serveConnections('blocking', s)).toMatchObject({
      completions: [11, 13, 15], makespan: 15, threads: 1, selects: [],
      lanes: [[
        { doing: 'recv', from: 0, to: 9, conn: 0 },
        { doing: 'serve', from: 9, to: 11, conn: 0 },
        { doing: 'serve', from: 11, to: 13, conn: 1 },
        { doing: 'serve', from: 13, to: 15, conn: 2 },
      ]],
    });
    // Three threads, each in recvfrom on its own connection; thread 2 waits for the CPU while thread 1 runs.
    expect(serveConnections('thread-per-connection', s)).toMatchObject({
      completions: [11, 6, 8], makespan: 11, threads: 3, selects: [],
      lanes: [
        [{ doing: 'recv', from: 0, to: 9, conn: 0 }, { doing: 'serve', from: 9, to: 11, conn: 0 }],
        [{ doing: 'recv', from: 0, to: 4, conn: 1 }, { doing: 'serve', from: 4, to: 6, conn: 1 }, { doing: 'idle', from: 6, to: 11 }],
        [
          { doing: 'recv', from: 0, to: 4, conn: 2 }, { doing: 'runnable', from: 4, to: 6, conn: 2 },
          { doing: 'serve', from: 6, to: 8, conn: 2 }, { doing: 'idle', from: 8, to: 11 },
        ],
      ],
    });
    // One thread: select returns {1, 2} at 4; it serves both, selects again, and select returns {0} at 9.
    expect(serveConnections('multiplexing', s)).toMatchObject({
      completions: [11, 6, 8], makespan: 11, threads: 1, selectCalls: 2,
      selects: [{ at: 0, returns: 4, ready: [1, 2] }, { at: 8, returns: 9, ready: [0] }],
      lanes: [[
        { doing: 'select', from: 0, to: 4 },
        { doing: 'serve', from: 4, to: 6, conn: 1 },
        { doing: 'serve', from: 6, to: 8, conn: 2 },
        { doing: 'select', from: 8, to: 9 },
        { doing: 'serve', from: 9, to: 11, conn: 0 },
      ]],
    });
  });

  test('a select that finds a connection already ready returns at once and spends no time', () => {
    const r = serveConnections('multiplexing', { arrivals: [10, 0, 0, 0], copy: 1, process: 1 });
    expect(r.selects).toEqual([{ at: 0, returns: 0, ready: [1, 2, 3] }, { at: 6, returns: 10, ready: [0] }]);
    expect(r.lanes).toEqual([[
      { doing: 'serve', from: 0, to: 2, conn: 1 },
      { doing: 'serve', from: 2, to: 4, conn: 2 },
      { doing: 'serve', from: 4, to: 6, conn: 3 },
      { doing: 'select', from: 6, to: 10 },
      { doing: 'serve', from: 10, to: 12, conn: 0 },
    ]]);
  });

  test('process may be 0; a single connection', () => {
    expect(serveConnections('blocking', { arrivals: [7], copy: 3, process: 0 })).toEqual({
      completions: [10], makespan: 10, meanLatency: 3, threads: 1, selectCalls: 0,
      lanes: [[{ doing: 'recv', from: 0, to: 7, conn: 0 }, { doing: 'serve', from: 7, to: 10, conn: 0 }]], selects: [],
    });
  });
});

describe('properties', () => {
  const serveArb = fc.record({
    arrivals: fc.oneof(
      fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 64 }),
      fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 12 }),
    ),
    copy: fc.integer({ min: 1, max: 1_000 }),
    process: fc.integer({ min: 0, max: 1_000 }),
  });
  const RUNS = { numRuns: 300 };

  test('completions match the closed form for each order', () => {
    fc.assert(
      fc.property(serveArb, (s) => {
        const p = s.copy + s.process;
        const byIndex = s.arrivals.map((_, i) => i);
        expect(serveConnections('blocking', s).completions).toEqual(reference(byIndex, s.arrivals, p));
        const ready = reference(readinessOrder(s.arrivals), s.arrivals, p);
        expect(serveConnections('thread-per-connection', s).completions).toEqual(ready);
        expect(serveConnections('multiplexing', s).completions).toEqual(ready);
      }),
      RUNS,
    );
  });

  test('every connection ends no earlier than arrival + C + X, and the CPU serves one at a time', () => {
    fc.assert(
      fc.property(serveArb, fc.constantFrom(...MODES), (s, mode) => {
        const r = serveConnections(mode, s);
        const p = s.copy + s.process;
        r.completions.forEach((c, i) => expect(c).toBeGreaterThanOrEqual((s.arrivals[i] as number) + p));
        const sorted = [...r.completions].sort((a, b) => a - b);
        for (let k = 1; k < sorted.length; k++) {
          expect((sorted[k] as number) - (sorted[k - 1] as number)).toBeGreaterThanOrEqual(p);
        }
        expect(r.makespan).toBe(Math.max(...r.completions));
        const latencies = r.completions.map((c, i) => c - (s.arrivals[i] as number));
        expect(r.meanLatency).toBeCloseTo(latencies.reduce((a, b) => a + b, 0) / latencies.length, 9);
      }),
      RUNS,
    );
  });

  test('multiplexing: mean latency and makespan no worse than blocking, equal to thread-per-connection', () => {
    fc.assert(
      fc.property(serveArb, (s) => {
        const blocking = serveConnections('blocking', s);
        const tpc = serveConnections('thread-per-connection', s);
        const mux = serveConnections('multiplexing', s);
        expect(mux.meanLatency).toBeLessThanOrEqual(blocking.meanLatency);
        expect(mux.makespan).toBeLessThanOrEqual(blocking.makespan);
        expect(mux.makespan).toBe(tpc.makespan);
        expect(mux.meanLatency).toBe(tpc.meanLatency);
      }),
      RUNS,
    );
  });

  test('when connections arrive in index order, all three modes give the same result but for threads and select', () => {
    fc.assert(
      fc.property(serveArb, (s) => {
        const sorted = { ...s, arrivals: [...s.arrivals].sort((a, b) => a - b) };
        const [b, t, m] = MODES.map((mode) => serveConnections(mode, sorted));
        expect(t?.completions).toEqual(b?.completions);
        expect(m?.completions).toEqual(b?.completions);
        expect(new Set([b?.makespan, t?.makespan, m?.makespan]).size).toBe(1);
      }),
      RUNS,
    );
  });

  test('threads and select calls', () => {
    fc.assert(
      fc.property(serveArb, (s) => {
        const n = s.arrivals.length;
        expect(serveConnections('blocking', s)).toMatchObject({ threads: 1, selectCalls: 0 });
        expect(serveConnections('thread-per-connection', s)).toMatchObject({ threads: n, selectCalls: 0 });
        const mux = serveConnections('multiplexing', s);
        expect(mux.threads).toBe(1);
        expect(mux.selectCalls).toBeGreaterThanOrEqual(1);
        expect(mux.selectCalls).toBeLessThanOrEqual(n);
        // All ready at once: one select returns them all.
        const together = serveConnections('multiplexing', { ...s, arrivals: s.arrivals.map(() => 7) });
        expect(together.selectCalls).toBe(1);
      }),
      RUNS,
    );
  });

  // Small scenarios, so that every tick can be looked at.
  const smallArb = fc.record({
    arrivals: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 8 }),
    copy: fc.integer({ min: 1, max: 4 }),
    process: fc.integer({ min: 0, max: 4 }),
  });
  /** What a lane says the thread does at tick t. */
  const doingAt = (lane: ThreadSpan[], t: number) => lane.find((x) => x.from <= t && t < x.to);
  /** The connection whose service covers tick t, if any. */
  const servedAt = (r: ServeResult, s: ServeScenario, t: number) =>
    r.completions.findIndex((c) => c - s.copy - s.process <= t && t < c);

  test('each thread is in one place at a time: its lane covers [0, makespan) in order, without gaps', () => {
    fc.assert(
      fc.property(serveArb, fc.constantFrom(...MODES), (s, mode) => {
        const r = serveConnections(mode, s);
        expect(r.lanes).toHaveLength(r.threads);
        for (const lane of r.lanes) {
          let t = 0;
          for (const x of lane) {
            expect(x.from).toBe(t);
            expect(x.to).toBeGreaterThan(x.from);
            expect('conn' in x).toBe(x.doing !== 'select' && x.doing !== 'idle');
            t = x.to;
          }
          expect(t).toBe(r.makespan);
        }
        // Each connection is served once, by one thread, over [completion − C − X, completion).
        const serves = r.lanes.flatMap((lane, k) => lane.filter((x) => x.doing === 'serve').map((x) => ({ ...x, k })));
        expect(serves.map((x) => x.conn).sort((a, b) => a! - b!)).toEqual(s.arrivals.map((_, i) => i));
        for (const x of serves) {
          expect(x.to).toBe(r.completions[x.conn!]);
          expect(x.to - x.from).toBe(s.copy + s.process);
          if (mode === 'thread-per-connection') expect(x.k).toBe(x.conn);
        }
        expect(r.selectCalls).toBe(r.selects.length);
        if (mode !== 'multiplexing') expect(r.selects).toEqual([]);
        if (mode !== 'multiplexing') expect(r.lanes.flat().some((x) => x.doing === 'select')).toBe(false);
        if (mode !== 'thread-per-connection') expect(r.lanes.flat().some((x) => x.doing === 'runnable')).toBe(false);
      }),
      RUNS,
    );
  });

  test('blocking: when not serving, the thread is in recvfrom on the lowest-index unserved connection, until it is ready', () => {
    fc.assert(
      fc.property(smallArb, (s) => {
        const r = serveConnections('blocking', s);
        const starts = r.completions.map((c) => c - s.copy - s.process);
        for (let t = 0; t < r.makespan; t++) {
          const x = doingAt(r.lanes[0]!, t)!;
          const served = servedAt(r, s, t);
          if (served >= 0) {
            expect(x).toMatchObject({ doing: 'serve', conn: served });
            continue;
          }
          const lowest = starts.findIndex((st) => st > t);
          expect(x, `tick ${t}`).toMatchObject({ doing: 'recv', conn: lowest });
          expect(t).toBeLessThan(s.arrivals[lowest]!);
        }
      }),
      RUNS,
    );
  });

  test('multiplexing: the thread is in select exactly when it serves nothing and something is unserved', () => {
    fc.assert(
      fc.property(smallArb, (s) => {
        const r = serveConnections('multiplexing', s);
        const starts = r.completions.map((c) => c - s.copy - s.process);
        for (let t = 0; t < r.makespan; t++) {
          const x = doingAt(r.lanes[0]!, t)!;
          const served = servedAt(r, s, t);
          const unserved = starts.some((st) => st > t);
          expect(x.doing === 'select', `tick ${t}`).toBe(served < 0 && unserved);
          if (served >= 0) expect(x).toMatchObject({ doing: 'serve', conn: served });
        }
        // Each call blocks until the first unserved connection is ready and returns every one ready by then.
        for (const call of r.selects) {
          const waiting = s.arrivals.map((a, i) => ({ a, i })).filter(({ i }) => starts[i]! >= call.at);
          expect(call.returns).toBe(Math.max(call.at, Math.min(...waiting.map(({ a }) => a))));
          expect(call.ready).toEqual(waiting.filter(({ a }) => a <= call.returns).map(({ i }) => i));
        }
        const blocked = r.lanes[0]!.filter((x) => x.doing === 'select').map(({ from, to }) => ({ at: from, returns: to }));
        expect(blocked).toEqual(r.selects.filter((c) => c.returns > c.at).map(({ at, returns }) => ({ at, returns })));
      }),
      RUNS,
    );
  });

  test('thread per connection: thread i is in recvfrom until A_i, runnable until the CPU takes it, serves, then idles', () => {
    fc.assert(
      fc.property(smallArb, (s) => {
        const r = serveConnections('thread-per-connection', s);
        r.lanes.forEach((lane, i) => {
          const a = s.arrivals[i]!;
          const c = r.completions[i]!;
          const start = c - s.copy - s.process;
          expect(lane).toEqual([
            { doing: 'recv', from: 0, to: a, conn: i },
            { doing: 'runnable', from: a, to: start, conn: i },
            { doing: 'serve', from: start, to: c, conn: i },
            { doing: 'idle', from: c, to: r.makespan },
          ].filter((x) => x.to > x.from));
        });
      }),
      RUNS,
    );
  });

  test('does not touch its input', () => {
    fc.assert(
      fc.property(serveArb, fc.constantFrom(...MODES), (s, mode) => {
        const before = structuredClone(s);
        serveConnections(mode, s);
        expect(s).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});

describe('serveValid: the serve demo runs the simulator without its checks', () => {
  test('the demo\'s bounds lie inside LIMITS.serve, so every scenario it can make is valid', () => {
    for (const k of ['connections', 'arrival', 'copy', 'process'] as const) {
      expect(SERVE_BOUNDS[k].min).toBeGreaterThanOrEqual(LIMITS.serve[k].min);
      expect(SERVE_BOUNDS[k].max).toBeLessThanOrEqual(LIMITS.serve[k].max);
      expect(SERVE_BOUNDS[k].min).toBeLessThanOrEqual(SERVE_BOUNDS[k].max);
    }
  });

  test('within those bounds it gives what serveConnections gives', () => {
    const b = SERVE_BOUNDS;
    const scenario = fc.record({
      arrivals: fc.array(fc.integer(b.arrival), { minLength: b.connections.min, maxLength: b.connections.max }),
      copy: fc.integer(b.copy),
      process: fc.integer(b.process),
    });
    fc.assert(
      fc.property(fc.constantFrom(...MODES), scenario, (mode, s) => {
        expect(serveValid(mode, s)).toEqual(serveConnections(mode, s));
      }),
      { numRuns: 200 },
    );
  });
});
