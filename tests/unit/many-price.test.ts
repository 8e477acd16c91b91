/**
 * The price of watching many sockets (src/sim/many-price.ts): the figures at N = 1,000 and K = 1 as literals,
 * 1,000 packets on 10 ready descriptors (10 ready-list entries, 10 events), select's wall at FD_SETSIZE, the closed forms over generated N and K (fixed run counts), and the messages
 * of bad input. Real Linux's times for the same three calls are held in epoll-linux.test.ts.
 * @see select(2), poll(2), epoll_wait(2); Linux fs/select.c, fs/eventpoll.c
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  clampPrice, EPOLL_EVENT_BYTES, FD_SETSIZE, fdSetBytes, PACKETS_PER_READY, packetRange, POLLFD_BYTES, PRICE_LIMITS,
  priceTable, validatePrice, waitPrice, type WaitApi,
} from '~/sim';
import { expectRangeError } from './range-error';

const RUNS = 200;

describe('one wait with 1,000 watched and 1 ready', () => {
  test('select and poll hand over and examine all 1,000; epoll examines and returns the 1', () => {
    expect(priceTable(1000, 1)).toEqual([
      { api: 'select', n: 1000, k: 1, p: 1, callbacks: 0, readyEntries: null, kernelExamines: 1000, bytesIn: 128, bytesOut: 128, programScans: 1000, setupCalls: 0, setupBytesIn: 0, wall: null },
      { api: 'poll', n: 1000, k: 1, p: 1, callbacks: 0, readyEntries: null, kernelExamines: 1000, bytesIn: 8000, bytesOut: 2000, programScans: 1000, setupCalls: 0, setupBytesIn: 0, wall: null },
      { api: 'epoll', n: 1000, k: 1, p: 1, callbacks: 1, readyEntries: 1, kernelExamines: 1, bytesIn: 0, bytesOut: 12, programScans: 1, setupCalls: 1001, setupBytesIn: 12000, wall: null },
    ]);
  });

  test('select stops at FD_SETSIZE = 1024: 1,024 descriptors fit, 1,025 do not', () => {
    expect(FD_SETSIZE).toBe(1024);
    expect(waitPrice('select', 1024, 3)).toMatchObject({ wall: null, bytesIn: 128, kernelExamines: 1024 });
    expect(waitPrice('select', 1025, 3)).toEqual({
      api: 'select', n: 1025, k: 3, p: 3, callbacks: 0, readyEntries: null, kernelExamines: null, bytesIn: null, bytesOut: null, programScans: null,
      setupCalls: 0, setupBytesIn: 0, wall: 'FD_SETSIZE',
    });
  });

  test('fd_set bitmaps are whole 64-bit words: 1 to 64 descriptors copy 8 bytes, 65 copy 16', () => {
    expect([1, 64, 65, 128, 129, 1000, 1024].map(fdSetBytes)).toEqual([8, 8, 16, 16, 24, 128, 128]);
  });
});

describe('1,000 packets on 10 ready descriptors out of 1,000', () => {
  test('epoll: 1,000 callbacks, but 10 ready-list entries, 10 events, 120 bytes out', () => {
    expect(waitPrice('epoll', 1000, 10, 1000)).toEqual({
      api: 'epoll', n: 1000, k: 10, p: 1000, callbacks: 1000, readyEntries: 10, kernelExamines: 10, bytesIn: 0,
      bytesOut: 120, programScans: 10, setupCalls: 1001, setupBytesIn: 12000, wall: null,
    });
  });

  test('select and poll pay the same wait for 10 packets or 2,560; no callback runs for them between waits', () => {
    for (const api of ['select', 'poll'] as const) {
      const one = waitPrice(api, 1000, 10, 10);
      const many = waitPrice(api, 1000, 10, 2560);
      expect({ ...many, p: 10 }).toEqual(one);
      expect([many.callbacks, many.readyEntries]).toEqual([0, null]);
    }
    expect(priceTable(1000, 10, 1000).map((r) => [r.api, r.kernelExamines, r.bytesIn, r.bytesOut])).toEqual([
      ['select', 1000, 128, 128], ['poll', 1000, 8000, 2000], ['epoll', 10, 0, 120],
    ]);
  });

  test('P runs from K (one packet each) to 256 × K, at most 100,000; 0 with nothing ready', () => {
    expect(PACKETS_PER_READY).toBe(256);
    expect([0, 1, 10, 390, 391, 100_000].map(packetRange)).toEqual([
      { min: 0, max: 0 }, { min: 1, max: 256 }, { min: 10, max: 2560 }, { min: 390, max: 99_840 },
      { min: 391, max: 100_000 }, { min: 100_000, max: 100_000 },
    ]);
  });
});

/** What a slider, a box or an address can hand over. */
const raw = fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 8 }), fc.boolean(), fc.constant(null), fc.constant(undefined));

const nk = fc.integer(PRICE_LIMITS.n).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n })));

