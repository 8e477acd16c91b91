/**
 * Property tests of simulate over generated scenarios. Expected values come from the closed forms of
 * src/sim/README.md ("The five models") and Stevens' Figure 6.6, written out here independently of the engine, and the
 * events from the reviewed golden traces, generalised to every scenario; invariants check the
 * shape of every trace (lengths, tilings, order) against the timeline, not against the engine's own helpers.
 * @see src/sim/README.md (the semantics) and Stevens, UNP vol. 1, §6.2, Figure 6.6
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MODELS, phaseConduct, phaseVerdict, simulate, stateAt, statsAt, type Conduct, type ModelId, type Scenario, type Trace } from '~/sim';

/** Any valid scenario: 0 ≤ A ≤ 10,000, 1 ≤ C ≤ 1,000, 1 ≤ s ≤ P ≤ 1,000. */
const scenarioArb = (minArrival = 0): fc.Arbitrary<Required<Scenario>> =>
  fc
    .record({
      arrival: fc.integer({ min: minArrival, max: 10_000 }),
      copy: fc.integer({ min: 1, max: 1_000 }),
      pollEvery: fc.integer({ min: 1, max: 1_000 }),
    })
    .chain((s) => fc.integer({ min: 1, max: s.pollEvery }).map((pollCost) => ({ ...s, pollCost })));

/** Small scenarios too, where edge cases (A = 0, s = P, A a multiple of P) come up often. */
const smallScenarioArb: fc.Arbitrary<Required<Scenario>> = fc
  .record({
    arrival: fc.integer({ min: 0, max: 30 }),
    copy: fc.integer({ min: 1, max: 5 }),
    pollEvery: fc.integer({ min: 1, max: 8 }),
  })
  .chain((s) => fc.integer({ min: 1, max: s.pollEvery }).map((pollCost) => ({ ...s, pollCost })));

const anyScenario = fc.oneof(scenarioArb(), smallScenarioArb);
const modelArb = fc.constantFrom<ModelId>(...MODELS);
const RUNS = { numRuns: 300 };

/**
 * The events of `model` on `sc` as `tick kind label`, from the model's golden trace (tests/fixtures/golden/, the
 * reviewed literal): at A = 0 the A0-C1 trace, else the A10-C2-P3 one, its ticks mapped to the scenario's (0, A, the
 * copy's start T and its end T + C) and, for nonblocking, its poll at tick 0 repeated at every kP < A.
 */
function goldenEvents(model: ModelId, sc: Required<Scenario>): string[] {
  const name = sc.arrival === 0 ? 'A0-C1-P3-s1' : 'A10-C2-P3-s1';
  const f = JSON.parse(readFileSync(new URL(`../fixtures/golden/${model}.${name}.json`, import.meta.url), 'utf8')) as Trace;
  const { arrival: A, copy: C, pollEvery: P } = sc;
  const N = model === 'nonblocking' ? Math.ceil(A / P) : 0;
  const T = model === 'nonblocking' ? N * P : A;
  const fT = f.done - f.scenario.copy;
  const tick = new Map([[0, 0], [f.scenario.arrival, A], [fT, T], [f.done, T + C]]);
  const polls = model === 'nonblocking' ? f.events.filter((e) => e.t < f.scenario.arrival) : [];
  const poll = polls.filter((e) => e.t === 0);
  return [
    ...Array.from({ length: N }, (_, k) => poll.map((e) => `${k * P} ${e.kind} ${e.label}`)).flat(),
    ...f.events.filter((e) => !polls.includes(e)).map((e) => `${tick.get(e.t)} ${e.kind} ${e.label}`),
  ];
}

/** The README's closed forms for one model, with N = ⌈A/P⌉ failed polls. */
function closedForms(model: ModelId, { arrival: A, copy: C, pollEvery: P, pollCost: s }: Required<Scenario>) {
  const N = Math.floor((A + P - 1) / P); // ⌈A/P⌉ in integers
  const before = A >= 1 ? 1 : 0; // the first call happens at tick 0, which is before the data only if A ≥ 1
  switch (model) {
    case 'blocking':
      return { done: A + C, phase1Blocked: A, phase2Blocked: C, work: 0, failedPolls: 0, wastedCpu: 0,
        syscallsBeforeData: before, syscalls: 1, detectLag: 0 };
    case 'nonblocking':
      return { done: N * P + C, phase1Blocked: 0, phase2Blocked: C, work: N * (P - s), failedPolls: N,
        wastedCpu: N * s, syscallsBeforeData: N, syscalls: N + 1, detectLag: N * P - A };
    case 'multiplexing':
      return { done: A + C, phase1Blocked: A, phase2Blocked: C, work: 0, failedPolls: 0, wastedCpu: 0,
        syscallsBeforeData: before, syscalls: 2, detectLag: 0 };
    case 'signal-driven':
      return { done: A + C, phase1Blocked: 0, phase2Blocked: C, work: A, failedPolls: 0, wastedCpu: 0,
        syscallsBeforeData: before, syscalls: 2, detectLag: 0 };
    case 'async':
      return { done: A + C, phase1Blocked: 0, phase2Blocked: 0, work: A + C, failedPolls: 0, wastedCpu: 0,
        syscallsBeforeData: before, syscalls: 1, detectLag: 0 };
  }
}

