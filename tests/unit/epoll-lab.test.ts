/**
 * The level- versus edge-triggered lab (src/sim/epoll-lab.ts): the epoll(7) example's whole trace in each
 * mode as literals, the invariants of the module comment over generated scenarios (fixed run counts), and
 * the messages of bad scenarios and of the clamp. Real Linux's verdicts for the same script are held in
 * epoll-linux.test.ts.
 * @see epoll(7), "Level-triggered and edge-triggered"
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  clampLab, DEFAULT_LAB, LAB_LIMITS, labEvents, labStepAt, labVerdict, simulateLab, validateLab, type LabScenario,
} from '~/sim';
import { expectRangeError } from './range-error';

const RUNS = 200;

describe('the epoll(7) example: 2 kB arrive, the wait returns, 1 kB is read, the program waits again', () => {
  test('level-triggered: the second wait reports the socket again, 1 kB still buffered', () => {
    const trace = simulateLab({ ...DEFAULT_LAB, mode: 'lt' });
    expect(trace).toEqual({
      scenario: DEFAULT_LAB,
      end: 8,
      hung: false,
      steps: [
        { t: 0, until: 1, actor: 'app', op: 'epoll_ctl', label: 'epoll_ctl(5, EPOLL_CTL_ADD, 3, EPOLLIN) = 0', result: 0, buffer: 0, ready: [], armed: true },
        { t: 1, until: 2, actor: 'kernel', op: 'arrive', label: 'data arrives: 1024 bytes', result: 1024, buffer: 1024, ready: [3], armed: true },
        { t: 2, until: 3, actor: 'kernel', op: 'arrive', label: 'data arrives: 1024 bytes', result: 1024, buffer: 2048, ready: [3], armed: true },
        { t: 3, until: 4, actor: 'app', op: 'epoll_wait', wait: 1, label: 'epoll_wait(5, …) = 1 [3]', result: 1, events: [3], buffer: 2048, ready: [3], armed: true },
        { t: 4, until: 5, actor: 'app', op: 'read', label: 'read(3, 1024) = 1024', result: 1024, buffer: 1024, ready: [3], armed: true },
        { t: 5, until: 6, actor: 'app', op: 'epoll_wait', wait: 2, label: 'epoll_wait(5, …) = 1 [3]', result: 1, events: [3], buffer: 1024, ready: [3], armed: true },
        { t: 6, until: 7, actor: 'kernel', op: 'arrive', label: 'data arrives: 1024 bytes', result: 1024, buffer: 2048, ready: [3], armed: true },
        { t: 7, until: 8, actor: 'app', op: 'epoll_wait', wait: 3, label: 'epoll_wait(5, …) = 1 [3]', result: 1, events: [3], buffer: 2048, ready: [3], armed: true },
      ],
    });
  });

  test('edge-triggered: the second wait sleeps until its timeout with 1 kB still buffered; new data wakes the third', () => {
    const trace = simulateLab({ ...DEFAULT_LAB, mode: 'et' });
    expect(trace).toEqual({
      scenario: { ...DEFAULT_LAB, mode: 'et' },
      end: 9,
      hung: false,
      steps: [
        { t: 0, until: 1, actor: 'app', op: 'epoll_ctl', label: 'epoll_ctl(5, EPOLL_CTL_ADD, 3, EPOLLIN|EPOLLET) = 0', result: 0, buffer: 0, ready: [], armed: true },
        { t: 1, until: 2, actor: 'kernel', op: 'arrive', label: 'data arrives: 1024 bytes', result: 1024, buffer: 1024, ready: [3], armed: true },
        { t: 2, until: 3, actor: 'kernel', op: 'arrive', label: 'data arrives: 1024 bytes', result: 1024, buffer: 2048, ready: [3], armed: true },
        { t: 3, until: 4, actor: 'app', op: 'epoll_wait', wait: 1, label: 'epoll_wait(5, …) = 1 [3]', result: 1, events: [3], buffer: 2048, ready: [], armed: true },
        { t: 4, until: 5, actor: 'app', op: 'read', label: 'read(3, 1024) = 1024', result: 1024, buffer: 1024, ready: [], armed: true },
        { t: 5, until: 7, actor: 'app', op: 'epoll_wait', wait: 2, label: 'epoll_wait(5, …, 2) = 0 (timed out)', result: 0, events: [], buffer: 1024, ready: [], armed: true },
        { t: 7, until: 8, actor: 'kernel', op: 'arrive', label: 'data arrives: 1024 bytes', result: 1024, buffer: 2048, ready: [3], armed: true },
        { t: 8, until: 9, actor: 'app', op: 'epoll_wait', wait: 3, label: 'epoll_wait(5, …) = 1 [3]', result: 1, events: [3], buffer: 2048, ready: [], armed: true },
      ],
    });
  });

  test('the step under each tick: the sleeping wait covers ticks 5 and 6', () => {
    const trace = simulateLab({ ...DEFAULT_LAB, mode: 'et' });
    expect([...Array(trace.end + 1).keys()].map((t) => labStepAt(trace, t)?.op ?? null)).toEqual([
      'epoll_ctl', 'arrive', 'arrive', 'epoll_wait', 'read', 'epoll_wait', 'epoll_wait', 'arrive', 'epoll_wait', null,
    ]);
    expect(labStepAt(trace, 6)).toBe(labStepAt(trace, 5));
    expect(labStepAt(trace, -1)).toBeUndefined();
  });

  test('edge-triggered with a drain to EAGAIN: nothing is left behind, and the next data is reported', () => {
    const trace = simulateLab({ ...DEFAULT_LAB, mode: 'et', drain: true });
    expect(trace.steps.map((s) => s.label)).toEqual([
      'epoll_ctl(5, EPOLL_CTL_ADD, 3, EPOLLIN|EPOLLET) = 0',
      'data arrives: 1024 bytes',
      'data arrives: 1024 bytes',
      'epoll_wait(5, …) = 1 [3]',
      'read(3, 1024) = 1024',
      'read(3, 1024) = 1024',
      'read(3, 1024) = -1 EAGAIN',
      'epoll_wait(5, …, 2) = 0 (timed out)',
      'data arrives: 1024 bytes',
      'epoll_wait(5, …) = 1 [3]',
    ]);
    expect(labVerdict(trace)).toEqual({ firstWaitEvents: 1, reportedAgain: false, bufferedAtSecondWait: 0, reportedAfterNewData: true, hung: false });
  });

  test('a drain loop on a blocking socket sleeps for ever in its last read', () => {
    const trace = simulateLab({ ...DEFAULT_LAB, mode: 'et', drain: true, blocking: true });
    expect(trace.steps.at(-1)).toEqual({
      t: 6, until: 7, actor: 'app', op: 'read', label: 'read(3, 1024) blocks: the socket is empty and blocking',
      result: 'blocks', buffer: 0, ready: [], armed: true,
    });
    expect(labVerdict(trace)).toEqual({ firstWaitEvents: 1, reportedAgain: null, bufferedAtSecondWait: null, reportedAfterNewData: null, hung: true });
  });

  test('EPOLLONESHOT reports once, then nothing, even for new data, until EPOLL_CTL_MOD re-arms it', () => {
    const once = simulateLab({ ...DEFAULT_LAB, oneshot: true });
    expect(labVerdict(once)).toEqual({ firstWaitEvents: 1, reportedAgain: false, bufferedAtSecondWait: 1024, reportedAfterNewData: false, hung: false });
    expect(once.steps.find((s) => s.wait === 1)!.armed).toBe(false);
    const rearmed = simulateLab({ ...DEFAULT_LAB, oneshot: true, rearm: true });
    expect(rearmed.steps.map((s) => s.label).slice(4, 7)).toEqual([
      'read(3, 1024) = 1024',
      'epoll_ctl(5, EPOLL_CTL_MOD, 3, EPOLLIN|EPOLLONESHOT) = 0',
      'epoll_wait(5, …) = 1 [3]',
    ]);
    expect(labEvents({ mode: 'et', oneshot: true })).toBe('EPOLLIN|EPOLLET|EPOLLONESHOT');
  });
});

/** Any valid lab scenario. */
const scenarios: fc.Arbitrary<LabScenario> = fc.record({
  mode: fc.constantFrom('lt' as const, 'et' as const),
  packets: fc.integer(LAB_LIMITS.packets),
  packetBytes: fc.integer(LAB_LIMITS.packetBytes),
  readSize: fc.integer(LAB_LIMITS.readSize),
  drain: fc.boolean(),
  blocking: fc.boolean(),
  oneshot: fc.boolean(),
  rearm: fc.boolean(),
  timeout: fc.integer(LAB_LIMITS.timeout),
});

