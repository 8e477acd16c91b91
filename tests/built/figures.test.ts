/**
 * The server-drawn figures, as a reader without JavaScript gets them, against the simulator run here: on each model
 * page (both languages) and in each column of the summary's comparison, the drawn app, kernel and phase spans are
 * simulate(model, DEFAULT_SCENARIO)'s; the app spans cover each drawn phase, and the verdict read off the drawing
 * (blocked in a phase when every app span over it is wait or copy) is phaseVerdict's; time is to scale (every lane
 * rectangle the same height per tick, one scale across the comparison's five columns); the words on the figure are
 * the locale's (src/i18n: lane stretches, event labels, phase names); no label overlaps another label or an arrow,
 * measured in SVG units with src/figure/layout.ts's own text-width estimate; the stats beside the model figure are the
 * simulator's numbers; and without JavaScript each demo is idle, its figure shown and its playback controls hidden
 * by the page's CSS (@media (scripting: none)).
 */
import { describe, expect, test } from 'vitest';
import { DEMO_STRINGS } from '~/i18n/demo';
import type { Locale } from '~/i18n/locales';
import { textWidth } from '~/figure/layout';
import { DEFAULT_SCENARIO, MODELS, phaseVerdict, simulate, type ModelId, type Trace } from '~/sim';
import { LOCALES } from '../routes';
import { hiddenWithoutJs, page, text } from './dist';

const num = (e: Element, a: string) => Number(e.getAttribute(a));
const noSpace = (s: string) => s.replace(/\s+/g, '');

/** The drawn spans of one lane (or the phases) as the simulator writes spans. */
function drawn(root: Element, selector: string, key: 'data-state' | 'data-phase') {
  return [...root.querySelectorAll(selector)].map((e) => ({ state: e.getAttribute(key), from: num(e, 'data-from'), to: num(e, 'data-to') }));
}

/**
 * Whether the drawn app column is blocked throughout each drawn phase; throws when the app spans do not cover a
 * phase completely, so a figure that draws too little cannot pass by accident.
 */
function verdictOf(root: Element): { wait: boolean; copy: boolean } {
  const spans = drawn(root, '[data-lane="app"]', 'data-state');
  const verdict = { wait: false, copy: false };
  for (const p of drawn(root, '[data-phase]', 'data-phase')) {
    const over = spans.filter((s) => s.from < p.to && s.to > p.from);
    const covered = over.reduce((n, s) => n + Math.min(s.to, p.to) - Math.max(s.from, p.from), 0);
    if (covered !== p.to - p.from) throw new Error(`${p.state} phase [${p.from},${p.to}) is covered for ${covered} ticks only`);
    verdict[p.state as 'wait' | 'copy'] = p.to > p.from && over.every((s) => s.state === 'wait' || s.state === 'copy');
  }
  return verdict;
}

/** Height per tick of every lane rectangle of a figure, each with how far the SVG's 0.1-unit rounding may move it. */
function perTick(svg: Element): { v: number; slack: number }[] {
  return [...svg.querySelectorAll('rect[data-lane]')].map((r) => {
    const ticks = num(r, 'data-to') - num(r, 'data-from');
    return { v: num(r, 'height') / ticks, slack: 0.05 / ticks };
  });
}

/** Whether two per-tick heights are the same scale, within the rounding of both. */
const sameScale = (a: { v: number; slack: number }, b: { v: number; slack: number }) => Math.abs(a.v - b.v) <= a.slack + b.slack + 1e-9;

interface Box { what: string; l: number; r: number; t: number; b: number }

/**
 * The box of every non-empty text of a figure, in SVG units: each line `textWidth` wide (src/figure/layout.ts, the
 * layout's own estimate) about its anchor, from 0.85 em above its baseline to 0.3 em below (the layout's line box),
 * lines `dy` apart, then turned by the text's rotate() transform (the phase names run down their brackets); a
 * text in vertical writing (writing-mode="vertical-rl", a Chinese phase name standing upright) is one em wide
 * about its x and `textWidth` tall about its anchor.
 */
