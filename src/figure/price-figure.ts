/**
 * The price figure of /further/many-sockets/: N watched descriptors as a grid of at most 100 squares (each
 * square a power-of-ten-ish run of descriptors), the K ready ones marked, select's wall at FD_SETSIZE; under
 * it the P packets since the last wait narrowing into epoll's K ready-list entries; then, per measure (descriptors the kernel examines, bytes copied in, bytes copied out), one bar per interface
 * on one logarithmic axis from 1 to 100,000. Pure: numbers from src/sim/many-price.ts in, coordinates out.
 * Invariants: the frame is PRICE_W units wide with text PRICE_FONT units tall, so text stays at least 11 CSS px
 * when the figure is shrunk to a 320 px screen (as FULL_FRAME in layout.ts); a bar's length is
 * log10(1 + value) / log10(1 + AXIS_MAX) of the bar area, 0 drawing nothing.
 */
import { FD_SETSIZE, priceTable, WAIT_APIS, type WaitApi, type WaitPrice } from '~/sim/many-price';

/** Width of the figure in SVG units. */
export const PRICE_W = 350;
/** Font size of every label, in units (14 of 350: ≥ 11 px at 275 px wide). */
export const PRICE_FONT = 14;
/** The bar axis's end: every value the sliders allow (N ≤ 10,000, 8 bytes each) stays under it. */
const AXIS_MAX = 100_000;
/** Most squares in the descriptor grid. */
const MAX_CELLS = 100;
const COLS = 20;
const CELL = 17.5;
/** Where the bars begin and end (the interface names are left of it, the values right). */
const BAR_X = 58;
const BAR_END = 262;
const ROW = 19;
/** The gap between the packets bar and the entries bar, where the funnel is drawn. */
const FUNNEL = 14;

/** The measures drawn as bars, in order. */
export const MEASURES = ['kernelExamines', 'bytesIn', 'bytesOut'] as const;
/** One of the measures drawn. */
export type Measure = (typeof MEASURES)[number];

/** One square of the grid: descriptors [from, to), whether one of them is ready, whether one is beyond select's wall. */
interface Cell { x: number; y: number; from: number; to: number; ready: boolean; beyond: boolean }

/** One bar: its interface, value (null: select cannot watch N), length in units. */
interface Bar { api: WaitApi; y: number; value: number | null; w: number }

/** A bar of the arrivals section: P packets or K ready-list entries, on the same log axis. */
interface CountBar { y: number; value: number; w: number }

/** Everything the price figure draws for N and K. */
export interface PriceFigure {
  n: number;
  k: number;
  /** descriptors per square: 1, 2, 5, 10, 20, 50 or 100 */
  per: number;
  cells: Cell[];
  /** the left edge of the first square holding a descriptor beyond select's wall, or null if N ≤ FD_SETSIZE */
  wall: { x: number; y: number } | null;
  /** the ready descriptors, spread evenly over 0 … N − 1 */
  ready: number[];
  gridH: number;
  /** the packets since the last wait (P ep_poll_callback calls) above epoll's ready list (K entries), and the funnel between */
  arrivals: { y: number; packets: CountBar; entries: CountBar; funnel: string };
  sections: { measure: Measure; y: number; bars: Bar[] }[];
  /** the axis's ticks: value, x */
  ticks: { v: number; x: number }[];
  /** x of FD_SETSIZE on the axis (select's wall on the examined bars) */
  wallX: number;
  barX: number;
  barEnd: number;
  height: number;
  table: WaitPrice[];
}

/** x of `v` on the bar axis (log scale from 0 to AXIS_MAX). */
export function axisX(v: number): number {
  return BAR_X + ((BAR_END - BAR_X) * Math.log10(1 + Math.max(0, v))) / Math.log10(1 + AXIS_MAX);
}

/** K ready descriptors spread evenly over 0 … N − 1 (the i-th in the middle of its N/K run). */
export function readyDescriptors(n: number, k: number): number[] {
  return Array.from({ length: k }, (_, i) => Math.floor(((i + 0.5) * n) / k));
}

