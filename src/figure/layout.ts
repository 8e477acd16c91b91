/**
 * Geometry of a Stevens-style figure: an application column and a kernel column, time flowing down,
 * calls and returns as horizontal arrows between them, the two phases bracketed on the right.
 * Pure numbers in SVG user units. Invariants:
 * - Time is to scale: every tick of a figure is `tick` units tall, wherever it is; nothing stretches.
 * - One scale for every run up to SCALE_TICKS ticks (`FigureFrame.tick`), so a later arrival draws a longer wait;
 *   a longer run is drawn smaller to keep that height, and the figure then says so in a note under it.
 * - Several events at one tick are drawn in order inside that tick (the first at the tick's top).
 * - Labels never overlap: each text column (arrow and stretch labels between the lanes, kernel labels
 *   right of the kernel lane) is laid out top to bottom, and a label that cannot sit at its anchor (another
 *   label or an arrow is there) moves down and gets a leader line back to it; one that would move and repeats a label already written in its
 *   column (the fifth failed poll's EWOULDBLOCK) is left out, its arrow still drawn and titled.
 * - Text is sized for a phone: a figure is drawn to a width (`FigureFrame.width`) small enough that its
 *   text stays at least 11 CSS px when the figure is shrunk to a 320 px screen.
 * The layout depends on the trace and the words only, never on the cursor: revealing an event moves nothing.
 */
import type { AppState, EventKind, KernelState, Trace } from '~/sim/types';
import { fill } from '~/i18n/fill';
import type { Scene } from './scene';

/** Fixed widths and column positions of one figure (its height follows from the trace). */
export interface FigureFrame {
  width: number;
  /** lanes start here (room above for the title and column heads) */
  top: number;
  bottom: number;
  appX: number;
  kernelX: number;
  laneW: number;
  /** x of the phase brackets */
  phaseX: number;
  /** units per tick in every run of up to SCALE_TICKS ticks (tickFor: a longer run is drawn smaller) */
  tick: number;
  /** font size of labels, in units */
  font: number;
  /** the single-model figure labels stretches and kernel steps; the comparison's columns only arrows */
  full: boolean;
}

/** Runs up to this many ticks keep one scale, so a tick is as tall in each of them; a longer run is drawn smaller. */
export const SCALE_TICKS = 30;

// 10 units a tick: a 30-tick run with its labels is at most about 430 units tall (a kernel label wrapped to two
// lines hangs below the last tick), under 480 px in a 25rem box at 1280 × 800 and under 450 px on a 390 px phone.
/** The single-model figure: 350 units wide (text 14 units, ≥ 11 px on a 320 px screen). */
export const FULL_FRAME: FigureFrame = {
  width: 350, top: 52, bottom: 8, appX: 34, kernelX: 206, laneW: 22, phaseX: 316, tick: 10, font: 14, full: true,
};

/** One column of the five-model comparison: 150 units wide (text 13 units, ≥ 11 px at a 130 px column). */
export const COMPACT_FRAME: FigureFrame = {
  width: 150, top: 70, bottom: 8, appX: 26, kernelX: 110, laneW: 14, phaseX: 128, tick: 10, font: 13, full: false,
};

/** Units per tick of a run of `ticks` ticks in `frame`: the frame's tick up to SCALE_TICKS, then smaller to keep that height. */
export function tickFor(frame: FigureFrame, ticks: number): number {
  return (frame.tick * SCALE_TICKS) / Math.max(SCALE_TICKS, ticks);
}

/** A text block of one or more lines, placed in a column: where it sits and what it points at. */
export interface Label {
  lines: string[];
  /** x of the text (its anchor side) and the first baseline */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** the point it labels; a leader line joins them when the label had to move */
  ax: number;
  ay: number;
  leader: boolean;
}

/** One event as drawn: an arrow (call or return) or a mark in the kernel column, and its label. */
export interface EventMark {
  i: number;
  kind: EventKind;
  y: number;
  x1: number;
  x2: number;
  label: Label | null;
}

/** A label on the application lane saying what the process does there. */
interface StretchLabel { state: AppState; from: number; to: number; label: Label }

/** A figure's layout for one trace: frame, scale, event marks, stretch labels and axis ticks. */
export interface FigureLayout {
  frame: FigureFrame;
  /** total height in units */
  height: number;
  /** units per tick */
  tick: number;
  /** y where the lanes end (the run's done tick) */
  lanesEnd: number;
  /** playback only: ticks of playback time each event's reveal takes (the drawing does not use it) */
  slot: number;
  marks: EventMark[];
  stretches: StretchLabel[];
  /** ticks labelled on the time axis, with their y */
  axis: { t: number; y: number }[];
  /** the tick's height as a share of the frame's (1 up to SCALE_TICKS ticks) */
  scale: number;
  /** under a run drawn smaller, the note saying so (LayoutWords.smaller) */
  note: Label | null;
  /** the comparison's rule at the tick the datagram is ready (LayoutWords.band), labelled in one column */
  band: { t: number; y: number; label: Label | null } | null;
}

