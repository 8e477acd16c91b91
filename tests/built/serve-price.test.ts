/**
 * The multiplexing page's first figure (one thread, three sockets: a select loop against a blocking recvfrom) and
 * the two demos beside the timelines, as the server draws them at their defaults (what a reader without
 * JavaScript gets), against the simulator run here: the serve demo on /models/multiplexing/ (one thread, four
 * connections ready at 10, 0, 0, 0, each needing one tick of copy and one of processing) against serveConnections,
 * and the price-of-polling chart on /models/nonblocking/ (data ready at A = 100, s = 1) against
 * simulate('nonblocking'): its table row per poll interval P = 1…30, its two curves to one scale, and its sentence
 * for the chosen P (the locale's template, src/i18n). Without JavaScript their controls are hidden by the page's CSS.
 * What each server thread does (serveConnections' `lanes` and `selects`) is drawn span by span in both the first
 * figure and the serve demo, and said in the sentences threadSays makes of the same run. Both languages.
 */
import { describe, expect, test } from 'vitest';
import { DEMO_STRINGS } from '~/i18n/demo';
import type { Locale } from '~/i18n/locales';
import { SERVE_MODES, serveConnections, simulate, type ServeMode, type ServeResult, type ThreadSpan } from '~/sim';
import { threadSays, type ThreadWords } from '~/narration/threads';
import { LOCALES, pathOf } from '../routes';
import { hiddenWithoutJs, page, text } from './dist';

// The scenario the multiplexing page's text opens its serve demo with (head-of-line blocking), and the price
// chart's arrival (src/sim/README.md, "The price of polling").
const ARRIVALS = [10, 0, 0, 0];
const C = 1;
const X = 1;
const A = 100;
const MAX_P = 30;

// The first figure's scenario (components/SocketsFigure.astro): socket 0 late, 1 and 2 readable together.
const FIGURE = { arrivals: [9, 4, 4], copy: 1, process: 1 };

/** A thread's spans as drawn (ThreadRow.svelte's data attributes), in the simulator's shape. */
const spansOf = (root: Element): ThreadSpan[] => [...root.querySelectorAll('g.ts')].map((g) => {
  const on = g.getAttribute('data-on');
  const x = { doing: g.getAttribute('data-doing'), from: Number(g.getAttribute('data-from')), to: Number(g.getAttribute('data-to')) };
  return (on === null ? x : { ...x, conn: Number(on) }) as ThreadSpan;
});

/** The select calls as drawn: where each returns and the ready set it returns. */
const returnsOf = (root: Element) => [...root.querySelectorAll('[data-returns]')].map((e) =>
  ({ returns: Number(e.getAttribute('data-returns')), set: e.getAttribute('data-set') }));
const returnsIn = (r: ServeResult) => r.selects.map((c) => ({ returns: c.returns, set: c.ready.join(' ') }));

/** The nonblocking run's stats for a poll interval. */
const price = (p: number) => simulate('nonblocking', { arrival: A, copy: 1, pollEvery: p, pollCost: 1 }).stats;

