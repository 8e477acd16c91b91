/**
 * One figure as SVG markup: a layout and the shapes of one scene in, a string out. TimelineSvg.svelte puts
 * it in the page ({@html}) on the server and in the island alike, so hydration moves nothing.
 * Why a string and not a Svelte template: the figure is redrawn whole on every frame anyway, and as a
 * template it cost the islands Svelte's keyed-list code plus a few KB of compiled attribute updates
 * (about 2 KB gzip in all). What goes in is numbers from the layout and our own words; every piece of
 * text and every attribute value passes through esc() (src/figure/markup.ts), so nothing can turn into markup.
 * States also differ by pattern (solid, stripes, dots, cross-hatch), so colour is never the only cue.
 */
import type { TraceEvent } from '~/sim/types';
import { textWidth, wrap, type FigureLayout, type Label, type Shapes } from './layout';
import { el, esc } from './markup';

/** What a figure prints, in the page's language. */
export interface FigureWords {
  app: string;
  kernel: string;
  labels: Record<string, string>;
  /** the phases' names on their brackets; `phaseShort` where the full name does not fit */
  phase: Record<string, string>;
  phaseShort?: Record<string, string>;
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

/** A label's text: one tspan per line, each line `lh` below the last; a leader line back to its anchor if it moved. */
function labelSvg(l: Label, lh: number, cls: string): string {
  let s = '';
  if (l.leader) {
    const top = l.y - lh * 0.8;
    const lx = l.anchor === 'middle' ? l.x : l.anchor === 'start' ? l.x - 3 : l.x + 3;
    s += el('path', { class: 'leader', d: `M${r(l.ax)} ${r(l.ay)}L${r(lx)} ${r(top)}` });
  }
  const spans = l.lines.map((line, k) => el('tspan', { x: r(l.x), dy: k ? lh : null }, esc(line))).join('');
  return s + el('text', { class: cls, x: r(l.x), y: r(l.y), 'text-anchor': l.anchor }, spans);
}

const r = (v: number) => Math.round(v * 10) / 10;

/** The complete <svg> element of one figure. */
export function figureSvg(layout: FigureLayout, shapes: Shapes, o: FigureOptions): string {
  const f = layout.frame;
  const { words, uid, events } = o;
  const lastMark = o.markCurrent ? shapes.marks.length - 1 : -1;
  const lh = Math.round(f.font * 1.15);
  const laneH = Math.max(0, layout.lanesEnd - f.top);
  let s = pattern(`${uid}-poll`, tile('pbg') + el('rect', { width: 3, height: 6, class: 'c-poll' }), true)
    + pattern(`${uid}-work`, tile('pbg') + el('circle', { cx: 3, cy: 3, r: 1.4, class: 'c-work' }))
    + pattern(`${uid}-copy`, tile('c-copy') + CROSS)
    + pattern(`${uid}-copying`, tile('c-ready') + CROSS);
  s = `<defs>${s}</defs>`;
  if (words.title) {
    const lines = wrap(words.title, f.width - 4, f.font);
    s += el('text', { class: 'title', x: f.width / 2, y: f.font, 'text-anchor': 'middle' },
      lines.map((line, k) => el('tspan', { x: f.width / 2, dy: k ? lh : null }, esc(line))).join(''));
  }
  s += el('text', { class: 'head', x: f.full ? 4 : f.appX + f.laneW / 2, y: f.top - lh - 10, 'text-anchor': f.full ? 'start' : 'middle' }, esc(words.app));
  s += el('text', { class: 'head', x: f.kernelX + f.laneW / 2, y: f.top - lh - 10, 'text-anchor': 'middle' }, esc(words.kernel));
  for (const a of layout.axis) {
    s += el('line', { class: 'grid', x1: f.appX - 3, x2: f.kernelX + f.laneW, y1: r(a.y), y2: r(a.y) });
    s += el('text', { class: 'axis', x: f.appX - 5, y: r(a.y + f.font * 0.35), 'text-anchor': 'end' }, esc(a.t));
  }
  s += el('rect', { class: 'track', x: f.appX, y: f.top, width: f.laneW, height: r(laneH) });
  s += el('rect', { class: 'track', x: f.kernelX, y: f.top, width: f.laneW, height: r(laneH) });
  for (const k of shapes.kernel) {
    s += el('rect', {
      'data-lane': 'kernel', 'data-state': k.state, 'data-from': k.from, 'data-to': tick(k.to),
      class: `k k-${k.state}`, x: f.kernelX, y: r(k.y), width: f.laneW, height: r(k.h),
      fill: k.state === 'copying' ? `url(#${uid}-copying)` : null,
    });
  }
  for (const a of shapes.app) {
    s += el('rect', {
      'data-lane': 'app', 'data-state': a.state, 'data-from': a.from, 'data-to': tick(a.to),
      class: `s s-${a.state}`, x: f.appX, y: r(a.y), width: f.laneW, height: r(a.h),
      fill: a.state === 'wait' ? null : `url(#${uid}-${a.state})`,
    });
  }
  for (const p of shapes.phases) {
    // The name runs down the bracket; the full name where it fits, else the short one, else the number.
    const full = (words.phase[p.phase] ?? '').replace(/\n/g, ' ');
    const short = words.phaseShort?.[p.phase] ?? (p.phase === 'wait' ? '1' : '2');
    // A short name may run a little past its bracket's ends; the full one must fit inside.
    const room = p.h - 4;
    const name = textWidth(full, f.font) <= room ? full : textWidth(short, f.font) <= room + 16 ? short : p.phase === 'wait' ? '1' : '2';
    const x = f.phaseX + 8;
    const cy = p.y + p.h / 2;
    s += el('g', { class: 'phase', 'data-phase': p.phase, 'data-from': p.from, 'data-to': tick(p.to) },
      el('path', { d: `M${f.phaseX} ${r(p.y + 1.5)}h6v${r(Math.max(0, p.h - 3))}h-6` })
      + el('text', { x: r(x), y: r(cy), 'text-anchor': 'middle', transform: `rotate(90 ${r(x)} ${r(cy)})` }, esc(name)));
  }
  for (const st of shapes.stretches) s += el('g', { class: `stretch st-${st.state}`, 'data-stretch': st.state }, labelSvg(st.label, lh, 'lbl'));
  for (const m of shapes.marks) {
    const e = events[m.i];
    const name = e ? words.labels[e.label] ?? e.label : '';
    const dir = m.x2 > m.x1 ? 1 : -1;
    let g = el('title', {}, e ? esc(`${e.t}: ${name}`) : '') + el('line', { x1: m.x1, x2: m.x2, y1: r(m.y), y2: r(m.y) });
    if (m.kind !== 'kernel') g += el('path', { d: `M${m.x2} ${r(m.y)}l${-7 * dir} -3.5v7z` });
    if (m.label) g += labelSvg(m.label, lh, 'lbl');
    s += el('g', {
      class: `ev ev-${m.kind}${m.i === lastMark ? ' current' : ''}`, 'data-event': m.i, 'data-label': e?.label, 'data-t': e?.t,
    }, g);
  }
  if (o.showCursor) {
    s += el('line', {
      class: 'cursor', 'data-cursor': '', x1: f.appX - 3, x2: f.kernelX + f.laneW + 3, y1: r(shapes.cursorY), y2: r(shapes.cursorY),
    });
  }
  return el('svg', {
    class: `timeline${f.full ? '' : ' compact'}`, viewBox: `0 0 ${f.width} ${layout.height}`, width: f.width, height: layout.height,
    role: 'img', 'aria-label': o.label, xmlns: 'http://www.w3.org/2000/svg', 'data-tick': r(layout.tick),
  }, s);
}