function textBoxes(svg: Element): Box[] {
  const font = /\bcompact\b/.test(svg.getAttribute('class') ?? '') ? 13 : 14;
  const out: Box[] = [];
  for (const t of svg.querySelectorAll('text')) {
    if (!text(t)) continue;
    const anchor = t.getAttribute('text-anchor') ?? 'start';
    const spans = [...t.querySelectorAll('tspan')];
    const lines = spans.length ? spans : [t];
    let y = num(t, 'y');
    let box: Box = { what: text(t), l: Infinity, r: -Infinity, t: Infinity, b: -Infinity };
    lines.forEach((line, k) => {
      if (k) y += Number(line.getAttribute('dy') ?? 0);
      const x = line.hasAttribute('x') ? num(line, 'x') : num(t, 'x');
      const w = textWidth(line.textContent ?? '', font);
      const l = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
      box = { ...box, l: Math.min(box.l, l), r: Math.max(box.r, l + w), t: Math.min(box.t, y - 0.85 * font), b: Math.max(box.b, y + 0.3 * font) };
    });
    if (t.getAttribute('writing-mode') === 'vertical-rl') {
      const x = num(t, 'x');
      const h = textWidth(text(t), font);
      const y0 = num(t, 'y');
      const top = anchor === 'middle' ? y0 - h / 2 : anchor === 'end' ? y0 - h : y0;
      out.push({ what: text(t), l: x - font / 2, r: x + font / 2, t: top, b: top + h });
      continue;
    }
    const rot = /rotate\(\s*([-\d.]+)[\s,]+([-\d.]+)[\s,]+([-\d.]+)\s*\)/.exec(t.getAttribute('transform') ?? '');
    if (rot) {
      const [a, cx, cy] = rot.slice(1).map(Number) as [number, number, number];
      const c = Math.cos((a * Math.PI) / 180), s = Math.sin((a * Math.PI) / 180);
      const pts = [[box.l, box.t], [box.r, box.t], [box.l, box.b], [box.r, box.b]].map(([x, yy]) => [cx + (x! - cx) * c - (yy! - cy) * s, cy + (x! - cx) * s + (yy! - cy) * c]);
      box = { what: box.what, l: Math.min(...pts.map((p) => p[0]!)), r: Math.max(...pts.map((p) => p[0]!)), t: Math.min(...pts.map((p) => p[1]!)), b: Math.max(...pts.map((p) => p[1]!)) };
    }
    out.push(box);
  }
  return out;
}

/** Pairs of texts overlapping by more than 1 unit each way, and texts within 1 unit of an arrow's line. */
function overlaps(svg: Element): string[] {
  const boxes = textBoxes(svg);
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const A = boxes[i]!, B = boxes[j]!;
    if (A.l < B.r - 1 && B.l < A.r - 1 && A.t < B.b - 1 && B.t < A.b - 1) out.push(`${A.what} / ${B.what}`);
  }
  for (const g of svg.querySelectorAll('g.ev-call, g.ev-return')) {
    const line = g.querySelector('line')!;
    const L = { l: Math.min(num(line, 'x1'), num(line, 'x2')), r: Math.max(num(line, 'x1'), num(line, 'x2')), t: Math.min(num(line, 'y1'), num(line, 'y2')), b: Math.max(num(line, 'y1'), num(line, 'y2')) };
    for (const A of boxes) if (A.l < L.r && L.l < A.r && A.t < L.b + 1 && L.t - 1 < A.b) out.push(`${A.what} / the ${g.getAttribute('data-label')} arrow`);
  }
  return out;
}

/** The figures of one locale: each model page's, and each column of the summary's comparison. */
function figuresOf(prefix: string) {
  const summary = page(`${prefix}summary/`);
  return MODELS.flatMap((model) => [
    { where: `/${prefix}models/${model}/`, model, compact: false, root: page(`${prefix}models/${model}/`).querySelector(`.io-demo[data-demo="${model}"]`) },
    { where: `/${prefix}summary/ (${model})`, model, compact: true, root: summary.querySelector(`[data-demo-compare] [data-model="${model}"]`) },
  ]);
}

const traces = Object.fromEntries(MODELS.map((m) => [m, simulate(m, DEFAULT_SCENARIO)])) as Record<ModelId, Trace>;

