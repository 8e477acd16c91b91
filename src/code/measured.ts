/**
 * The one measured read the site quotes, in one place: the home page's table and figure, Blocking I/O and the
 * summary read their numbers here, and the "What Linux did" panels say beside each table how strace distorts
 * them. The read: Linux 6.18 over loopback, a 65,000-byte datagram that the sender (content/code/sender.c)
 * sends 200 ms after it learns the port. Phase 1 lasts that delay. Phase 2 is the copying recvfrom as the
 * programs time it themselves, without a tracer (copy_us of the RESULT line: timed_recvfrom in
 * content/code/common.c, CLOCK_MONOTONIC around the call, made once the socket is known readable).
 * Under strace the same call can show longer, the more so on a busy machine: strace stops the program at
 * every call.
 */

/** The measurement: kernel and glibc, the datagram, the sender's delay, and the copy's range over the runs. */
export const MEASURED = {
  kernel: '6.18',
  glibc: '2.36',
  bytes: 65_000,
  /** the sender's delay after the LISTEN line, ms: phase 1 */
  waitMs: 200,
  /** copy_us, µs, 10th to 90th percentile of the runs: phase 2 into a buffer not touched before */
  copyUs: { low: 44, high: 83 },
  /** the runs: each of the six programs that time their copy, 20 times, without strace (`npm run copy-time -- 20`) */
  runs: 120,
} as const;

/** The copy as the pages write it: `44–83 µs`. */
export const COPY = `${MEASURED.copyUs.low}–${MEASURED.copyUs.high} µs`;

/** Rounds to two significant figures: 2353 → 2400. */
function twoFigures(n: number): number {
  const p = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / p) * p;
}

/** How many times longer the wait was than the copy, at the copy's high and low end, to two figures. */
export const RATIO = {
  low: twoFigures((MEASURED.waitMs * 1000) / MEASURED.copyUs.high),
  high: twoFigures((MEASURED.waitMs * 1000) / MEASURED.copyUs.low),
} as const;

/** The ratio as the pages write it: `2,400 to 4,500`; `to` is the locale's word. */
export function ratioText(to: string): string {
  return `${RATIO.low.toLocaleString('en')}${to}${RATIO.high.toLocaleString('en')}`;
}