describe('closed forms over generated N, K and P', () => {
  test("epoll's price per wait depends on K alone, whatever N and P; select's and poll's grow with N", () => {
    fc.assert(fc.property(nk, fc.integer(PRICE_LIMITS.n), fc.double({ min: 0, max: 1, noNaN: true }), ([n, k], more, f) => {
      const m = Math.max(n, more);
      const r = packetRange(k);
      const p = r.min + Math.floor(f * (r.max - r.min));
      const a = waitPrice('epoll', n, k);
      const b = waitPrice('epoll', m, k, p);
      expect([b.callbacks, b.readyEntries]).toEqual([p, k]);
      expect([b.kernelExamines, b.bytesIn, b.bytesOut, b.programScans]).toEqual([a.kernelExamines, a.bytesIn, a.bytesOut, a.programScans]);
      expect(a).toMatchObject({ kernelExamines: k, bytesIn: 0, bytesOut: k * EPOLL_EVENT_BYTES, programScans: k, setupCalls: n + 1 });
      expect(waitPrice('poll', n, k)).toMatchObject({ kernelExamines: n, bytesIn: n * POLLFD_BYTES, bytesOut: 2 * n, programScans: n });
      expect(waitPrice('poll', m, k).bytesIn!).toBeGreaterThanOrEqual(waitPrice('poll', n, k).bytesIn!);
    }), { numRuns: RUNS });
  });

  test("select's bitmap is the fewest 64-bit words that hold N bits, and it has a price exactly below the wall", () => {
    fc.assert(fc.property(nk, ([n, k]) => {
      const p = waitPrice('select', n, k);
      expect(p.wall === null).toBe(n <= FD_SETSIZE);
      if (p.wall) return;
      expect(p.bytesIn! % 8).toBe(0);
      expect(p.bytesIn! * 8).toBeGreaterThanOrEqual(n);
      expect(p.bytesIn! * 8 - n).toBeLessThan(64);
      expect(p.bytesOut).toBe(p.bytesIn);
    }), { numRuns: RUNS });
  });

  test('clampPrice always gives a triple validatePrice accepts', () => {
    fc.assert(fc.property(raw, raw, raw, (n, k, p) => {
      const c = clampPrice(n, k, p);
      expect(validatePrice(c.n, c.k, c.p)).toEqual(c);
    }), { numRuns: RUNS });
  });
});

describe('bad input', () => {
  const BAD: [unknown, unknown, string][] = [
    [0, 0, 'n must be an integer from 1 to 100000, got 0'],
    [100_001, 0, 'n must be an integer from 1 to 100000, got 100001'],
    [10.5, 0, 'n must be an integer from 1 to 100000, got 10.5'],
    ['10', 0, 'n must be an integer from 1 to 100000, got "10"'],
    [10, 11, 'k must be an integer from 0 to 10 (at most n), got 11'],
    [10, -1, 'k must be an integer from 0 to 10 (at most n), got -1'],
    [10, Number.NaN, 'k must be an integer from 0 to 10 (at most n), got NaN'],
  ];
  for (const [n, k, message] of BAD) {
    test(message, () => {
      expectRangeError(() => validatePrice(n, k, k), message);
      expectRangeError(() => waitPrice('poll', n as number, k as number), message);
    });
  }
  const BAD_P: [number, unknown, string][] = [
    [10, 9, 'p must be an integer from 10 to 2560 (at least k, at most 256 × k), got 9'],
    [10, 2561, 'p must be an integer from 10 to 2560 (at least k, at most 256 × k), got 2561'],
    [0, 1, 'p must be an integer from 0 to 0 (at least k, at most 256 × k), got 1'],
    [1000, 100_001, 'p must be an integer from 1000 to 100000 (at least k, at most 256 × k), got 100001'],
    [10, 'x', 'p must be an integer from 10 to 2560 (at least k, at most 256 × k), got "x"'],
  ];
  for (const [k, p, message] of BAD_P) {
    test(message, () => {
      expectRangeError(() => validatePrice(1000, k, p), message);
      expectRangeError(() => waitPrice('epoll', 1000, k, p as number), message);
    });
  }

  test('an unknown interface is named', () => {
    expectRangeError(() => waitPrice('kqueue' as WaitApi, 10, 1), 'api must be one of select, poll, epoll, got "kqueue"');
  });

  test('the clamp: K at most N, text read as numbers, garbage to the defaults', () => {
    expect(clampPrice('5000', 1e9, 1e9)).toEqual({ n: 5000, k: 5000, p: 100_000 });
    expect(clampPrice(-3, -3, 5)).toEqual({ n: 1, k: 0, p: 0 });
    expect(clampPrice('x', null, 'x')).toEqual({ n: 1000, k: 1, p: 1 });
  });

  test('the clamp of P: at least K, at most 256 × K, 0 when K = 0, garbage to one packet per ready descriptor', () => {
    expect(clampPrice(1000, 10, 3)).toEqual({ n: 1000, k: 10, p: 10 });
    expect(clampPrice(1000, 10, '1000')).toEqual({ n: 1000, k: 10, p: 1000 });
    expect(clampPrice(1000, 10, 5000)).toEqual({ n: 1000, k: 10, p: 2560 });
    expect(clampPrice(1000, 0, 1000)).toEqual({ n: 1000, k: 0, p: 0 });
    expect(clampPrice(1000, 10, 'lots')).toEqual({ n: 1000, k: 10, p: 10 });
    expect(clampPrice(1000, 10, undefined)).toEqual({ n: 1000, k: 10, p: 10 });
  });
});