/** Expands spans back into one state name per tick. */
function expand(spans: readonly { state: string; from: number; to: number }[]): string[] {
  return spans.flatMap((s) => Array.from({ length: s.to - s.from }, () => s.state));
}

/** Asserts that spans are non-empty maximal runs tiling [0, done) in order. */
function expectTiling(spans: readonly { state: string; from: number; to: number }[], done: number): void {
  expect(spans[0]?.from).toBe(0);
  expect(spans.at(-1)?.to).toBe(done);
  spans.forEach((s, i) => {
    expect(s.to).toBeGreaterThan(s.from);
    if (i > 0) {
      expect(s.from).toBe(spans[i - 1]?.to);
      expect(s.state).not.toBe(spans[i - 1]?.state);
    }
  });
}

const CHAR_OF: Record<string, string> = { wait: 'w', poll: 'p', work: '.', copy: 'c' };

describe('the closed forms of src/sim/README.md hold for every model', () => {
  test('done and every stat', () => {
    fc.assert(
      fc.property(modelArb, anyScenario, (model, sc) => {
        const trace = simulate(model, sc);
        const { done, ...stats } = closedForms(model, sc);
        expect(trace.done).toBe(done);
        expect(trace.stats).toEqual(stats);
      }),
      RUNS,
    );
  });

  test('the price of polling: lag is below P, and P = 1 wastes all of A', () => {
    fc.assert(
      fc.property(anyScenario, (sc) => {
        const { stats } = simulate('nonblocking', sc);
        expect(stats.detectLag).toBeGreaterThanOrEqual(0);
        expect(stats.detectLag).toBeLessThan(sc.pollEvery);
      }),
      RUNS,
    );
    // src/sim/README.md's price of polling with C = 1 (the engine needs C ≥ 1; polling figures do not depend on C): A = 100, s = 1.
    const p1 = simulate('nonblocking', { arrival: 100, copy: 1, pollEvery: 1, pollCost: 1 }).stats;
    expect([p1.failedPolls, p1.wastedCpu, p1.detectLag]).toEqual([100, 100, 0]);
    const p30 = simulate('nonblocking', { arrival: 100, copy: 1, pollEvery: 30, pollCost: 1 }).stats;
    expect([p30.failedPolls, p30.wastedCpu, p30.detectLag]).toEqual([4, 4, 20]);
  });

  test("each model's events are its golden trace's, at the scenario's ticks", () => {
    fc.assert(
      fc.property(modelArb, anyScenario, (model, sc) => {
        expect(simulate(model, sc).events.map((e) => `${e.t} ${e.kind} ${e.label}`)).toEqual(goldenEvents(model, sc));
      }),
      RUNS,
    );
  });

  test('a label keeps one kind in every trace', () => {
    const kindOf = new Map<string, string>();
    fc.assert(
      fc.property(modelArb, smallScenarioArb, (model, sc) => {
        for (const e of simulate(model, sc).events) {
          expect(e.kind, e.label).toBe(kindOf.get(e.label) ?? e.kind);
          kindOf.set(e.label, e.kind);
        }
      }),
      RUNS,
    );
  });
});

