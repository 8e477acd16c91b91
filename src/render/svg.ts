/**
 * One figure as SVG markup: a layout and the shapes of one scene in, a string out. TimelineSvg.svelte puts
 * it in the page ({@html}) on the server and in the island alike, so hydration moves nothing.
 * Why a string and not a Svelte template: the figure is redrawn whole on every frame anyway, and as a
 * template it cost the islands Svelte's keyed-list code plus a few KB of compiled attribute updates
 * (about 2 KB gzip in all). What goes in is numbers from the layout and our own words; every piece of
 * text and every attribute value passes through esc() (src/render/markup.ts), so nothing can turn into markup.
 * States also differ by pattern (solid, stripes, dots, cross-hatch), so colour is never the only cue.
 */
import type { TraceEvent } from '~/sim/types';
import type { FigureLayout, Shapes } from './layout';
import { el, esc } from './markup';

/** What a figure prints, in the page's language. */
export interface FigureWords {
  app: string;
  kernel: string;
  labels: Record<string, string>;
  phase: Record<string, string>;
  title?: string;
}

/** What a figure needs besides its layout and shapes. */
export interface FigureOptions {
  events: TraceEvent[];
  words: FigureWords;
  /** accessible name of the figure */
  label: string;
  /** unique per figure on a page: the patterns' ids */
  uid: string;
  showCursor: boolean;
  /** mark the latest event (not while idle: then the figure is the whole run, no moment is current) */
  markCurrent: boolean;
}

// Mid-animation a clipped end is fractional; two decimals are plenty for tests and tooltips.
const tick = (v: number) => Math.round(v * 100) / 100;

/** A pattern tile: background rect, then the mark drawn on it. */
const pattern = (id: string, body: string, rotate?: boolean) =>
  el('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: rotate ? 'rotate(45)' : null }, body);
const CROSS = el('path', { d: 'M0 0L6 6M6 0L0 6', class: 'pline' });
const tile = (cls: string) => el('rect', { width: 6, height: 6, class: cls });

/** The complete <svg> element of one figure. */
export function figureSvg(layout: FigureLayout, shapes: Shapes, o: FigureOptions): string {
  const f = layout.frame;
  const { words, uid, events } = o;
  const lastMark = o.markCurrent ? shapes.marks.length - 1 : -1;
  const laneH = f.height - f.top - f.bottom;
  let s = pattern(`${uid}-poll`, tile('pbg') + el('rect', { width: 3, height: 6, class: 'c-poll' }), true)
    + pattern(`${uid}-work`, tile('pbg') + el('circle', { cx: 3, cy: 3, r: 1.4, class: 'c-work' }))
    + pattern(`${uid}-copy`, tile('c-copy') + CROSS)
    + pattern(`${uid}-copying`, tile('c-ready') + CROSS);
  s = `<defs>${s}</defs>`;
  if (words.title) s += el('text', { class: 'title', x: f.width / 2, y: 13, 'text-anchor': 'middle' }, esc(words.title));
  s += el('text', { class: 'head', x: f.appX + f.laneW / 2, y: f.top - 8, 'text-anchor': 'middle' }, esc(words.app));
  s += el('text', { class: 'head', x: f.kernelX + f.laneW / 2, y: f.top - 8, 'text-anchor': 'middle' }, esc(words.kernel));
  for (const a of layout.axis) {
    s += el('line', { class: 'grid', x1: f.appX - 4, x2: f.kernelX + f.laneW, y1: a.y, y2: a.y });
    s += el('text', { class: 'axis', x: f.appX - 6, y: a.y + 3.5, 'text-anchor': 'end' }, esc(a.t));
  }
  s += el('rect', { class: 'track', x: f.appX, y: f.top, width: f.laneW, height: laneH });
  s += el('rect', { class: 'track', x: f.kernelX, y: f.top, width: f.laneW, height: laneH });
  for (const k of shapes.kernel) {
    s += el('rect', {
      'data-lane': 'kernel', 'data-state': k.state, 'data-from': k.from, 'data-to': tick(k.to),
      class: `k k-${k.state}`, x: f.kernelX, y: k.y, width: f.laneW, height: k.h,
      fill: k.state === 'copying' ? `url(#${uid}-copying)` : null,
    });
  }
  for (const a of shapes.app) {
    s += el('rect', {
      'data-lane': 'app', 'data-state': a.state, 'data-from': a.from, 'data-to': tick(a.to),
      class: `s s-${a.state}`, x: f.appX, y: a.y, width: f.laneW, height: a.h,
      fill: a.state === 'wait' ? null : `url(#${uid}-${a.state})`,
    });
  }
  for (const p of shapes.phases) {
    const lines = (words.phase[p.phase] ?? '').split('\n');
    const x = f.phaseX + 11;
    const text = lines.map((l, i) => el('tspan', { x, dy: i === 0 ? (1 - lines.length) * 6.5 : 13 }, esc(l))).join('');
    s += el('g', { class: 'phase', 'data-phase': p.phase, 'data-from': p.from, 'data-to': tick(p.to) },
      el('path', { d: `M${f.phaseX} ${p.y + 1}h7v${Math.max(0, p.h - 2)}h-7` }) + el('text', { x, y: p.y + p.h / 2 + 4 }, text));
  }
  for (const m of shapes.marks) {
    const e = events[m.i];
    const name = e ? words.labels[e.label] ?? e.label : '';
    const dir = m.x2 > m.x1 ? 1 : -1;
    let g = el('title', {}, e ? esc(`${e.t}: ${name}`) : '') + el('line', { x1: m.x1, x2: m.x2, y1: m.y, y2: m.y });
    if (m.kind !== 'kernel') g += el('path', { d: `M${m.x2} ${m.y}l${-7 * dir} -3.5v7z` });
    if (m.showLabel && e) {
      g += el('text', { x: m.labelX, y: m.labelY, 'text-anchor': m.kind === 'kernel' ? 'start' : 'middle' }, esc(name));
    }
    s += el('g', {
      class: `ev ev-${m.kind}${m.i === lastMark ? ' current' : ''}`, 'data-event': m.i, 'data-label': e?.label, 'data-t': e?.t,
    }, g);
  }
  if (o.showCursor) {
    s += el('line', {
      class: 'cursor', 'data-cursor': '', x1: f.appX - 4, x2: f.kernelX + f.laneW + 4, y1: shapes.cursorY, y2: shapes.cursorY,
    });
  }
  return el('svg', {
    class: `timeline${f.labels ? '' : ' compact'}`, viewBox: `0 0 ${f.width} ${f.height}`, width: f.width, height: f.height,
    role: 'img', 'aria-label': o.label, xmlns: 'http://www.w3.org/2000/svg',
  }, s);
}