/** The smallest of 1, 2, 5, 10, 20, 50, 100, … descriptors per square that draws N in at most 100 squares. */
export function perCell(n: number): number {
  for (let p = 1; ; p *= 10) for (const m of [1, 2, 5]) if (Math.ceil(n / (p * m)) <= MAX_CELLS) return p * m;
}

/** A count's bar on the log axis. */
function countBar(y: number, value: number): CountBar {
  return { y, value, w: axisX(value) - BAR_X };
}

/** The figure for N watched and K ready after P packets (through validatePrice: throws a RangeError on bad N, K or P). */
export function priceFigure(n: number, k: number, p: number = k): PriceFigure {
  const table = priceTable(n, k, p);
  const epoll = table[WAIT_APIS.indexOf('epoll')]!;
  const per = perCell(n);
  const ready = readyDescriptors(n, k);
  const count = Math.ceil(n / per);
  const cells: Cell[] = [];
  let r = 0;
  for (let i = 0; i < count; i++) {
    const from = i * per;
    const to = Math.min(n, from + per);
    while (r < ready.length && ready[r]! < from) r++;
    cells.push({
      x: (i % COLS) * CELL, y: Math.floor(i / COLS) * CELL, from, to,
      ready: r < ready.length && ready[r]! < to, beyond: to > FD_SETSIZE,
    });
  }
  const first = cells.find((c) => c.beyond);
  const gridH = Math.ceil(count / COLS) * CELL;
  let y = gridH + 28;
  const arrY = y;
  const packets = countBar(arrY + PRICE_FONT + 6, epoll.callbacks);
  const entries = countBar(packets.y + ROW + FUNNEL, epoll.readyEntries!);
  // From the packets bar's foot to the entries bar's head: many packets in, one entry per ready descriptor out.
  const funnel = `${BAR_X},${packets.y + 16} ${BAR_X + packets.w},${packets.y + 16} ${BAR_X + entries.w},${entries.y + 3} ${BAR_X},${entries.y + 3}`;
  y = entries.y + ROW + 10;
  const sections = MEASURES.map((measure) => {
    const top = y;
    y += PRICE_FONT + 6;
    const bars = WAIT_APIS.map((api, i) => {
      const value = table[i]![measure];
      const bar = { api, y: y + i * ROW, value, w: value === null ? 0 : axisX(value) - BAR_X };
      return bar;
    });
    y += WAIT_APIS.length * ROW + 10;
    return { measure, y: top, bars };
  });
  const ticks = [1, 10, 100, 1000, 10_000, 100_000].map((v) => ({ v, x: axisX(v) }));
  return {
    n, k, per, cells, wall: first ? { x: first.x, y: first.y } : null, ready, gridH,
    arrivals: { y: arrY, packets, entries, funnel }, sections, ticks,
    wallX: axisX(FD_SETSIZE), barX: BAR_X, barEnd: BAR_END, height: y + PRICE_FONT + 6, table,
  };
}

/** A count with thousands separators (1,000), as both locales write numbers in figures. */
export function groupDigits(v: number): string {
  return String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The axis's tick labels: 1, 10, 100, 1k, 10k, 100k. */
export function tickLabel(v: number): string {
  return v >= 1000 ? `${v / 1000}k` : String(v);
}

/** The slider's position (0 … 400) for N: 100 · log10 N. */
export function nToSlider(n: number): number {
  return Math.round(100 * Math.log10(Math.max(1, n)));
}

/** N for a slider position 0 … 400 (1 to 10,000 on a log scale); positions outside read the nearer end. */
export function sliderToN(v: number): number {
  const x = Math.min(400, Math.max(0, Number.isFinite(v) ? v : 0));
  return Math.round(10 ** (x / 100));
}

/** The figure as served: N = 1000 (just under select's wall), K = 10, and 1,000 packets on those 10. */
export const PRICE_DEFAULT = Object.freeze({ n: 1000, k: 10, p: 1000 });