describe('the invariants of the module comment, over generated scenarios', () => {
  test('steps follow each other without gaps from tick 0; a step is one tick but a wait that sleeps (timeout ticks)', () => {
    fc.assert(fc.property(scenarios, (s) => {
      const tr = simulateLab(s);
      expect(tr.steps[0]!.t).toBe(0);
      for (let i = 1; i < tr.steps.length; i++) expect(tr.steps[i]!.t).toBe(tr.steps[i - 1]!.until);
      expect(tr.end).toBe(tr.steps.at(-1)!.until);
      for (const st of tr.steps) expect(st.until - st.t).toBe(st.op === 'epoll_wait' && st.result === 0 ? s.timeout : 1);
    }), { numRuns: RUNS });
  });

  test('bytes are kept: read plus buffered equals arrived, never below 0; the ready list holds the socket at most once', () => {
    fc.assert(fc.property(scenarios, (s) => {
      let arrived = 0;
      let read = 0;
      for (const st of simulateLab(s).steps) {
        if (st.op === 'arrive') arrived += st.result as number;
        if (st.op === 'read' && typeof st.result === 'number') read += st.result;
        expect(st.buffer).toBeGreaterThanOrEqual(0);
        expect(st.buffer).toBe(arrived - read);
        expect(st.ready.length).toBeLessThanOrEqual(1);
        if (st.op === 'epoll_wait') expect(st.events!.length).toBeLessThanOrEqual(1);
      }
    }), { numRuns: RUNS });
  });

  test('a wait reports only a readable socket; level-triggered without EPOLLONESHOT reports exactly when data is buffered', () => {
    fc.assert(fc.property(scenarios, (s) => {
      for (const st of simulateLab(s).steps.filter((x) => x.op === 'epoll_wait')) {
        if (st.events!.length) expect(st.buffer).toBeGreaterThan(0);
        if (s.mode === 'lt' && !s.oneshot) expect(st.events!.length > 0).toBe(st.buffer > 0);
      }
    }), { numRuns: RUNS });
  });

  test('edge-triggered reports only after data arrived or EPOLL_CTL_MOD since the previous wait', () => {
    fc.assert(fc.property(scenarios, (s) => {
      let edge = false;
      for (const st of simulateLab({ ...s, mode: 'et' }).steps) {
        if (st.op === 'arrive' || (st.op === 'epoll_ctl' && st.label.includes('MOD'))) edge = true;
        if (st.op === 'epoll_wait') {
          if (st.events!.length) expect(edge).toBe(true);
          edge = false;
        }
      }
    }), { numRuns: RUNS });
  });

  test('EPOLLONESHOT without a re-arm reports exactly once; a read hangs exactly when a drain loop reads a blocking socket', () => {
    fc.assert(fc.property(scenarios, (s) => {
      const tr = simulateLab(s);
      const reports = tr.steps.filter((x) => x.op === 'epoll_wait' && x.events!.length).length;
      if (s.oneshot && !s.rearm) expect(reports).toBe(1);
      expect(tr.hung).toBe(s.drain && s.blocking);
      // Deterministic: the same scenario gives the same trace.
      expect(simulateLab(s)).toEqual(tr);
    }), { numRuns: RUNS });
  });

  test('clampLab gives a scenario validateLab accepts, and changes nothing the second time', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...Object.keys(DEFAULT_LAB)), fc.oneof(
      fc.integer(), fc.double(), fc.string({ maxLength: 8 }), fc.boolean(), fc.constantFrom('lt', 'et', 'true', '0'), fc.constant(null),
    )), (raw) => {
      const once = clampLab(raw);
      expect(validateLab(once.scenario)).toEqual(once.scenario);
      expect(clampLab(once.scenario)).toEqual({ scenario: once.scenario, notes: [] });
    }), { numRuns: RUNS });
  });
});

