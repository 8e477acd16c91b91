/**
 * Golden traces: for every model and a few scenarios the whole trace must equal a checked-in fixture in
 * tests/fixtures/golden/, reviewed by hand against src/sim/README.md. A missing or different fixture fails.
 * To regenerate after a deliberate change: `UPDATE_GOLDEN=1 npx vitest run tests/unit/sim-golden.test.ts`,
 * then review the diff of tests/fixtures/golden/ before committing it.
 * The README's example (DEFAULT_SCENARIO) is also checked here against its literal text, independent of any fixture.
 * @see src/sim/README.md, "The five models"
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MODELS, simulate, type Scenario } from '~/sim';

const GOLDEN_DIR = new URL('../fixtures/golden/', import.meta.url);
const UPDATE = process.env.UPDATE_GOLDEN === '1';

// The README's example, one with every parameter different, A = 0 (empty wait phase, no failed poll), and
// s = P with A a multiple of P (polls merge into one run; the last poll lands exactly at A, lag 0).
const SCENARIOS: Required<Scenario>[] = [
  { arrival: 10, copy: 2, pollEvery: 3, pollCost: 1 },
  { arrival: 7, copy: 3, pollEvery: 4, pollCost: 2 },
  { arrival: 0, copy: 1, pollEvery: 3, pollCost: 1 },
  { arrival: 6, copy: 1, pollEvery: 2, pollCost: 2 },
];

/** The fixture file name of one model on one scenario, e.g. `blocking.A10-C2-P3-s1.json`. */
function fixtureName(model: string, s: Required<Scenario>): string {
  return `${model}.A${s.arrival}-C${s.copy}-P${s.pollEvery}-s${s.pollCost}.json`;
}

describe('golden traces', () => {
  for (const scenario of SCENARIOS) {
    for (const model of MODELS) {
      const name = fixtureName(model, scenario);
      test(name, () => {
        const trace = simulate(model, scenario);
        const url = new URL(name, GOLDEN_DIR);
        if (UPDATE) {
          mkdirSync(GOLDEN_DIR, { recursive: true });
          writeFileSync(url, `${JSON.stringify(trace, null, 2)}\n`);
        }
        expect(existsSync(url), `missing fixture ${name}; run with UPDATE_GOLDEN=1 and review it`).toBe(true);
        expect(trace).toEqual(JSON.parse(readFileSync(url, 'utf8')));
      });
    }
  }

  test('no stale fixture lies around', () => {
    const expected = SCENARIOS.flatMap((s) => MODELS.map((m) => fixtureName(m, s))).sort();
    expect(readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.json')).sort()).toEqual(expected);
  });
});

describe("src/sim/README.md's example, A = 10, C = 2, P = 3, s = 1, as the README writes it", () => {
  const example = { arrival: 10, copy: 2, pollEvery: 3, pollCost: 1 };

  test('timelines and done', () => {
    const got = Object.fromEntries(MODELS.map((m) => {
      const t = simulate(m, example);
      return [m, [t.timeline, t.done]];
    }));
    expect(got).toEqual({
      blocking: ['wwwwwwwwwwcc', 12],
      nonblocking: ['p..p..p..p..cc', 14],
      multiplexing: ['wwwwwwwwwwcc', 12],
      'signal-driven': ['..........cc', 12],
      async: ['............', 12],
    });
  });

  test("the example's counts: failed polls, lag, system calls, work", () => {
    const nb = simulate('nonblocking', example).stats;
    expect([nb.failedPolls, nb.detectLag]).toEqual([4, 2]);
    expect(simulate('multiplexing', example).stats.syscalls).toBe(2);
    expect(simulate('signal-driven', example).stats.work).toBe(10);
    expect(simulate('async', example).stats.work).toBe(12);
  });

  test('full stats, from the closed forms with N = 4', () => {
    const stats = Object.fromEntries(MODELS.map((m) => [m, simulate(m, example).stats]));
    const zero = { phase1Blocked: 0, phase2Blocked: 0, work: 0, failedPolls: 0, wastedCpu: 0, detectLag: 0 };
    expect(stats).toEqual({
      blocking: { ...zero, phase1Blocked: 10, phase2Blocked: 2, syscallsBeforeData: 1, syscalls: 1 },
      nonblocking: {
        ...zero, phase2Blocked: 2, work: 8, failedPolls: 4, wastedCpu: 4, detectLag: 2,
        syscallsBeforeData: 4, syscalls: 5,
      },
      multiplexing: { ...zero, phase1Blocked: 10, phase2Blocked: 2, syscallsBeforeData: 1, syscalls: 2 },
      'signal-driven': { ...zero, phase2Blocked: 2, work: 10, syscallsBeforeData: 1, syscalls: 2 },
      async: { ...zero, work: 12, syscallsBeforeData: 1, syscalls: 1 },
    });
  });

  test('spans of the nonblocking example', () => {
    const { spans } = simulate('nonblocking', example);
    expect(spans.kernel).toEqual([
      { lane: 'kernel', state: 'empty', from: 0, to: 10 },
      { lane: 'kernel', state: 'ready', from: 10, to: 12 },
      { lane: 'kernel', state: 'copying', from: 12, to: 14 },
    ]);
    expect(spans.phases).toEqual([
      { phase: 'wait', from: 0, to: 10 },
      { phase: 'copy', from: 12, to: 14 },
    ]);
    expect(spans.app.map((s) => `${s.state}[${s.from},${s.to})`).join(' ')).toBe(
      'poll[0,1) work[1,3) poll[3,4) work[4,6) poll[6,7) work[7,9) poll[9,10) work[10,12) copy[12,14)',
    );
  });
});
