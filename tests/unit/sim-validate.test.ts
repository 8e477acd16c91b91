/**
 * Bad input: every bound of src/sim/README.md and LIMITS (0 ≤ A ≤ 10,000, 1 ≤ C ≤ 1,000, 1 ≤ s ≤ P ≤ 1,000; serve:
 * 1..64 connections, arrivals 0..10,000, copy 1..1,000, process 0..1,000), non-numbers and unknown ids throw
 * a RangeError naming the field and its range; clampScenario turns the same garbage into a valid scenario
 * with one note per changed field.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  clampScenario, DEFAULT_SCENARIO, LIMITS, MODELS, serveConnections, simulate, validateScenario,
  type ModelId, type Scenario, type ServeMode,
} from '~/sim';
import { expectRangeError } from './range-error';

const OK = { arrival: 10, copy: 2, pollEvery: 3, pollCost: 1 };

// [what is wrong, the scenario, the exact message]
const BAD_SCENARIOS: [string, unknown, string][] = [
  ['negative arrival', { ...OK, arrival: -5 }, 'arrival must be an integer from 0 to 10000, got -5'],
  ['arrival too late', { ...OK, arrival: 10_001 }, 'arrival must be an integer from 0 to 10000, got 10001'],
  ['huge arrival', { ...OK, arrival: 1e9 }, 'arrival must be an integer from 0 to 10000, got 1000000000'],
  ['NaN arrival', { ...OK, arrival: Number.NaN }, 'arrival must be an integer from 0 to 10000, got NaN'],
  ['infinite arrival', { ...OK, arrival: Infinity }, 'arrival must be an integer from 0 to 10000, got Infinity'],
  ['fractional arrival', { ...OK, arrival: 2.5 }, 'arrival must be an integer from 0 to 10000, got 2.5'],
  ['string arrival', { ...OK, arrival: '10' }, 'arrival must be an integer from 0 to 10000, got "10"'],
  ['null arrival', { ...OK, arrival: null }, 'arrival must be an integer from 0 to 10000, got null'],
  ['missing arrival', { copy: 2 }, 'arrival must be an integer from 0 to 10000, got undefined'],
  ['zero copy', { ...OK, copy: 0 }, 'copy must be an integer from 1 to 1000, got 0'],
  ['copy too long', { ...OK, copy: 1001 }, 'copy must be an integer from 1 to 1000, got 1001'],
  ['negative copy', { ...OK, copy: -1 }, 'copy must be an integer from 1 to 1000, got -1'],
  ['-Infinity copy', { ...OK, copy: -Infinity }, 'copy must be an integer from 1 to 1000, got -Infinity'],
  ['boolean copy', { ...OK, copy: true }, 'copy must be an integer from 1 to 1000, got true'],
  ['zero pollEvery', { ...OK, pollEvery: 0 }, 'pollEvery must be an integer from 1 to 1000, got 0'],
  ['pollEvery too long', { ...OK, pollEvery: 1001 }, 'pollEvery must be an integer from 1 to 1000, got 1001'],
  ['fractional pollEvery', { ...OK, pollEvery: 1.5 }, 'pollEvery must be an integer from 1 to 1000, got 1.5'],
  ['null pollEvery', { ...OK, pollEvery: null }, 'pollEvery must be an integer from 1 to 1000, got null'],
  ['zero pollCost', { ...OK, pollCost: 0 }, 'pollCost must be an integer from 1 to 3 (at most pollEvery), got 0'],
  ['pollCost above pollEvery', { ...OK, pollEvery: 5, pollCost: 6 },
    'pollCost must be an integer from 1 to 5 (at most pollEvery), got 6'],
  ['pollCost above the default pollEvery', { arrival: 1, copy: 1, pollCost: 4 },
    'pollCost must be an integer from 1 to 3 (at most pollEvery), got 4'],
  ['NaN pollCost', { ...OK, pollCost: Number.NaN }, 'pollCost must be an integer from 1 to 3 (at most pollEvery), got NaN'],
  ['not an object', 'A=10', 'scenario must be an object with arrival and copy, got "A=10"'],
  ['null scenario', null, 'scenario must be an object with arrival and copy, got null'],
  ['an array', [10, 2], 'scenario must be an object with arrival and copy, got an array'],
  ['object arrival', { ...OK, arrival: {} }, 'arrival must be an integer from 0 to 10000, got an object'],
  ['function copy', { ...OK, copy: () => 2 }, 'copy must be an integer from 1 to 1000, got a function'],
  ['symbol pollEvery', { ...OK, pollEvery: Symbol('P') }, 'pollEvery must be an integer from 1 to 1000, got a symbol'],
  ['bigint pollCost', { ...OK, pollCost: 1n }, 'pollCost must be an integer from 1 to 3 (at most pollEvery), got 1n'],
  ['a function as the scenario', () => OK, 'scenario must be an object with arrival and copy, got a function'],
];

describe('simulate rejects bad scenarios with a RangeError naming the field and the range', () => {
  for (const [what, scenario, message] of BAD_SCENARIOS) {
    test(what, () => {
      for (const model of MODELS) {
        expectRangeError(() => simulate(model, scenario as Scenario), message);
      }
      expectRangeError(() => validateScenario(scenario), message);
    });
  }

  test('unknown or missing model', () => {
    const msg = 'model must be one of blocking, nonblocking, multiplexing, signal-driven, async, got';
    expectRangeError(() => simulate('epoll' as ModelId, OK), `${msg} "epoll"`);
    expectRangeError(() => simulate(undefined as unknown as ModelId, OK), `${msg} undefined`);
    expect(() => simulate('Blocking' as ModelId, OK)).toThrow(RangeError);
  });

  test('the bounds themselves are accepted', () => {
    for (const s of [
      { arrival: 0, copy: 1, pollEvery: 1, pollCost: 1 },
      { arrival: 10_000, copy: 1_000, pollEvery: 1_000, pollCost: 1_000 },
    ]) {
      expect(validateScenario(s)).toEqual(s);
    }
    expect(validateScenario({ arrival: -0, copy: 1 })).toEqual({ arrival: 0, copy: 1, pollEvery: 3, pollCost: 1 });
  });

  test('a scenario passes exactly when every field is an in-range integer (generated)', () => {
    const field = fc.oneof(
      fc.integer({ min: -20, max: 1_200 }), fc.integer({ min: 9_990, max: 10_010 }),
      fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e9, '5', null, undefined, true, {}),
    );
    const isInt = (v: unknown, lo: number, hi: number) => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
    fc.assert(
      fc.property(modelArb(), field, field, field, field, (model, arrival, copy, pollEvery, pollCost) => {
        const P = pollEvery === undefined ? 3 : pollEvery;
        const valid = isInt(arrival, 0, 10_000) && isInt(copy, 1, 1_000) && isInt(P, 1, 1_000)
          && (pollCost === undefined || isInt(pollCost, 1, P as number));
        const run = () => simulate(model, { arrival, copy, pollEvery, pollCost } as Scenario);
        if (valid) expect(run().done).toBeGreaterThan(0);
        else expect(run).toThrow(RangeError);
      }),
      { numRuns: 500 },
    );
  });
});

function modelArb(): fc.Arbitrary<ModelId> {
  return fc.constantFrom<ModelId>(...MODELS);
}

describe('clampScenario turns the same garbage into a valid scenario, with notes', () => {
  // [field, raw value, the value it becomes]
  const CASES: [keyof Scenario, unknown, number][] = [
    ['arrival', -5, 0],
    ['arrival', 1e9, 10_000],
    ['arrival', Infinity, 10_000],
    ['arrival', -Infinity, 0],
    ['arrival', Number.NaN, 10],
    ['arrival', 'soon', 10],
    ['arrival', '', 10],
    ['arrival', null, 10],
    ['arrival', 2.4, 2],
    ['arrival', 2.6, 3],
    ['arrival', '12.5', 13],
    ['arrival', 10_001, 10_000],
    ['copy', 0, 1],
    ['copy', 1001, 1_000],
    ['copy', '1e9', 1_000],
    ['copy', {}, 2],
    ['copy', false, 2],
    ['pollEvery', 0, 1],
    ['pollEvery', 5000, 1_000],
    ['pollEvery', 'fast', 3],
    ['pollCost', 0, 1],
    ['pollCost', 9, 3],
    ['pollCost', Number.NaN, 1],
  ];
  const RANGE: Record<keyof Scenario, string> = {
    arrival: 'from 0 to 10000', copy: 'from 1 to 1000', pollEvery: 'from 1 to 1000', pollCost: 'from 1 to 3',
  };

  for (const [field, raw, expected] of CASES) {
    test(`${field} = ${String(raw)} becomes ${expected}`, () => {
      const { scenario, notes } = clampScenario({ ...OK, [field]: raw });
      expect(scenario).toEqual({ ...OK, [field]: expected });
      expect(() => validateScenario(scenario)).not.toThrow();
      expect(notes).toHaveLength(1);
      expect(notes[0]).toContain(field);
      expect(notes[0]).toContain(RANGE[field]);
      expect(notes[0]).toContain(String(expected));
    });
  }

  test('the note reads as a sentence', () => {
    expect(clampScenario({ ...OK, arrival: -5 }).notes).toEqual([
      'arrival must be an integer from 0 to 10000; got -5, used 0',
    ]);
    expect(clampScenario({ ...OK, copy: {} }).notes).toEqual([
      'copy must be an integer from 1 to 1000; got an object, used the default 2',
    ]);
    expect(clampScenario({ ...OK, copy: 'x' }).notes).toEqual([
      'copy must be an integer from 1 to 1000; got "x", used the default 2',
    ]);
  });

  test('pollCost is capped by the clamped pollEvery', () => {
    const { scenario, notes } = clampScenario({ arrival: 5, copy: 1, pollEvery: 0, pollCost: 7 });
    expect(scenario).toEqual({ arrival: 5, copy: 1, pollEvery: 1, pollCost: 1 });
    expect(notes).toHaveLength(2);
    expect(notes[1]).toBe('pollCost must be an integer from 1 to 1 (at most pollEvery); got 7, used 1');
  });

  test('missing required fields take the defaults with a note; missing optional ones silently', () => {
    const { scenario, notes } = clampScenario({});
    expect(scenario).toEqual(DEFAULT_SCENARIO);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^arrival .*missing.*default 10/);
    expect(notes[1]).toMatch(/^copy .*missing.*default 2/);
    expect(clampScenario({ arrival: 4, copy: 1 })).toEqual({
      scenario: { arrival: 4, copy: 1, pollEvery: 3, pollCost: 1 }, notes: [],
    });
  });

  test('numeric strings, as a URL hash gives them, are read without a note', () => {
    expect(clampScenario({ arrival: '12', copy: ' 3 ', pollEvery: '4', pollCost: '2' })).toEqual({
      scenario: { arrival: 12, copy: 3, pollEvery: 4, pollCost: 2 }, notes: [],
    });
  });

  test('garbage in place of the whole input gives the defaults', () => {
    for (const junk of [null, undefined, 'x', 42, [1, 2]]) {
      const { scenario } = clampScenario(junk as unknown as Record<string, unknown>);
      expect(scenario).toEqual(DEFAULT_SCENARIO);
    }
  });

  test('never throws; always valid; valid input untouched; idempotent (generated)', () => {
    const raw = fc.oneof(fc.anything(), fc.double(), fc.integer(), fc.string(), fc.constantFrom(Infinity, -0, 1e9));
    fc.assert(
      fc.property(fc.record({ arrival: raw, copy: raw, pollEvery: raw, pollCost: raw }, { requiredKeys: [] }), (input) => {
        const { scenario, notes } = clampScenario(input);
        expect(validateScenario(scenario)).toEqual(scenario);
        expect(notes.length).toBeLessThanOrEqual(4);
        expect(clampScenario(scenario)).toEqual({ scenario, notes: [] });
        let valid = true;
        try { validateScenario(input); } catch { valid = false; }
        if (valid) expect(notes).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('serveConnections rejects bad input with a RangeError naming the field and the range', () => {
  const GOOD = { arrivals: [0, 1, 2], copy: 1, process: 1 };
  const BAD: [string, ServeMode, unknown, string][] = [
    ['unknown mode', 'epoll' as ServeMode, GOOD,
      'mode must be one of blocking, thread-per-connection, multiplexing, got "epoll"'],
    ['65 connections', 'multiplexing', { ...GOOD, arrivals: Array(65).fill(0) },
      'arrivals must have from 1 to 64 connections, got 65'],
    ['no connection', 'blocking', { ...GOOD, arrivals: [] }, 'arrivals must have from 1 to 64 connections, got 0'],
    ['arrivals not an array', 'blocking', { ...GOOD, arrivals: '0,1' },
      'arrivals must be an array of 1 to 64 ticks, got "0,1"'],
    ['negative arrival', 'blocking', { ...GOOD, arrivals: [0, -1] },
      'arrivals[1] must be an integer from 0 to 10000, got -1'],
    ['huge arrival', 'thread-per-connection', { ...GOOD, arrivals: [1e9] },
      'arrivals[0] must be an integer from 0 to 10000, got 1000000000'],
    ['NaN arrival', 'multiplexing', { ...GOOD, arrivals: [0, 0, Number.NaN] },
      'arrivals[2] must be an integer from 0 to 10000, got NaN'],
    ['fractional arrival', 'multiplexing', { ...GOOD, arrivals: [0.5] },
      'arrivals[0] must be an integer from 0 to 10000, got 0.5'],
    ['string arrival', 'multiplexing', { ...GOOD, arrivals: ['3'] },
      'arrivals[0] must be an integer from 0 to 10000, got "3"'],
    ['sparse arrivals', 'multiplexing', { ...GOOD, arrivals: [0, , 2] }, // eslint-disable-line no-sparse-arrays
      'arrivals[1] must be an integer from 0 to 10000, got undefined'],
    ['zero copy', 'blocking', { ...GOOD, copy: 0 }, 'copy must be an integer from 1 to 1000, got 0'],
    ['infinite copy', 'blocking', { ...GOOD, copy: Infinity }, 'copy must be an integer from 1 to 1000, got Infinity'],
    ['negative process', 'blocking', { ...GOOD, process: -1 }, 'process must be an integer from 0 to 1000, got -1'],
    ['process too long', 'blocking', { ...GOOD, process: 1001 }, 'process must be an integer from 0 to 1000, got 1001'],
    ['null scenario', 'blocking', null, 'scenario must be an object with arrivals, copy and process, got null'],
    ['arrivals an object', 'blocking', { ...GOOD, arrivals: { length: 1, 0: 0 } },
      'arrivals must be an array of 1 to 64 ticks, got an object'],
    ['an object arrival', 'blocking', { ...GOOD, arrivals: [0, {}] },
      'arrivals[1] must be an integer from 0 to 10000, got an object'],
  ];
  for (const [what, mode, s, message] of BAD) {
    test(what, () => {
      expectRangeError(() => serveConnections(mode, s as never), message);
    });
  }

  /** `arrivals` with its own iterator, which yields `count` zeros (or never stops) and counts its steps. */
  function withIterator(arrivals: number[], count: number): { arrivals: number[]; steps: () => number } {
    let steps = 0;
    const tripwire = 100_000; // far above any bound, so a loop that trusts the iterator still ends here
    Object.defineProperty(arrivals, Symbol.iterator, {
      value: function* () {
        for (let i = 0; i < count; i++) {
          if (++steps > tripwire) throw new Error('the iterator was read past the tripwire');
          yield 0;
        }
      },
    });
    return { arrivals, steps: () => steps };
  }

  test("an array's own iterator neither adds connections nor is called", () => {
    const plain = serveConnections('multiplexing', { arrivals: [0, 1, 2], copy: 1, process: 1 });
    for (const count of [1_000, 1e6, Infinity]) {
      const { arrivals, steps } = withIterator([0, 1, 2], count);
      expect(serveConnections('multiplexing', { arrivals, copy: 1, process: 1 })).toEqual(plain);
      expect(steps()).toBe(0);
    }
  });

  test('more than 64 connections is rejected at once, before any arrival is read', () => {
    const { arrivals, steps } = withIterator(Array<number>(1e6).fill(0), Infinity);
    const reads: PropertyKey[] = [];
    const spy = new Proxy(arrivals, { get: (target, key) => (reads.push(key), Reflect.get(target, key)) });
    expectRangeError(() => serveConnections('blocking', { arrivals: spy, copy: 1, process: 1 }),
      'arrivals must have from 1 to 64 connections, got 1000000');
    expect(steps()).toBe(0);
    expect(reads).toEqual(['length']);
  });

  test('each arrival is read once, by index', () => {
    const reads: PropertyKey[] = [];
    const arrivals = new Proxy([4, 0], { get: (target, key) => (reads.push(key), Reflect.get(target, key)) });
    expect(serveConnections('thread-per-connection', { arrivals, copy: 1, process: 0 }).completions).toEqual([5, 1]);
    expect(reads).toEqual(['length', '0', '1']);
  });

  test('LIMITS states the same bounds as data', () => {
    expect(LIMITS).toEqual({
      arrival: { min: 0, max: 10_000 }, copy: { min: 1, max: 1_000 },
      pollEvery: { min: 1, max: 1_000 }, pollCost: { min: 1, max: 1_000 },
      serve: {
        connections: { min: 1, max: 64 }, arrival: { min: 0, max: 10_000 },
        copy: { min: 1, max: 1_000 }, process: { min: 0, max: 1_000 },
      },
    });
    expect(Object.isFrozen(LIMITS) && Object.isFrozen(LIMITS.serve) && Object.isFrozen(MODELS)).toBe(true);
    expect(DEFAULT_SCENARIO).toEqual({ arrival: 10, copy: 2, pollEvery: 3, pollCost: 1 });
    expect(MODELS).toEqual(['blocking', 'nonblocking', 'multiplexing', 'signal-driven', 'async']);
  });
});