describe.each(LOCALES)('$locale', (l) => {
  test('the first figure: one thread in select against one stuck in recvfrom, as serveConnections runs them, no script', () => {
    const path = pathOf(l.prefix, 'models/multiplexing');
    const doc = page(path);
    const fig = doc.querySelector('[data-figure="threads"]')!;
    expect(fig).not.toBeNull();
    expect(fig.closest('astro-island'), 'drawn on the server, no island').toBeNull();
    expect(fig.querySelector('script')).toBeNull();
    // Near the top: before the page's second h2 (right after the model's own demo).
    const order = [...doc.querySelectorAll('main h2, [data-figure="threads"]')].map((e) => e.tagName.toLowerCase());
    expect(order.indexOf('figure'), 'in the first section').toBe(1);
    const w = DEMO_STRINGS[l.locale as Locale].threads;
    const panels = [...fig.querySelectorAll('[data-mode]')].map((e) => e.getAttribute('data-mode'));
    expect(panels).toEqual(['multiplexing', 'blocking']);
    for (const mode of panels as ServeMode[]) {
      const r = serveConnections(mode, FIGURE);
      const panel = fig.querySelector(`[data-mode="${mode}"]`)!;
      expect(spansOf(panel), mode).toEqual(r.lanes[0]);
      const sockets = [...panel.querySelectorAll('g.sock')].map((g) => [Number(g.getAttribute('data-ready')), Number(g.getAttribute('data-read'))]);
      expect(sockets, mode).toEqual(FIGURE.arrivals.map((a, i) => [a, r.completions[i]! - FIGURE.copy - FIGURE.process]));
      expect(returnsOf(panel), mode).toEqual(returnsIn(r));
      expect([...panel.querySelectorAll('.ret text')].map(text)).toEqual(r.selects.map((c) => `{${c.ready.join(w['says.list'])}}`));
      expect(text(panel.querySelector('p.says')), mode).toBe(threadSays(r, w));
      expect(text(panel.querySelector('.labs')), mode).toContain(w.thread);
    }
    // The story the figure tells, in the simulator's numbers: select returns when the first socket becomes readable,
    // with both of them; the blocking thread sits in recvfrom on socket 0 while 1 and 2 are readable.
    const mux = serveConnections('multiplexing', FIGURE);
    expect(mux.selects[0]).toEqual({ at: 0, returns: 4, ready: [1, 2] });
    expect(serveConnections('blocking', FIGURE).lanes[0]![0]).toEqual({ doing: 'recv', from: 0, to: 9, conn: 0 });
    expect(mux.makespan).toBeLessThan(serveConnections('blocking', FIGURE).makespan);
  });

  test('the serve demo draws each server as serveConnections runs it', () => {
    const path = pathOf(l.prefix, 'models/multiplexing');
    const serve = page(path).querySelector('[data-demo="serve"]')!;
    expect(serve).not.toBeNull();
    // Without JavaScript the controls that could not act are not shown.
    for (const sel of ['.presets', '.params']) expect(hiddenWithoutJs(path, serve.querySelector(sel)!), sel).toBe(true);
    for (const mode of SERVE_MODES) {
      const r = serveConnections(mode, { arrivals: ARRIVALS, copy: C, process: X });
      const rows = [...serve.querySelectorAll(`[data-mode="${mode}"] [data-conn]`)].map((e) => ({
        from: Number(e.getAttribute('data-from')),
        start: Number(e.getAttribute('data-start')),
        to: Number(e.getAttribute('data-to')),
        waits: e.querySelectorAll('.seg.wait, .runnable').length,
      }));
      expect(rows, mode).toEqual(ARRIVALS.map((a, i) => {
        const start = r.completions[i]! - C - X;
        return { from: a, start, to: r.completions[i], waits: start > a ? 1 : 0 };
      }));
      expect(text(serve.querySelector(`td[data-stat="makespan"][data-col="${mode}"]`)), mode).toBe(String(r.makespan));
      expect(text(serve.querySelector(`td[data-stat="latency"][data-col="${mode}"]`)), mode).toBe(r.meanLatency.toFixed(1));
      // The threads: one lane above the connections, or one per connection (its row is its thread's).
      const threads = [...serve.querySelectorAll(`[data-mode="${mode}"] g.thread`)];
      expect(threads.map((g) => Number(g.getAttribute('data-thread'))), mode).toEqual(r.lanes.map((_, i) => i));
      threads.forEach((g, i) => expect(spansOf(g), `${mode}, thread ${i}`).toEqual(r.lanes[i]));
      expect(returnsOf(serve.querySelector(`[data-mode="${mode}"]`)!), mode).toEqual(returnsIn(r));
      const t = DEMO_STRINGS[l.locale as Locale].serve;
      expect(text(serve.querySelector(`[data-mode="${mode}"] p.says`)), mode)
        .toBe(mode === 'thread-per-connection' ? t['says.perConnection'] : threadSays(r, t as ThreadWords));
    }
  });

  test('the price of polling: the table, the curves and the sentence are the simulator\'s', () => {
    const path = pathOf(l.prefix, 'models/nonblocking');
    const chart = page(path).querySelector('[data-demo="polling-price"]')!;
    expect(chart).not.toBeNull();
    expect(hiddenWithoutJs(path, chart.querySelector('fieldset')!), 'the sliders, without JavaScript').toBe(true);
    expect(Number(chart.getAttribute('data-a'))).toBe(A);
    const rows = [...chart.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map(text));
    expect(rows).toEqual(Array.from({ length: MAX_P }, (_, i) => {
      const s = price(i + 1);
      return [String(i + 1), String(s.wastedCpu), String(s.detectLag)];
    }));

    // Each curve has a point per P, evenly spaced, at a height proportional to the simulator's value (one scale).
    for (const [cls, key] of [['wasted', 'wastedCpu'], ['lag', 'detectLag']] as const) {
      const d = chart.querySelector(`.plot path.${cls}`)?.getAttribute('d') ?? '';
      const pts = [...d.matchAll(/[ML]([-\d.]+) ([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
      expect(pts, cls).toHaveLength(MAX_P);
      const values = Array.from({ length: MAX_P }, (_, i) => price(i + 1)[key]);
      const top = values.indexOf(Math.max(...values));
      const perTick = (100 - pts[top]![1]) / values[top]!;
      pts.forEach(([x, y], i) => {
        expect(Math.abs(x - (100 * i) / (MAX_P - 1)), `${cls} x at P = ${i + 1}`).toBeLessThan(0.006);
        expect(Math.abs(100 - y - perTick * values[i]!), `${cls} y at P = ${i + 1}`).toBeLessThan(0.011);
      });
    }

    const p = Number(chart.getAttribute('data-p'));
    const s = price(p);
    const t = DEMO_STRINGS[l.locale as Locale].price;
    const late = s.detectLag === 0 ? t.lateNone : (s.detectLag === 1 ? t.lateOne : t.lateN).replace('{lag}', String(s.detectLag));
    const sentence = t.at.replace('{a}', String(A)).replace('{p}', String(p)).replace('{polls}', String(s.failedPolls))
      .replace('{wasted}', String(s.wastedCpu)).replace('{late}', late);
    expect(text(chart.querySelector('p.at'))).toBe(sentence);
  });
});
