/**
 * The small choices TimelineSvg.svelte makes while it draws: which name a phase bracket prints, the paths of
 * a leader line, an arrowhead and a bracket, and how coordinates are rounded. Pure: layout numbers and our
 * own words in, strings and numbers out. Invariants: a coordinate is printed to one decimal (`r`), a tick
 * to two (`tick`), so the server and the island print the same figure.
 */
import type { SharedUi } from '~/i18n/demo';
import { textWidth, type EventMark, type Label, type PhaseBox } from './layout';

/** What a figure prints, in the page's language. */
export interface FigureWords {
  app: string;
  kernel: string;
  labels: Record<string, string>;
  /** the phases' names on their brackets; `phaseShort` where the full name does not fit */
  phase: Record<string, string>;
  phaseShort?: Record<string, string>;
  title?: string;
  /** the handles' accessible names (the sliders' labels): the arrival's and the poll spacing's */
  arrival?: string;
  poll?: string;
}

/**
 * A timeline's words from the demos' strings: `app` heads the process's lane (the short name in narrow figures),
 * `labels` names the events; `more`, the title or the handles' names.
 */
export function figureWords(
  ui: Pick<SharedUi, 'kernel' | 'phase.wait' | 'phase.copy' | 'phase.waitShort' | 'phase.copyShort'>,
  app: string, labels: Record<string, string>, more?: Pick<FigureWords, 'title' | 'arrival' | 'poll'>,
): FigureWords {
  return {
    app, kernel: ui.kernel, labels, phase: { wait: ui['phase.wait'], copy: ui['phase.copy'] },
    phaseShort: { wait: ui['phase.waitShort'], copy: ui['phase.copyShort'] }, ...more,
  };
}

// The figure's attributes get text, never numbers: Svelte writes a string as it is, but first looks a number up among
// the element's property setters (a DOM call per write, while hydrating too). A timeline has a few hundred such
// attributes; on the summary's five, text saved 0–33 ms of a 4× slower phone's first touch (four A/B runs of 16 loads).

/** A number as an attribute's text. */
export const n = (v: number): string => `${v}`;

/** A coordinate rounded to one decimal, as the figure prints it. */
export const r = (v: number): string => `${Math.round(v * 10) / 10}`;

// Mid-animation a clipped end is fractional; two decimals are plenty for tests and tooltips.
/** A tick (a span's end) rounded to two decimals, as the figure's data attributes print it. */
export const tick = (v: number): string => `${Math.round(v * 100) / 100}`;

/** The distance between two lines of a label: the layout's, so the drawn lines are where it stacked them. */
export { lineHeight } from './layout';

/**
 * The name printed down a phase's bracket: the full name where it fits inside the bracket, else the short
 * one (which may run up to 16 units past the bracket's ends), else the phase's number.
 */
export function phaseName(p: Pick<PhaseBox, 'phase' | 'h'>, words: Pick<FigureWords, 'phase' | 'phaseShort'>, font: number): string {
  const number = p.phase === 'wait' ? '1' : '2';
  const full = (words.phase[p.phase] ?? '').replace(/\n/g, ' ');
  const short = words.phaseShort?.[p.phase] ?? number;
  const room = p.h - 4;
  return textWidth(full, font) <= room ? full : textWidth(short, font) <= room + 16 ? short : number;
}

/** The bracket of a phase at `x`: a short tick at each end joined by a vertical line. */
export const bracketPath = (x: number, p: Pick<PhaseBox, 'y' | 'h'>): string =>
  `M${x} ${r(p.y + 1.5)}h6v${r(Math.max(0, p.h - 3))}h-6`;

/** The dashed line from a label that had to move back to the point it labels (to the top of its first line). */
export function leaderPath(l: Label, lh: number): string {
  const top = l.y - lh * 0.8;
  const lx = l.anchor === 'middle' ? l.x : l.anchor === 'start' ? l.x - 3 : l.x + 3;
  return `M${r(l.ax)} ${r(l.ay)}L${r(lx)} ${r(top)}`;
}

/** The arrowhead at the end (x2) of a call's or a return's line, pointing the way it runs. */
export function arrowHead(m: Pick<EventMark, 'x1' | 'x2' | 'y'>): string {
  const dir = m.x2 > m.x1 ? 1 : -1;
  return `M${m.x2} ${r(m.y)}l${-7 * dir} -3.5v7z`;
}