describe('bad scenarios and the clamp', () => {
  const BAD: [unknown, string][] = [
    [null, 'lab scenario must be an object, got null'],
    [[], 'lab scenario must be an object, got an array'],
    [{ mode: 'edge' }, 'mode must be one of lt, et, got "edge"'],
    [{ readSize: 0 }, 'readSize must be an integer from 256 to 4096, got 0'],
    [{ readSize: 1024.5 }, 'readSize must be an integer from 256 to 4096, got 1024.5'],
    [{ readSize: '1024' }, 'readSize must be an integer from 256 to 4096, got "1024"'],
    [{ packets: 5 }, 'packets must be an integer from 1 to 4, got 5'],
    [{ packetBytes: Number.NaN }, 'packetBytes must be an integer from 256 to 4096, got NaN'],
    [{ timeout: 0 }, 'timeout must be an integer from 1 to 10, got 0'],
    [{ drain: 1 }, 'drain must be true or false, got 1'],
    [{ blocking: 'yes' }, 'blocking must be true or false, got "yes"'],
    [{ oneshot: null }, 'oneshot must be true or false, got null'],
    [{ rearm: {} }, 'rearm must be true or false, got an object'],
  ];
  for (const [input, message] of BAD) {
    test(message, () => {
      expectRangeError(() => validateLab(input), message);
      expectRangeError(() => simulateLab(input as LabScenario), message);
    });
  }

  test('absent fields take the defaults', () => {
    expect(validateLab({})).toEqual(DEFAULT_LAB);
    expect(validateLab({ mode: 'et', drain: true })).toEqual({ ...DEFAULT_LAB, mode: 'et', drain: true });
  });

  test('the clamp moves numbers into range, reads flags from text, and says what it changed', () => {
    expect(clampLab({ readSize: '9000', packets: 0.4, drain: '1', oneshot: 'maybe', mode: 'ET', timeout: -Infinity })).toEqual({
      scenario: { ...DEFAULT_LAB, readSize: 4096, packets: 1, drain: true, timeout: 1 },
      notes: [
        'mode must be one of lt, et; got "ET", used the default lt',
        'packets must be an integer from 1 to 4; got 0.4, used 1',
        'readSize must be an integer from 256 to 4096; got "9000", used 4096',
        'timeout must be an integer from 1 to 10; got -Infinity, used 1',
        'oneshot must be true or false; got "maybe", used the default false',
      ],
    });
    expect(clampLab('garbage')).toEqual({ scenario: DEFAULT_LAB, notes: [] });
  });
});