describe.each(LOCALES)('$locale', ({ locale, prefix }) => {
  const figures = figuresOf(prefix);
  const words = DEMO_STRINGS[locale as Locale];

  test.each(figures)('$where: the simulator\'s spans, its phase verdict, time to scale', ({ root, model }) => {
    expect(root, 'the figure is on the page').not.toBeNull();
    const t = traces[model];
    const svgs = root!.querySelectorAll('svg.timeline');
    expect(svgs).toHaveLength(1);
    expect(drawn(root!, '[data-lane="app"]', 'data-state')).toEqual(t.spans.app.map((s) => ({ state: s.state, from: s.from, to: s.to })));
    expect(drawn(root!, '[data-lane="kernel"]', 'data-state')).toEqual(t.spans.kernel.map((s) => ({ state: s.state, from: s.from, to: s.to })));
    expect(drawn(root!, '[data-phase]', 'data-phase')).toEqual(t.spans.phases.map((s) => ({ state: s.phase, from: s.from, to: s.to })));
    expect(verdictOf(root!)).toEqual(phaseVerdict(t));
    // Every event is drawn, in the trace's order.
    expect([...root!.querySelectorAll('[data-event]')].map((e) => [e.getAttribute('data-label'), num(e, 'data-t')])).toEqual(t.events.map((e) => [e.label, e.t]));
    const scale = perTick(svgs[0]!);
    expect(scale.length).toBeGreaterThan(1);
    for (const s of scale) expect(sameScale(s, scale[0]!), scale.map((x) => x.v.toFixed(2)).join(', ')).toBe(true);
  });

  test("the comparison's five columns share one clock and so one scale", () => {
    const firsts = figures.filter((f) => f.compact).map((f) => perTick(f.root!.querySelector('svg.timeline')!)[0]!);
    expect(firsts).toHaveLength(5);
    for (const s of firsts) expect(sameScale(s, firsts[0]!), firsts.map((x) => x.v.toFixed(2)).join(', ')).toBe(true);
  });

  test.each(figures)('$where: the words on the figure are the locale\'s', ({ root, model, compact }) => {
    const svg = root!.querySelector('svg.timeline')!;
    const all = noSpace(svg.textContent ?? '');
    const t = traces[model];
    const labels = compact ? words.labelsShort : words.labels;
    // The arrows are named (and, in the full figure, the kernel's steps); lines of a wrapped label are tspans. A
    // label with no room at its arrow is left out only when it repeats one written in the figure (the polls').
    const written = new Set([...svg.querySelectorAll('[data-event] text')].map((x) => noSpace(text(x))));
    for (const e of t.events) {
      const g = svg.querySelector(`[data-event="${t.events.indexOf(e)}"]`)!;
      if (compact && e.kind !== 'call' && !g.querySelector('text')) continue;
      if (!g.querySelector('text')) expect(written, `${e.label} at ${e.t}, left out`).toContain(noSpace(labels[e.label]));
      else expect(noSpace(text(g.querySelector('text'))), `${e.label} at ${e.t}`).toBe(noSpace(labels[e.label]));
    }
    // The lanes' heads, and the title naming the model in a column of the comparison.
    expect(all).toContain(noSpace(compact ? words.ui.appShort : words.ui.app));
    expect(all).toContain(noSpace(words.ui.kernel));
    if (compact) expect(text(svg.querySelector('text.title'))).toBe(words.models[model]);
    // Each phase is named: its full name where it fits, else its short name or number (phaseName, unit-tested).
    for (const g of svg.querySelectorAll('[data-phase]')) {
      const phase = g.getAttribute('data-phase') as 'wait' | 'copy';
      const full = words.ui[`phase.${phase}`].replace(/\n/g, ' ');
      const names = [full, words.ui[`phase.${phase}Short`], phase === 'wait' ? '1' : '2'];
      expect(names).toContain(text(g.querySelector('text')));
    }
    // The full figure says what the process does on its lane: a stretch with room in the middle column gets the
    // model's words for it (one without keeps its colour and pattern, which the legend names).
    if (!compact) {
      const want: Partial<Record<string, string>> = words.stretch[model];
      const stretches = [...svg.querySelectorAll('[data-stretch]')];
      for (const s of stretches) expect(Object.keys(want)).toContain(s.getAttribute('data-stretch'));
      for (const s of stretches) expect(noSpace(text(s))).toBe(noSpace(want[s.getAttribute('data-stretch')!] ?? ''));
    }
  });

  test.each(figures)('$where: no label overlaps another label or an arrow', ({ root }) => {
    expect(overlaps(root!.querySelector('svg.timeline')!)).toEqual([]);
  });

  test.each(figures)('$where: drawn at the usual scale with no note, no drag handle without JavaScript, the band in the comparison only', ({ root, compact }) => {
    const svg = root!.querySelector('svg.timeline')!;
    // The default run is under SCALE_TICKS ticks: no note that it was drawn smaller.
    expect(svg.querySelector('[data-scale-note]')).toBeNull();
    expect(svg.querySelectorAll('[data-handle], [role="slider"]')).toHaveLength(0);
    expect(svg.querySelectorAll('[data-band]')).toHaveLength(compact ? 1 : 0);
  });

  test("the comparison's band lies at the tick the datagram is ready in every column, named once", () => {
    const cols = figures.filter((f) => f.compact).map((f) => f.root!.querySelector('svg.timeline')!);
    const ys = cols.map((svg) => {
      const band = svg.querySelector('[data-band]')!;
      // The kernel's box from that tick on (ready, or copying where the copy starts at once), and at its top.
      const ready = svg.querySelector(`[data-lane="kernel"][data-from="${DEFAULT_SCENARIO.arrival}"]`)!;
      expect(num(band, 'data-band')).toBe(DEFAULT_SCENARIO.arrival);
      expect(num(ready, 'data-from')).toBe(DEFAULT_SCENARIO.arrival);
      expect(num(band.querySelector('line')!, 'y1')).toBe(num(ready, 'y'));
      expect(num(band.querySelector('line')!, 'x2')).toBe(Number(svg.getAttribute('viewBox')!.split(' ')[2]));
      return num(ready, 'y');
    });
    // One y in every column (they share a frame and a tick), so the band runs straight across.
    expect(new Set(ys).size).toBe(1);
    expect(cols.map((svg) => noSpace(text(svg.querySelector('[data-band] text'))))).toEqual([noSpace(words.labels['datagram ready']), '', '', '', '']);
  });

  test.each(figures)('$where: idle, its playback controls not shown without JavaScript', ({ where, root, compact }) => {
    expect(root!.getAttribute('data-status')).toBe('idle');
    const path = where.slice(1).replace(/ \(.*\)$/, '');
    const play = compact ? root!.closest('[data-demo-compare]')!.querySelector('button.play') : root!.querySelector('button.play');
    expect(play, 'a Play button').not.toBeNull();
    expect(hiddenWithoutJs(path, play!), 'Play is hidden without JavaScript').toBe(true);
    expect(hiddenWithoutJs(path, root!.querySelector('svg.timeline')!), 'the figure is shown').toBe(false);
  });

  test.each(MODELS)(`/${prefix}models/%s/: the stats count the run as it plays, so as served (idle) they give nothing away`, (model) => {
    const path = `${prefix}models/${model}/`;
    const demo = page(path).querySelector(`.io-demo[data-demo="${model}"]`)!;
    const stats = demo.querySelector('table.stats')!;
    // One cell per count, keyed as statsAt names it; idle, each reads "—": the page's experiments ask for these numbers.
    const keys = ['done', 'phase1Blocked', 'phase2Blocked', 'work', 'syscalls', ...(model === 'nonblocking' ? ['failedPolls', 'wastedCpu', 'detectLag'] : [])];
    const rows = [...stats.querySelectorAll('tr')].map((tr) => [text(tr.querySelector('th')), tr.querySelector('td')?.getAttribute('data-stat'), text(tr.querySelector('td'))]);
    expect(rows).toEqual(keys.map((k) => [words.ui[`stat.${k}` as keyof typeof words.ui], k, '—']));
    expect(hiddenWithoutJs(path, stats), 'without JavaScript, nothing to count: not shown').toBe(true);
    // Nor does the narration state a number while idle: only that the run is drawn, and how to play it.
    const narr = demo.querySelector('.narr')!;
    expect(text(narr).replace(text(narr.querySelector('[data-instructions]')), '').trim()).toBe(words.ui['narr.idle']);
    expect(text(narr)).not.toMatch(/\d/);
  });
});

// The idle narration and the hint after it, joined as each language writes: a space after an English full stop,
// none after a Chinese one (the hint strings carry their own separator).
describe.each(LOCALES)('$locale narration hint', ({ locale, prefix }) => {
  test.each([...MODELS.map((m) => `models/${m}/`), 'summary/'])(`/${prefix}%s: the hint follows the sentence as the language writes it`, (path) => {
    const narr = page(`${prefix}${path}`).querySelector('.narr')!;
    const hint = narr.querySelector('[data-instructions]')!;
    const before = narr.textContent!.slice(0, narr.textContent!.indexOf(hint.textContent!));
    expect(before.length, path).toBeGreaterThan(10);
    if (locale === 'en') expect(before + hint.textContent!.slice(0, 1), path).toMatch(/\. $/);
    else expect(before, path).toMatch(/。$/);
  });
});