/** What the layout prints: the events' labels and, for the full figure, the stretches' words. */
export interface LayoutWords {
  labels: Record<string, string>;
  /** per app state, what the process is doing (its longest stretch gets it) */
  stretch?: Partial<Record<AppState, string>>;
  /** the note under a run drawn smaller, `{x}` its tick's share of the usual height (no note without it) */
  smaller?: string;
  /** a rule across the figure at the tick the datagram is ready, with these words above it ('' : none) */
  band?: string;
}

/** A drawn rectangle of one lane state, with the ticks it covers. */
interface StateBox<S> { state: S; from: number; to: number; y: number; h: number }

/** A drawn phase bracket. */
export interface PhaseBox { phase: 'wait' | 'copy'; from: number; to: number; y: number; h: number }

/** What to draw at one scene: lane boxes, phase brackets, revealed event marks and the cursor line. */
export interface Shapes {
  app: StateBox<AppState>[];
  kernel: StateBox<KernelState>[];
  phases: PhaseBox[];
  marks: EventMark[];
  /** the stretch labels of the stretches that have begun */
  stretches: StretchLabel[];
  cursorY: number;
}

/** Playback time each event's reveal takes, in ticks: enough to see it happen, short beside the run. */
const PLAYBACK_SLOT = 0.6;

/** A tick step giving at most about 7 axis labels: 1, 2, 5, 10, 20, 50, … */
function niceStep(done: number): number {
  for (let p = 1; ; p *= 10) {
    for (const m of [1, 2, 5]) if (done / (m * p) <= 7) return m * p;
  }
}

/** CJK characters (ideographs, kana, full-width forms): a full em wide, and upright in vertical text. */
export const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Estimated width of `text` at `font` units: CJK characters a full em, others 0.6 em (a generous sans). */
export function textWidth(text: string, font: number): number {
  let w = 0;
  for (const ch of text) w += CJK.test(ch) ? 1 : 0.6;
  return w * font;
}

/** `text` broken into lines no wider than `max` units: at spaces, or between CJK characters. */
export function wrap(text: string, max: number, font: number): string[] {
  if (text.includes('\n')) return text.split('\n').flatMap((part) => wrap(part, max, font));
  const tokens = text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef][，。、：；）]?|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+/g) ?? [text];
  const lines: string[] = [];
  let cur = '';
  for (const tok of tokens) {
    const next = cur + tok;
    if (cur && textWidth(next.trimEnd(), font) > max) {
      lines.push(cur.trimEnd());
      cur = tok.trimStart();
    } else cur = next;
  }
  if (cur.trim()) lines.push(cur.trimEnd());
  return lines.length ? lines : [text];
}

/** Line height of labels, in units. */
/** The distance from one line of a label to the next, for a font size. */
export const lineHeight = (font: number): number => Math.round(font * 1.15);

/**
 * Places labels top to bottom in one column: each wants its first line's top at `want`; one that would
 * overlap the label above, or be crossed by one of the column's arrows (at the heights `bars`), moves down just
 * enough, unless its `text` is already written higher in the column: then it is left out (NaN). Returns the
 * tops, in the given order.
 */
function stack(items: { want: number; lines: number; text?: string }[], font: number, gap: number, floor: number, bars: number[] = []): number[] {
  const order = items.map((it, k) => ({ ...it, k })).sort((a, b) => a.want - b.want || a.k - b.k);
  const tops = new Array<number>(items.length);
  const written = new Set<string>();
  for (const it of order) {
    let top = Math.max(it.want, floor);
    // A label's box runs from a little above its first line's top to below its last line's descenders.
    for (let hit = true; hit; ) {
      const bottom = top + (it.lines - 1) * lineHeight(font) + font * 1.15 + 1;
      const bar = bars.find((b) => b > top - 2.2 && b < bottom);
      hit = bar !== undefined;
      if (bar !== undefined) top = bar + 2.3;
    }
    if (it.text !== undefined && top > it.want + 2 && written.has(it.text)) {
      tops[it.k] = NaN;
      continue;
    }
    tops[it.k] = top;
    if (it.text !== undefined) written.add(it.text);
    floor = top + it.lines * lineHeight(font) + gap;
  }
  return tops;
}

