/**
 * The level- versus edge-triggered lab as two timelines on one clock (/further/level-edge/): for each trace a
 * Stevens-style column per tick, the process's calls on the left, the kernel's arrivals on the right, then
 * the ready list (the socket's descriptor, or nothing) and the receive buffer as a gauge after each step.
 * Pure: a LabTrace in, coordinates out.
 * Invariants: tick t is the row [ROW0 + t·ROW_H, ROW0 + (t + 1)·ROW_H) in both timelines, so a tick is at the
 * same height in both; a step covers its ticks [t, until); the frame is LAB_W units wide with text LAB_FONT
 * tall (≥ 11 px on a 320 px screen, as FULL_FRAME); the gauge's length is buffer / capacity, the capacity
 * being every byte the script can send (packets + 1 of packetBytes).
 */
import type { LabStep, LabTrace } from '~/sim/epoll-lab';

/** Width of each timeline in SVG units. */
export const LAB_W = 350;
/** Font size of every label, in units. */
export const LAB_FONT = 14;
/** Height of one tick. */
export const ROW_H = 24;
/** Where tick 0 begins (above: the title and the state at the cursor). */
export const ROW0 = 92;
/** Columns: tick numbers end at TICK_X, the process writes from APP_X, the kernel up to KERNEL_X. */
export const COL = Object.freeze({ tick: 22, app: 30, kernel: 250, ready: 256, gauge: 290, gaugeW: 56 });

/** How a step is drawn and said: its kind and its number (bytes, events or fd). */
export type RowKind = 'add' | 'mod' | 'arrive' | 'report' | 'timeout' | 'read' | 'eagain' | 'blocks';

/** One step as drawn. */
export interface LabRow {
  t: number;
  until: number;
  y: number;
  h: number;
  kind: RowKind;
  /** bytes read or arrived; the wait's number (1, 2, 3) for waits; 0 otherwise */
  value: number;
  actor: 'app' | 'kernel';
  buffer: number;
  onList: boolean;
  armed: boolean;
  /** gauge length after the step, in units */
  gauge: number;
}

/** A timeline's drawing. */
export interface LabFigure {
  rows: LabRow[];
  /** bytes the gauge's full length stands for */
  capacity: number;
  /** the row a hung read leaves: from the read to the bottom of the figure */
  hang: { y: number; h: number } | null;
}

/** The kind of a step. */
export function rowKind(s: LabStep): RowKind {
  if (s.op === 'epoll_ctl') return s.label.includes('EPOLL_CTL_MOD') ? 'mod' : 'add';
  if (s.op === 'arrive') return 'arrive';
  if (s.op === 'epoll_wait') return s.result === 0 ? 'timeout' : 'report';
  return s.result === 'EAGAIN' ? 'eagain' : s.result === 'blocks' ? 'blocks' : 'read';
}

/** The last tick of the pair, and one more for a hung read's "for ever": both timelines are this tall. */
export function labTicks(...traces: LabTrace[]): number {
  return Math.max(...traces.map((tr) => tr.end + (tr.hung ? 2 : 0)));
}

/** Height of a timeline of `ticks` ticks. */
export function labHeight(ticks: number): number {
  return ROW0 + ticks * ROW_H + 6;
}

/** A trace's timeline, on a clock `ticks` long (labTicks of the pair). */
export function labFigure(trace: LabTrace, ticks: number): LabFigure {
  const s = trace.scenario;
  const capacity = (s.packets + 1) * s.packetBytes;
  const rows = trace.steps.map((step): LabRow => ({
    t: step.t, until: step.until, y: ROW0 + step.t * ROW_H, h: (step.until - step.t) * ROW_H, kind: rowKind(step),
    value: step.op === 'epoll_wait' ? step.wait! : typeof step.result === 'number' ? step.result : 0,
    actor: step.actor, buffer: step.buffer, onList: step.ready.length > 0, armed: step.armed,
    gauge: (COL.gaugeW * step.buffer) / capacity,
  }));
  const hang = trace.hung ? { y: ROW0 + trace.end * ROW_H, h: (ticks - trace.end) * ROW_H } : null;
  return { rows, capacity, hang };
}

/** The rows revealed at cursor step k (ticks 0 … k − 1 have happened): those that began before k. */
export function revealed(fig: LabFigure, k: number): LabRow[] {
  return fig.rows.filter((r) => r.t < k);
}
