/**
 * Geometry of a Stevens-style figure: an application column and a kernel column, time flowing down,
 * calls and returns as horizontal arrows between them, the two phases bracketed on the right.
 * Pure numbers in SVG user units. The vertical axis is the playback axis u of scene.ts, so a tick is
 * `scale` units tall and each event gets a slot of `slot · scale` units (room for its label) at its tick.
 * The layout depends on the trace only, never on the cursor: revealing an event moves nothing else.
 */
import type { AppState, KernelState, Trace } from '~/sim/types';
import { eventsBefore } from '~/sim/events';
import { eventKind, totalU, uOf, type EventKind, type Scene } from './scene';

/** Fixed size and column positions of one figure. */
export interface FigureFrame {
  width: number;
  height: number;
  top: number;
  bottom: number;
  appX: number;
  kernelX: number;
  laneW: number;
  phaseX: number;
  /** false: no event labels (the five-column comparison) */
  labels: boolean;
}

/** The single-model figure: 640 × 460 units. */
export const FULL_FRAME: FigureFrame = {
  width: 640, height: 460, top: 40, bottom: 14, appX: 44, kernelX: 344, laneW: 26, phaseX: 500, labels: true,
};

/** One column of the five-model comparison: 132 × 460 units, no labels. */
export const COMPACT_FRAME: FigureFrame = {
  width: 132, height: 460, top: 40, bottom: 14, appX: 24, kernelX: 88, laneW: 18, phaseX: 112, labels: false,
};

/** One event as drawn: an arrow (call or return) or a mark in the kernel column, and its label. */
export interface EventMark {
  i: number;
  kind: EventKind;
  y: number;
  x1: number;
  x2: number;
  labelX: number;
  labelY: number;
  /** false when the label would collide with the previous one (the arrow keeps a tooltip) */
  showLabel: boolean;
}

/** A figure's layout for one trace: frame, vertical scale, event slots and axis ticks. */
export interface FigureLayout {
  frame: FigureFrame;
  /** playback-axis slot of one event, in ticks */
  slot: number;
  /** SVG units per unit of u */
  scale: number;
  marks: EventMark[];
  /** ticks labelled on the time axis, with their y */
  axis: { t: number; y: number }[];
}

/** A drawn rectangle of one lane state, with the ticks it covers. */
export interface StateBox<S> { state: S; from: number; to: number; y: number; h: number }

/** A drawn phase bracket. */
export interface PhaseBox { phase: 'wait' | 'copy'; from: number; to: number; y: number; h: number }

/** What to draw at one scene: lane boxes, phase brackets, revealed event marks and the cursor line. */
export interface Shapes {
  app: StateBox<AppState>[];
  kernel: StateBox<KernelState>[];
  phases: PhaseBox[];
  marks: EventMark[];
  cursorY: number;
}

const LINE = 15; // a label line, in SVG units
const LABEL_GAP = 12; // labels closer than this would overlap at font size 11

/** A tick step giving at most about 7 axis labels: 1, 2, 5, 10, 20, 50, … */
function niceStep(done: number): number {
  for (let p = 1; ; p *= 10) {
    for (const m of [1, 2, 5]) if (done / (m * p) <= 7) return m * p;
  }
}

/**
 * Lays out `trace` in `frame`. With `shared` (ticks → units, for several figures on one clock) events
 * get no slot of their own, so equal ticks line up across figures.
 */
export function layoutFigure(trace: Trace, frame: FigureFrame, shared?: number): FigureLayout {
  const area = frame.height - frame.top - frame.bottom;
  const n = trace.events.length;
  const d = trace.done;
  let slot = 0;
  let scale: number;
  if (shared !== undefined) {
    scale = shared;
  } else {
    // Label slots take at most 60% of the height; the rest is time, to scale.
    const line = Math.min(LINE, (0.6 * area) / Math.max(1, n));
    slot = n > 0 ? (line * d) / (area - n * line) : 0;
    scale = area / totalU(trace, slot);
  }
  const y = (u: number) => frame.top + u * scale;
  const laneR = frame.appX + frame.laneW;
  const kernelR = frame.kernelX + frame.laneW;
  const mid = (laneR + frame.kernelX) / 2;
  let lastArrow = -Infinity;
  let lastKernel = -Infinity;
  const marks = trace.events.map((e, i): EventMark => {
    const kind = eventKind(e);
    const my = y(e.t + slot * (i + 0.5));
    const labelY = kind === 'kernel' ? my + 4 : my - 3;
    let showLabel = frame.labels;
    if (showLabel && kind === 'kernel') {
      showLabel = labelY - lastKernel >= LABEL_GAP;
      if (showLabel) lastKernel = labelY;
    } else if (showLabel) {
      showLabel = labelY - lastArrow >= LABEL_GAP;
      if (showLabel) lastArrow = labelY;
    }
    return kind === 'kernel'
      ? { i, kind, y: my, x1: frame.kernelX, x2: kernelR, labelX: kernelR + 6, labelY, showLabel }
      : kind === 'call'
        ? { i, kind, y: my, x1: laneR, x2: frame.kernelX, labelX: mid, labelY, showLabel }
        : { i, kind, y: my, x1: frame.kernelX, x2: laneR, labelX: mid, labelY, showLabel };
  });
  const step = niceStep(d);
  const axis: { t: number; y: number }[] = [];
  for (let t = 0; t <= d; t += step) axis.push({ t, y: y(t + slot * eventsBefore(trace.events, t)) });
  return { frame, slot, scale, marks, axis };
}

/** The shapes of `scene` in `layout`: every box clipped to the cursor, events up to its step. */
export function shapesAt(trace: Trace, layout: FigureLayout, scene: Scene): Shapes {
  const { frame, slot, scale } = layout;
  const cu = uOf(scene, slot);
  const yU = (u: number) => frame.top + u * scale;
  // A run's top is where its first tick starts, after the events of earlier ticks; its bottom stops at the cursor.
  const box = <S>(state: S, from: number, to: number): StateBox<S> => {
    const top = from + slot * eventsBefore(trace.events, from);
    const end = Math.min(to + slot * eventsBefore(trace.events, to), cu);
    return { state, from, to, y: yU(top), h: Math.max(0, (end - top) * scale) };
  };
  return {
    app: scene.app.map((s) => box(s.state, s.from, s.to)),
    kernel: scene.kernel.map((s) => box(s.state, s.from, s.to)),
    phases: scene.phases.map((p) => {
      const b = box(p.phase, p.from, p.to);
      return { phase: p.phase, from: p.from, to: p.to, y: b.y, h: b.h };
    }),
    marks: layout.marks.slice(0, scene.step),
    cursorY: yU(cu),
  };
}