/** Lays out `trace` in `frame`; `tick` overrides the scale (several figures on one clock share it). */
export function layoutFigure(trace: Trace, frame: FigureFrame, words: LayoutWords, tick?: number): FigureLayout {
  const d = Math.max(1, trace.done);
  const unit = tick ?? tickFor(frame, d);
  const y = (t: number) => frame.top + t * unit;
  const font = frame.font;
  const lh = lineHeight(font);
  const laneR = frame.appX + frame.laneW;
  const kernelR = frame.kernelX + frame.laneW;
  const mid = (laneR + frame.kernelX) / 2;
  const midW = frame.kernelX - laneR - 8;

  // Events at one tick share it, in order, the first at the tick's top; a group never spills into the next event's tick.
  const ys: number[] = [];
  // Whether an arrow carries its label above it: only the first of its tick's group may, and it does when it
  // is a call or when another arrow follows it in the group (below, its label would sit between the two,
  // across the second when they are close).
  const above: boolean[] = [];
  for (let i = 0; i < trace.events.length; ) {
    const t = trace.events[i]!.t;
    let j = i;
    while (j < trace.events.length && trace.events[j]!.t === t) j++;
    const n = j - i;
    const next = trace.events[j]?.t;
    const room = (next === undefined ? 1 : Math.min(1, next - t)) * unit;
    const step = Math.min(room / n, 1.4 * lh);
    for (let k = 0; k < n; k++) ys.push(y(t) + k * step);
    const arrows: number[] = [];
    for (let k = i; k < j; k++) if (trace.events[k]!.kind !== 'kernel') arrows.push(k);
    for (let k = i; k < j; k++) above.push(k === arrows[0] && (trace.events[k]!.kind === 'call' || arrows.length > 1));
    i = j;
  }

  // The middle column: arrow labels (above their arrow) and stretch labels (at their stretch's middle).
  type Want = { want: number; lines: string[]; ax: number; ay: number; event?: number; stretch?: StretchLabel; band?: true };
  const middle: Want[] = [];
  const side: Want[] = [];
  trace.events.forEach((e, i) => {
    const { kind } = e;
    const name = words.labels[e.label] ?? e.label;
    if (kind === 'kernel') {
      if (frame.full) side.push({ want: ys[i]! - font * 0.8, lines: wrap(name, frame.phaseX - kernelR - 10, font), ax: kernelR, ay: ys[i]!, event: i });
    } else {
      // Labels go below their arrows, in the arrows' order, except the one `above` picks, so a label never
      // sits between two arrows it could be read as naming.
      const lines = wrap(name, midW, font);
      const want = above[i] ? ys[i]! - 3 - lines.length * lh : ys[i]! + 3;
      middle.push({ want, lines, ax: mid, ay: ys[i]!, event: i });
    }
  });
  // The band's words sit above its rule, in the middle column with the arrows' labels.
  const readyAt = trace.events.find((e) => e.label === 'datagram ready')?.t;
  let band: FigureLayout['band'] = null;
  if (words.band !== undefined && readyAt !== undefined) {
    band = { t: readyAt, y: y(readyAt), label: null };
    if (words.band) {
      const lines = wrap(words.band, midW, font);
      middle.push({ want: band.y - 3 - lines.length * lh, lines, ax: mid, ay: band.y, band: true });
    }
  }
  const stretches: StretchLabel[] = [];
  if (frame.full && words.stretch) {
    for (const [state, text] of Object.entries(words.stretch) as [AppState, string][]) {
      let best: { from: number; to: number } | undefined;
      for (const s of trace.spans.app) if (s.state === state && (!best || s.to - s.from > best.to - best.from)) best = s;
      if (!best || !text) continue;
      const lines = wrap(text, midW, font);
      const ay = y((best.from + best.to) / 2);
      const st: StretchLabel = { state, from: best.from, to: best.to, label: { lines, x: laneR + 6, y: 0, anchor: 'start', ax: laneR, ay, leader: false } };
      stretches.push(st);
    }
  }

  const marks: EventMark[] = trace.events.map((e, i) => {
    const { kind } = e;
    const my = ys[i]!;
    return kind === 'kernel'
      ? { i, kind, y: my, x1: frame.kernelX, x2: kernelR, label: null }
      : kind === 'call'
        ? { i, kind, y: my, x1: laneR, x2: frame.kernelX, label: null }
        : { i, kind, y: my, x1: frame.kernelX, x2: laneR, label: null };
  });
  const place = (items: Want[], x: number, anchor: Label['anchor'], bars: number[]) => {
    // Labels stay below the column heads, which sit a label line above the lanes.
    // Only an event's label may be left out as a repeat.
    const tops = stack(items.map((w) => ({ want: w.want, lines: w.lines.length, text: w.event === undefined ? undefined : w.lines.join('\n') })), font, 3, frame.top - lh - 4, bars);
    items.forEach((w, k) => {
      const top = tops[k]!;
      if (Number.isNaN(top)) return;
      const baseline = top + font * 0.85;
      const label: Label = {
        lines: w.lines, x: w.stretch ? w.stretch.label.x : x, y: baseline, anchor: w.stretch ? 'start' : anchor,
        ax: w.ax, ay: w.ay, leader: top - w.want > 2,
      };
      if (w.event !== undefined) marks[w.event]!.label = label;
      if (w.stretch) w.stretch.label = label;
      if (w.band && band) band.label = label;
    });
  };
  place(middle, mid, 'middle', marks.filter((m) => m.kind !== 'kernel').map((m) => m.y));
  // A stretch's words go in the free space of the middle column inside that stretch, as near its middle
  // as they can; the arrows' labels were placed first. A stretch with no room left keeps only its colour
  // and pattern (the legend and the narration still say what it is).
  const taken: [number, number][] = marks.flatMap((m) => (m.label ? [[m.label.y - font, m.label.y + (m.label.lines.length - 1) * lh + font * 0.3] as [number, number]] : []));
  const placed: StretchLabel[] = [];
  for (const st of stretches) {
    const h = st.label.lines.length * lh;
    const lo = y(st.from) + 2;
    const hi = y(st.to) - 2 - h;
    const centre = (y(st.from) + y(st.to)) / 2 - h / 2;
    const free = (top: number) => top >= lo - 1e-9 && top <= hi + 1e-9 && taken.every(([a, b]) => top + h + 3 <= a || top >= b + 3);
    const candidates = [centre, ...taken.flatMap(([a, b]) => [b + 3, a - 3 - h])].filter(free).sort((p, q) => Math.abs(p - centre) - Math.abs(q - centre));
    const top = candidates[0];
    if (top === undefined) continue;
    st.label = { ...st.label, y: top + font * 0.85, ay: top + h / 2, leader: false };
    taken.push([top, top + h]);
    placed.push(st);
  }
  stretches.splice(0, stretches.length, ...placed);
  place(side, kernelR + 6, 'start', []);

  // Tall enough for the lanes, the last arrow and every label.
  let bottom = y(d);
  for (const m of marks) {
    bottom = Math.max(bottom, m.y + 4);
    if (m.label) bottom = Math.max(bottom, m.label.y + (m.label.lines.length - 1) * lh + font * 0.3);
  }
  for (const s of stretches) bottom = Math.max(bottom, s.label.y + (s.label.lines.length - 1) * lh + font * 0.3);

  // A run drawn smaller says so under its lanes, at the time axis's left edge, across the figure's width.
  const scale = unit / frame.tick;
  let note: Label | null = null;
  if (scale < 1 && words.smaller) {
    const lines = wrap(fill(words.smaller, { x: `${Math.round(scale * 100)}%` }), frame.width - 8, font);
    note = { lines, x: 4, y: bottom + 6 + font * 0.85, anchor: 'start', ax: 4, ay: bottom, leader: false };
    bottom = note.y + (lines.length - 1) * lh + font * 0.3;
  }

  const step = niceStep(d);
  const axis: { t: number; y: number }[] = [];
  for (let t = 0; t <= d; t += step) axis.push({ t, y: y(t) });
  return { frame, height: Math.ceil(bottom + frame.bottom), tick: unit, lanesEnd: y(d), slot: PLAYBACK_SLOT, marks, stretches, axis, scale, note, band };
}

/** The shapes of `scene` in `layout`: every box clipped to the cursor's tick, events up to its step. */
export function shapesAt(layout: FigureLayout, scene: Scene): Shapes {
  const { frame, tick } = layout;
  const y = (t: number) => frame.top + t * tick;
  const box = <S>(state: S, from: number, to: number): StateBox<S> => {
    const end = Math.min(to, scene.t);
    return { state, from, to, y: y(from), h: Math.max(0, (end - from) * tick) };
  };
  return {
    app: scene.app.map((s) => box(s.state, s.from, s.to)),
    kernel: scene.kernel.map((s) => box(s.state, s.from, s.to)),
    phases: scene.phases.map((p) => {
      const b = box(p.phase, p.from, p.to);
      return { phase: p.phase, from: p.from, to: p.to, y: b.y, h: b.h };
    }),
    marks: layout.marks.slice(0, scene.step),
    stretches: layout.stretches.filter((st) => st.from < scene.t),
    cursorY: y(scene.t),
  };
}