describe('invariants of every trace', () => {
  test('timeline, spans, phases and events agree', () => {
    fc.assert(
      fc.property(modelArb, anyScenario, (model, sc) => {
        const trace = simulate(model, sc);
        const { done, timeline, spans, events } = trace;
        // The timeline: one known character per tick, length done.
        expect(timeline.length).toBe(done);
        expect(timeline).toMatch(/^[wp.c]*$/);
        // Every tick of the app is in exactly one state: the spans tile [0, done) and spell the timeline.
        expectTiling(spans.app, done);
        expect(expand(spans.app).map((s) => CHAR_OF[s]).join('')).toBe(timeline);
        // Kernel: empty, then ready, then copying, each present only when non-empty.
        expectTiling(spans.kernel, done);
        const kernelStates = spans.kernel.map((s) => s.state);
        expect(['empty', 'ready', 'copying'].filter((s) => kernelStates.includes(s as never))).toEqual(kernelStates);
        const ticks = expand(spans.kernel);
        expect(ticks.indexOf('copying')).toBe(spans.phases[1]?.from);
        expect(ticks.lastIndexOf('empty')).toBe(sc.arrival - 1);
        // Exactly two phases: wait [0, A), copy of length C ending at done; they do not overlap.
        expect(spans.phases.map((p) => p.phase)).toEqual(['wait', 'copy']);
        const [wait, copy] = spans.phases as [(typeof spans.phases)[0], (typeof spans.phases)[0]];
        expect([wait.from, wait.to]).toEqual([0, sc.arrival]);
        expect(copy.to - copy.from).toBe(sc.copy);
        expect(copy.to).toBe(done);
        expect(copy.from).toBeGreaterThanOrEqual(wait.to);
        // Events: sorted by t, within [0, done], first at 0 and last at done.
        for (let i = 1; i < events.length; i++) {
          expect(events[i]?.t).toBeGreaterThanOrEqual(events[i - 1]?.t ?? Infinity);
        }
        expect(events[0]?.t).toBe(0);
        expect(events.at(-1)?.t).toBe(done);
        // The datagram is ready once, at A, and before anything that depends on it (causal order).
        const ready = events.findIndex((e) => e.label === 'datagram ready');
        expect(events.filter((e) => e.label === 'datagram ready')).toHaveLength(1);
        expect(events[ready]?.t).toBe(sc.arrival);
        const copyIdx = events.findIndex((e) => e.label === 'copy datagram');
        expect(copyIdx).toBeGreaterThan(ready);
        expect(events[copyIdx]?.t).toBe(copy.from);
        expect(events.find((e) => e.label === 'copy complete')?.t).toBe(done);
      }),
      RUNS,
    );
  });

  test('simulate is deterministic and does not touch its input', () => {
    fc.assert(
      fc.property(modelArb, smallScenarioArb, (model, sc) => {
        const copy = { ...sc };
        expect(simulate(model, sc)).toEqual(simulate(model, sc));
        expect(sc).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });

  test('defaults: pollEvery 3 and pollCost 1', () => {
    const trace = simulate('nonblocking', { arrival: 10, copy: 2 });
    expect(trace.scenario).toEqual({ arrival: 10, copy: 2, pollEvery: 3, pollCost: 1 });
    expect(trace.timeline).toBe('p..p..p..p..cc');
  });

  test('the largest scenario finishes with the expected size', () => {
    const big = { arrival: 10_000, copy: 1_000, pollEvery: 1, pollCost: 1 };
    const trace = simulate('nonblocking', big);
    expect(trace.done).toBe(11_000);
    expect(trace.events).toHaveLength(2 * 10_000 + 5);
    expect(trace.spans.app).toEqual([
      { lane: 'app', state: 'poll', from: 0, to: 10_000 },
      { lane: 'app', state: 'copy', from: 10_000, to: 11_000 },
    ]);
  });
});

/** The number of events at ticks ≤ t. */
const eventsUpTo = (t: Trace, tick: number) => t.events.filter((e) => e.t <= tick).length;

describe("the phase-blocking verdict is Stevens' Figure 6.6", () => {
  // Figure 6.6 (UNP vol. 1, §6.2): what the process does in phase 1 (wait) and in phase 2 (copy).
  const CONDUCT: Record<ModelId, Record<'wait' | 'copy', Conduct>> = {
    blocking: { wait: 'blocked', copy: 'blocked' },
    nonblocking: { wait: 'polls', copy: 'blocked' },
    multiplexing: { wait: 'blocked', copy: 'blocked' },
    'signal-driven': { wait: 'runs', copy: 'blocked' },
    async: { wait: 'runs', copy: 'runs' },
  };
  const FIGURE_6_6 = Object.fromEntries(MODELS.map((m) => [m, { wait: CONDUCT[m].wait === 'blocked', copy: CONDUCT[m].copy === 'blocked' }])) as Record<ModelId, { wait: boolean; copy: boolean }>;

  test('for every model over generated scenarios with A ≥ 1: blocked or not, and what it does when not', () => {
    fc.assert(
      fc.property(modelArb, fc.oneof(scenarioArb(1), smallScenarioArb.filter((s) => s.arrival >= 1)), (model, sc) => {
        const t = simulate(model, sc);
        expect(phaseVerdict(t)).toEqual(FIGURE_6_6[model]);
        expect(phaseConduct(t)).toEqual(CONDUCT[model]);
      }),
      RUNS,
    );
  });

  test('with A = 0 the wait phase is empty, so nobody is blocked in it', () => {
    for (const model of MODELS) {
      const v = phaseVerdict(simulate(model, { arrival: 0, copy: 2 }));
      expect(v).toEqual({ wait: false, copy: FIGURE_6_6[model].copy });
    }
  });

  test('the verdict reads the trace: a doctored timeline changes it', () => {
    const trace = simulate('blocking', { arrival: 4, copy: 2 });
    const doctored: Trace = { ...trace, timeline: 'ww.wcc' };
    expect(phaseVerdict(doctored)).toEqual({ wait: false, copy: true });
  });
});

describe('statsAt: the counts grow with the playhead and end at the run\'s totals', () => {
  test('for every model over generated scenarios', () => {
    fc.assert(
      // Small scenarios: the walk is tick by tick.
      fc.property(modelArb, smallScenarioArb, (model, sc) => {
        const t = simulate(model, sc);
        const { syscallsBeforeData: _, ...totals } = t.stats;
        expect(statsAt(t, t.done, t.events.length)).toEqual({ ...totals, done: t.done });
        let prev = statsAt(t, 0, 0);
        expect(prev).toEqual({ done: null, phase1Blocked: 0, phase2Blocked: 0, work: 0, failedPolls: 0, wastedCpu: 0, syscalls: 0, detectLag: null });
        for (let tick = 1; tick <= t.done; tick++) {
          const now = statsAt(t, tick, eventsUpTo(t, tick));
          for (const k of ['phase1Blocked', 'phase2Blocked', 'work', 'failedPolls', 'wastedCpu', 'syscalls'] as const) {
            expect(now[k], `${k} at ${tick}`).toBeGreaterThanOrEqual(prev[k]);
          }
          // Ticks counted are ticks past: tick − 1 of them were one state or another.
          expect(now.phase1Blocked + now.phase2Blocked + now.work + now.wastedCpu).toBe(tick);
          if (tick < t.done) expect(now.done).toBeNull();
          prev = now;
        }
      }),
      RUNS,
    );
  });

  test('mid-play at A = 10, P = 3: at tick 6 of nonblocking three polls have failed (0, 3, 6), no lag and no end yet', () => {
    const t = simulate('nonblocking', { arrival: 10, copy: 2, pollEvery: 3 });
    expect(statsAt(t, 6.5, eventsUpTo(t, 6))).toEqual({
      done: null, phase1Blocked: 0, phase2Blocked: 0, work: 4, failedPolls: 3, wastedCpu: 2, syscalls: 3, detectLag: null,
    });
    expect(statsAt(t, 12, eventsUpTo(t, 12))).toMatchObject({ detectLag: 2, failedPolls: 4, done: null });
  });
});

describe('stateAt', () => {
  test('agrees with the timeline, the kernel spans, the phases and the events at every tick', () => {
    fc.assert(
      fc.property(modelArb, smallScenarioArb, (model, sc) => {
        const trace = simulate(model, sc);
        const kernelTicks = expand(trace.spans.kernel);
        for (let t = 0; t <= trace.done; t++) {
          const st = stateAt(trace, t);
          expect(st.t).toBe(t);
          expect(st.app === null ? undefined : CHAR_OF[st.app]).toBe(trace.timeline[t]);
          expect(st.kernel).toBe(kernelTicks[t] ?? 'done');
          const inWait = t < sc.arrival;
          const inCopy = t >= trace.done - sc.copy && t < trace.done;
          expect(st.phase).toBe(inWait ? 'wait' : inCopy ? 'copy' : null);
          expect(st.events).toEqual(trace.events.filter((e) => e.t === t));
        }
      }),
      { numRuns: 100 },
    );
  });

  test('clamps and floors the cursor, rejects a non-finite one', () => {
    const trace = simulate('async', { arrival: 3, copy: 2 });
    expect(stateAt(trace, -4).t).toBe(0);
    expect(stateAt(trace, 2.7).t).toBe(2);
    expect(stateAt(trace, 99)).toEqual({ t: 5, app: null, kernel: 'done', phase: null,
      events: trace.events.filter((e) => e.t === 5) });
    expect(() => stateAt(trace, Number.NaN)).toThrow(RangeError);
  });

  test('a cursor that is not a number is shown as what it is', () => {
    const trace = simulate('async', { arrival: 3, copy: 2 });
    const message = (t: unknown) => {
      try {
        stateAt(trace, t as number);
      } catch (e) {
        expect(e).toBeInstanceOf(RangeError);
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(message('5')).toBe('t must be a finite number of ticks, got "5"');
    expect(message(Infinity)).toBe('t must be a finite number of ticks, got Infinity');
    expect(message(null)).toBe('t must be a finite number of ticks, got null');
    expect(message({ t: 5 })).toBe('t must be a finite number of ticks, got an object');
    expect(message([5])).toBe('t must be a finite number of ticks, got an array');
  });
});
