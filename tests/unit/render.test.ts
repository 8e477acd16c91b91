/** src/figure and src/playback: the scene at a cursor, the playback axis, the hash, and the narration strings. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulateValid } from '~/sim/engine';
import { validateScenario } from '~/sim/validate';
import { DEFAULT_SCENARIO, MODELS, simulate } from '~/sim/index';
import type { EventLabel } from '~/sim/types';
import { cursorAtStep, cursorAtTick, cursorAtU, endCursor, sceneAt, totalU, uOf } from '~/figure/scene';
import { COMPACT_FRAME, FULL_FRAME, SCALE_TICKS, layoutFigure, shapesAt, textWidth, tickFor } from '~/figure/layout';
import { handleTicks, tickAfterKey, tickAtY } from '~/figure/handles';
import { modelTrack } from '~/playback/track';
import { clockColumns, clockStops, clockTrack } from '~/playback/shared-clock';
import { DEMO_BOUNDS, formatHash, parseHash, resolveParams, resolvePosition, type ParamNote } from '~/playback/params';
import { fill } from '~/i18n/fill';
import { arrowHead, leaderPath, phaseName } from '~/figure/draw';
import { render } from 'svelte/server';
import { parseHTML } from 'linkedom';
import TimelineSvg from '~components/figure/TimelineSvg.svelte';
import TimelineLegend from '~components/figure/TimelineLegend.svelte';
import CodeStep from '~components/islands/CodeStep.svelte';
import { DEMO_STRINGS } from '~/i18n/demo';
import { SNIPPET_SOURCES, lineAt, lineMap, pieces } from '~/code/line-map';
import { FIVE_EVENTS } from './five-events';
import { highlightSnippet, snippetCode } from '~/code/highlight';

const blocking = simulate('blocking', DEFAULT_SCENARIO); // wwwwwwwwwwcc, done 12
const nonblocking = simulate('nonblocking', DEFAULT_SCENARIO); // p..p..p..p..cc, done 14

describe('sceneAt', () => {
  it('clips the spans to the cursor and reveals events up to the step', () => {
    const s = sceneAt(FIVE_EVENTS, { t: 5, step: 1 });
    expect(s.app).toEqual([{ lane: 'app', state: 'wait', from: 0, to: 5 }]);
    expect(s.phases).toEqual([{ phase: 'wait', from: 0, to: 5 }]);
    expect(s.kernel).toEqual([{ lane: 'kernel', state: 'empty', from: 0, to: 5 }]);
    expect(s.current?.label).toBe('recvfrom');
    expect(s.atEnd).toBe(false);
  });

  it('draws nothing at tick 0 and everything at the end', () => {
    const start = sceneAt(FIVE_EVENTS, { t: 0, step: 0 });
    expect([start.app, start.kernel, start.phases, start.current]).toEqual([[], [], [], null]);
    const end = sceneAt(FIVE_EVENTS, endCursor(FIVE_EVENTS));
    expect(end.app).toEqual(FIVE_EVENTS.spans.app);
    expect(end.phases).toEqual(FIVE_EVENTS.spans.phases);
    expect(end.atEnd).toBe(true);
  });

  it('never lets time pass an unrevealed event, nor reveal one before its tick', () => {
    expect(sceneAt(FIVE_EVENTS, { t: 11, step: 1 }).t).toBe(10); // 'datagram ready' at 10 is not revealed
    expect(sceneAt(FIVE_EVENTS, { t: 3, step: 5 }).step).toBe(1);
    expect(sceneAt(FIVE_EVENTS, { t: -4, step: Number.NaN })).toMatchObject({ t: 0, step: 0 });
  });
});

describe('the playback axis', () => {
  it('round-trips every step through u', () => {
    for (const tr of [blocking, nonblocking]) {
      const slot = layoutFigure(tr, FULL_FRAME, { labels: {} }).slot;
      for (let k = 0; k <= tr.events.length; k++) {
        const c = cursorAtStep(tr, k);
        expect(cursorAtU(tr, uOf(c, slot), slot)).toEqual(c);
      }
      expect(cursorAtU(tr, totalU(tr, slot), slot)).toEqual(endCursor(tr));
    }
  });

  it('seeks a tick with everything up to it revealed', () => {
    expect(cursorAtTick(nonblocking, 3)).toEqual({ t: 3, step: 4 });
    expect(cursorAtTick(nonblocking, 99)).toEqual(endCursor(nonblocking));
  });

  it('steps one event at a time on a model track and one whole tick at a time on the shared one', () => {
    const tr = modelTrack(nonblocking, 0.5);
    expect(tr.steps).toBe(nonblocking.events.length);
    expect(tr.atStep(1)).toEqual({ t: 0, step: 1 });
    expect(tr.atStep(2)).toEqual({ t: 0, step: 2 });
    const traces = MODELS.map((m) => simulate(m, DEFAULT_SCENARIO));
    // One stop per tick at which any model has events: all five at 0, nonblocking's polls, all at 10, four at 12, one at 14.
    expect(clockStops(traces)).toEqual([0, 3, 6, 9, 10, 12, 14]);
    const clock = clockTrack(traces);
    expect([clock.ticks, clock.steps, clock.total]).toEqual([14, 7, 21]);
    // Each stop holds the clock for one unit at its tick; between stops the clock runs.
    expect(clock.fromU(0.5)).toEqual({ t: 0, step: 0 });
    expect(clock.fromU(2.5)).toEqual({ t: 1.5, step: 1 });
    expect(clock.atStep(5)).toEqual({ t: 10, step: 5 });
    expect(clock.toU(clock.atStep(5))).toBe(15);
    expect(clock.atTick(10)).toEqual({ t: 10, step: 5 });
    expect(clock.atTick(11)).toEqual({ t: 11, step: 5 });
    expect(clock.atTick(99)).toEqual({ t: 14, step: 7 });
    // Step 5 reveals tick 10 in every column at once; the step before, none of them.
    expect(clockColumns(traces, clock.atStep(5)).map((c, i) => sceneAt(traces[i]!, c).current?.t)).toEqual([10, 10, 10, 10, 10]);
    expect(clockColumns(traces, { t: 10, step: 4 }).map((c, i) => sceneAt(traces[i]!, c).current?.t)).toEqual([0, 9, 0, 0, 0]);
  });
});

describe('layout', () => {
  it('keeps boxes inside the figure and stops them at the cursor', () => {
    const layout = layoutFigure(nonblocking, FULL_FRAME, { labels: {} });
    const all = shapesAt(layout, sceneAt(nonblocking, endCursor(nonblocking)));
    for (const b of [...all.app, ...all.kernel]) {
      expect(b.y).toBeGreaterThanOrEqual(FULL_FRAME.top);
      expect(b.y + b.h).toBeLessThanOrEqual(layout.height - FULL_FRAME.bottom + 1e-9);
    }
    const mid = shapesAt(layout, sceneAt(nonblocking, { t: 4.5, step: 4 }));
    const last = mid.app.at(-1)!;
    expect(last.y + last.h).toBeCloseTo(mid.cursorY);
    expect(mid.marks).toHaveLength(4);
  });
});

describe('the layout keeps time to scale and labels apart', () => {
  const LABELS = { recvfrom: 'recvfrom', EWOULDBLOCK: 'EWOULDBLOCK', 'return readable': 'return readable', 'return OK': 'return OK',
    'deliver signal specified in aio_read': 'deliver signal specified in aio_read', 'datagram ready': 'datagram ready' };
  const STRETCH = { wait: 'blocked in recvfrom: no data yet', work: 'your code runs', copy: 'blocked in recvfrom: the kernel copies' };
  const SCENARIOS = [DEFAULT_SCENARIO, { arrival: 0, copy: 1, pollEvery: 1, pollCost: 1 }, { arrival: 97, copy: 20, pollEvery: 7, pollCost: 1 },
    // Dense runs: a poll every tick up to the last tick drawn at full scale, and beyond it.
    { arrival: 26, copy: 2, pollEvery: 1, pollCost: 1 }, { arrival: 40, copy: 2, pollEvery: 1, pollCost: 1 }, { arrival: 28, copy: 2, pollEvery: 2, pollCost: 1 }];
  const SMALLER = 'Drawn smaller: a tick is {x} of its usual height.';

  it('draws a tick as tall in every run up to SCALE_TICKS ticks, so a later arrival draws a longer wait', () => {
    expect(SCALE_TICKS).toBe(30);
    expect([tickFor(FULL_FRAME, 1), tickFor(FULL_FRAME, 30), tickFor(FULL_FRAME, 60)]).toEqual([FULL_FRAME.tick, FULL_FRAME.tick, FULL_FRAME.tick / 2]);
    for (const m of MODELS) {
      const [a, b] = [10, 14].map((arrival) => {
        const tr = simulate(m, { ...DEFAULT_SCENARIO, arrival });
        const lay = layoutFigure(tr, FULL_FRAME, { labels: LABELS, stretch: STRETCH, smaller: SMALLER });
        const end = shapesAt(lay, sceneAt(tr, endCursor(tr)));
        return { lay, wait: end.phases.find((p) => p.phase === 'wait')!, empty: end.kernel.find((k) => k.state === 'empty')! };
      });
      expect(b!.lay.tick, m).toBe(a!.lay.tick);
      expect(b!.lay.scale).toBe(1);
      expect(b!.lay.note).toBeNull();
      // The kernel waits A ticks for the datagram: 4 ticks longer, drawn 4 ticks taller.
      expect(b!.empty.h - a!.empty.h, m).toBeCloseTo(4 * a!.lay.tick, 9);
      expect(b!.wait.h - a!.wait.h, m).toBeGreaterThanOrEqual(4 * a!.lay.tick - 1e-9);
    }
  });

  it('draws a longer run smaller, at the same lanes\' height, and says so under it', () => {
    for (const frame of [FULL_FRAME, COMPACT_FRAME]) {
      const tr = simulate('blocking', { ...DEFAULT_SCENARIO, arrival: 40 }); // done 42
      const lay = layoutFigure(tr, frame, { labels: LABELS, smaller: SMALLER });
      expect(lay.tick).toBeCloseTo((frame.tick * 30) / 42, 9);
      expect(lay.lanesEnd - frame.top).toBeCloseTo(frame.tick * SCALE_TICKS, 9);
      expect(lay.note!.lines.join(' ')).toBe('Drawn smaller: a tick is 71% of its usual height.');
      // Under everything else, inside the figure.
      const lowest = Math.max(...lay.marks.flatMap((mk) => (mk.label ? [mk.label.y + (mk.label.lines.length - 1) * 16] : [])));
      expect(lay.note!.y).toBeGreaterThan(Math.max(lay.lanesEnd, lowest));
      expect(lay.height).toBeGreaterThan(lay.note!.y);
      // No words, no note (the golden comparison columns after the first).
      expect(layoutFigure(tr, frame, { labels: LABELS }).note).toBeNull();
    }
  });

  it('fits a 30-tick run with its labels in about 430 units, a poll every tick included', () => {
    for (const m of MODELS) for (const pollEvery of [1, 3]) {
      const tr = simulate(m, { arrival: 28, copy: 2, pollEvery, pollCost: 1 });
      expect(tr.done).toBeLessThanOrEqual(32);
      expect(layoutFigure(tr, FULL_FRAME, { labels: LABELS, stretch: STRETCH, smaller: SMALLER }).height, m).toBeLessThanOrEqual(470);
    }
  });

  it('draws the band at the tick the datagram is ready, its words only where given', () => {
    for (const m of MODELS) {
      const tr = simulate(m, DEFAULT_SCENARIO);
      const named = layoutFigure(tr, COMPACT_FRAME, { labels: LABELS, band: 'datagram ready' }, 7);
      expect(named.band).toMatchObject({ t: 10, y: COMPACT_FRAME.top + 70 });
      expect(named.band!.label!.lines.join(' ')).toBe('datagram ready');
      // Above its rule where no arrow is near (the blocking column, which the comparison names it in).
      if (m === 'blocking') expect(named.band!.label!.y).toBeLessThan(named.band!.y);
      expect(layoutFigure(tr, COMPACT_FRAME, { labels: LABELS, band: '' }, 7).band).toEqual({ t: 10, y: COMPACT_FRAME.top + 70, label: null });
      expect(layoutFigure(tr, COMPACT_FRAME, { labels: LABELS }, 7).band).toBeNull();
    }
  });

  it('leaves out a repeated label only where it would have to move', () => {
    const tr = simulate('nonblocking', { arrival: 26, copy: 2, pollEvery: 1, pollCost: 1 });
    const lay = layoutFigure(tr, FULL_FRAME, { labels: LABELS, stretch: STRETCH });
    const written = lay.marks.filter((mk) => mk.label).map((mk) => tr.events[mk.i]!.label);
    for (const mk of lay.marks) if (!mk.label && mk.kind !== 'kernel') expect(written).toContain(tr.events[mk.i]!.label);
    // Each label is written once at least.
    expect(new Set(written)).toEqual(new Set(tr.events.map((e) => e.label)));
    expect(written.length).toBeLessThan(tr.events.length / 2);
    // The default run keeps every label of its middle column.
    const def = layoutFigure(nonblocking, FULL_FRAME, { labels: LABELS, stretch: STRETCH });
    expect(def.marks.filter((mk) => mk.kind !== 'kernel' && !mk.label).length).toBeLessThanOrEqual(def.marks.length);
  });

  it('every tick is equally tall in a figure, events included', () => {
    for (const m of MODELS) for (const sc of SCENARIOS) {
      const tr = simulate(m, sc);
      const lay = layoutFigure(tr, FULL_FRAME, { labels: LABELS, stretch: STRETCH });
      const shapes = shapesAt(lay, sceneAt(tr, endCursor(tr)));
      for (const b of [...shapes.app, ...shapes.kernel]) {
        expect(b.h / (b.to - b.from)).toBeCloseTo(lay.tick, 6);
        expect(b.y).toBeCloseTo(FULL_FRAME.top + b.from * lay.tick, 6);
      }
      // An event is drawn inside its own tick.
      lay.marks.forEach((mk) => {
        const t = tr.events[mk.i]!.t;
        expect(mk.y).toBeGreaterThanOrEqual(FULL_FRAME.top + t * lay.tick - 1e-9);
        expect(mk.y).toBeLessThanOrEqual(FULL_FRAME.top + (t + 1) * lay.tick + 1e-9);
      });
    }
  });

  it('no two labels of a column overlap, none is crossed by an arrow, and each stays right of the time axis and inside the width', () => {
    for (const frame of [FULL_FRAME, COMPACT_FRAME]) for (const m of MODELS) for (const sc of SCENARIOS) {
      const tr = simulate(m, sc);
      // The band's words as the comparison writes them: in the blocking column, the first.
      const lay = layoutFigure(tr, frame, { labels: LABELS, stretch: STRETCH, band: m === 'blocking' ? 'datagram ready' : '', smaller: SMALLER });
      const labels = [...lay.marks.flatMap((mk) => (mk.label ? [mk.label] : [])), ...lay.stretches.map((s) => s.label),
        ...(lay.band?.label ? [lay.band.label] : []), ...(lay.note ? [lay.note] : [])];
      const lh = Math.round(frame.font * 1.15);
      const box = (l: (typeof labels)[number]) => {
        const w = Math.max(...l.lines.map((line) => textWidth(line, frame.font)));
        const x0 = l.anchor === 'middle' ? l.x - w / 2 : l.anchor === 'start' ? l.x : l.x - w;
        return { x0, x1: x0 + w, y0: l.y - frame.font, y1: l.y + (l.lines.length - 1) * lh + frame.font * 0.25 };
      };
      const boxes = labels.map(box);
      for (let a = 0; a < boxes.length; a++) {
        // The scale note alone runs under the time axis, from the figure's left edge.
        expect(boxes[a]!.x0).toBeGreaterThanOrEqual(labels[a] === lay.note ? 0 : frame.appX - 1);
        expect(boxes[a]!.x1).toBeLessThanOrEqual(frame.width + 1);
        expect(boxes[a]!.y1).toBeLessThanOrEqual(lay.height);
        for (let b = a + 1; b < boxes.length; b++) {
          const A = boxes[a]!, B = boxes[b]!;
          const overlap = A.x0 < B.x1 && B.x0 < A.x1 && A.y0 < B.y1 - 1 && B.y0 < A.y1 - 1;
          expect(overlap, `${m} ${JSON.stringify(sc)}: "${labels[a]!.lines.join(' ')}" and "${labels[b]!.lines.join(' ')}"`).toBe(false);
        }
        // A call's or a return's line, its own label's or another's, never runs through a label.
        for (const mk of lay.marks) {
          if (mk.kind === 'kernel') continue;
          const A = boxes[a]!;
          const crossed = A.x0 < Math.max(mk.x1, mk.x2) && Math.min(mk.x1, mk.x2) < A.x1 && A.y0 < mk.y && mk.y < A.y1;
          expect(crossed, `${m} ${JSON.stringify(sc)}: "${labels[a]!.lines.join(' ')}" crossed by the ${tr.events[mk.i]!.label} arrow`).toBe(false);
        }
      }
    }
  });
});

describe('the handles map a pointer and a key to a tick within the sliders\' bounds', () => {
  const range = DEMO_BOUNDS.arrival;
  it('picks the nearest tick and clamps it', () => {
    expect([52, 56, 57, 152, 1e6, -40].map((y) => tickAtY(y, 52, 10, range))).toEqual([0, 0, 1, 10, range.max, 0]);
    expect([52, 80, 1e6].map((y) => tickAtY(y, 52, 10, DEMO_BOUNDS.pollEvery))).toEqual([1, 3, 20]);
    // A figure of no height or a pointer off the numbers gives the least value, never NaN.
    expect([tickAtY(NaN, 52, 10, range), tickAtY(60, 52, 0, DEMO_BOUNDS.pollEvery)]).toEqual([0, 1]);
  });
  it('steps with ↓ and ↑ and ignores other keys', () => {
    expect(['ArrowDown', 'ArrowUp', 'ArrowLeft', ' '].map((k) => tickAfterKey(k, 10, range))).toEqual([11, 9, undefined, undefined]);
    expect([tickAfterKey('ArrowUp', 0, range), tickAfterKey('ArrowDown', range.max, range)]).toEqual([0, range.max]);
  });
  it('sits at the arrival and at the second poll', () => {
    expect(handleTicks(nonblocking.events)).toEqual({ arrival: 10, poll: 3 });
    expect(handleTicks(blocking.events)).toEqual({ arrival: 10, poll: undefined });
    expect(handleTicks(simulate('nonblocking', { ...DEFAULT_SCENARIO, arrival: 0 }).events)).toEqual({ arrival: 0, poll: undefined });
  });
});

describe('figure and code markup', () => {
  const layout = layoutFigure(nonblocking, FULL_FRAME, { labels: {} });
  const shapes = shapesAt(layout, sceneAt(nonblocking, endCursor(nonblocking)));
  const hostile = '<img src=x onerror=alert(1)>"\'&';
  const words = { app: hostile, kernel: 'kernel', labels: { recvfrom: hostile }, phase: { wait: `a\n${hostile}`, copy: 'c' }, title: hostile };
  /** A component rendered on the server, as the page gets it, parsed back into a document. */
  const dom = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

  it('draws every app span and phase with the data attributes the browser tests read', () => {
    const svg = render(TimelineSvg, { props: { layout, shapes, events: nonblocking.events, words, label: 'x', showCursor: false, markCurrent: false } }).body;
    const spans = [...svg.matchAll(/data-lane="app" data-state="(\w+)" data-from="(\d+)" data-to="([\d.]+)"/g)].map((m) => [m[1], +m[2]!, +m[3]!]);
    expect(spans).toEqual(shapes.app.map((a) => [a.state, a.from, a.to]));
    expect(svg.match(/data-phase="(wait|copy)"/g)).toEqual(['data-phase="wait"', 'data-phase="copy"']);
    expect(svg).not.toContain('data-cursor');
  });

  it('prints every word as text, in text and in attributes', () => {
    const doc = dom(render(TimelineSvg, { props: { layout, shapes, events: nonblocking.events, words, label: hostile, showCursor: true, markCurrent: true } }).body);
    const svg = doc.querySelector('svg')!;
    expect(doc.querySelector('img')).toBeNull();
    expect(svg.getAttribute('aria-label')).toBe(hostile);
    expect(svg.querySelector('.title')!.textContent).toBe(hostile);
    expect(svg.querySelector('.head')!.textContent).toBe(hostile);
    expect(svg.querySelector('[data-label="recvfrom"] title')!.textContent).toBe(`0: ${hostile}`);
    expect(svg.querySelectorAll('[data-cursor]')).toHaveLength(1);
    expect(svg.querySelectorAll('.ev.current')).toHaveLength(1);

    const legend = dom(render(TimelineLegend, { props: { ui: { legend: 'L', 'app.wait': '<b>&"', kernel: 'k', 'kernel.empty': 'e', 'kernel.ready': 'r', 'kernel.copying': 'c' }, states: ['wait'] } }).body);
    expect([...legend.querySelectorAll('li')].map((li) => [li.querySelector('.sw')!.getAttribute('class'), li.textContent]))
      .toEqual([['sw sw-wait', '<b>&"'], ['sw kw-empty', 'k: e'], ['sw kw-ready', 'k: r'], ['sw kw-copying', 'k: c']]);

    const code = dom(render(CodeStep, { props: { tokens: [['if (a < b && c) {', 'keyword', '"<script>"', '', 'x', '"><img src=x>'], ['}', '']] } }).body);
    const lines = [...code.querySelectorAll('code > .line')];
    expect(lines.map((l) => [l.getAttribute('class'), l.getAttribute('data-line'), l.textContent])).toEqual([['line', '1', 'if (a < b && c) {"<script>"x'], ['line', '2', '}']]);
    expect([...lines[0]!.children].map((t) => [t.hasAttribute('class') ? t.getAttribute('class') : null, t.textContent]))
      .toEqual([['tk-keyword', 'if (a < b && c) {'], [null, '"<script>"'], ['tk-"><img src=x>', 'x']]);
    expect(code.querySelector('code')!.textContent).toBe('if (a < b && c) {"<script>"x\n}\n');
    expect(code.querySelector('img, script')).toBeNull();
  });

  it('names a phase in full where it fits, else short, else by number', () => {
    const w = { phase: { wait: 'wait for\ndata', copy: 'copy data' }, phaseShort: { wait: 'phase 1', copy: 'phase 2' } };
    expect(phaseName({ phase: 'wait', h: 200 }, w, 14)).toBe('wait for data');
    expect(phaseName({ phase: 'wait', h: 60 }, w, 14)).toBe('phase 1');
    expect(phaseName({ phase: 'copy', h: 20 }, w, 14)).toBe('2');
  });

  it('draws a leader from the point labelled to the top of the moved label, and arrowheads the way they point', () => {
    const label = { lines: ['x'], x: 100, y: 50, anchor: 'start' as const, ax: 60, ay: 30.04, leader: true };
    expect(leaderPath(label, 16)).toBe('M60 30L97 37.2');
    expect(arrowHead({ x1: 34, x2: 206, y: 64 })).toBe('M206 64l-7 -3.5v7z');
    expect(arrowHead({ x1: 206, x2: 56, y: 64.26 })).toBe('M56 64.3l7 -3.5v7z');
  });

  it('splits a code line into its pieces', () => {
    expect(pieces(['int ', 'keyword', 'x;', ''])).toEqual([['int ', 'keyword'], ['x;', '']]);
    expect(pieces(['x'])).toEqual([['x', '']]);
  });
});

describe('hash and parameters', () => {
  const model = { poll: false, position: 'step' } as const;
  const nonblocking = { poll: true, position: 'step' } as const;
  it('round-trips a scenario and a step', () => {
    const s = { arrival: 7, copy: 3, pollEvery: 4, pollCost: 1 };
    const h = formatHash(s, true, { step: 5 });
    expect(h).toBe('#arrival=7&copy=3&poll=4&step=5');
    const back = parseHash(h, nonblocking);
    expect(back.ours).toBe(true);
    expect(back.notes).toEqual([]);
    expect(resolveParams(back.raw)).toEqual({ scenario: s, notes: [] });
    expect(back.position).toBe(5);
    expect(formatHash(s, false)).toBe('#arrival=7&copy=3');
    expect(parseHash(formatHash(s, true, { t: 9 }), { poll: true, position: 't' }).position).toBe(9);
  });

  it('leaves in-page anchors alone', () => {
    expect(parseHash('#what-happens-in-each-phase', model).ours).toBe(false);
    expect(parseHash('', model).ours).toBe(false);
    expect(parseHash('#<script>alert(1)</script>', model).ours).toBe(false);
  });

  it('clamps garbage to a valid scenario with one note per changed field', () => {
    const r = resolveParams(parseHash('#arrival=-5&copy=abc', model).raw);
    expect(r.scenario).toEqual({ arrival: 0, copy: DEFAULT_SCENARIO.copy, pollEvery: 3, pollCost: 1 });
    expect(r.notes).toEqual([
      { kind: 'value', field: 'arrival', used: 0, ...DEMO_BOUNDS.arrival },
      { kind: 'value', field: 'copy', used: DEFAULT_SCENARIO.copy, ...DEMO_BOUNDS.copy },
    ]);
    const big = resolveParams(parseHash('#arrival=1e9&poll=%3Cscript%3E&copy=%E0%A4%A', nonblocking).raw);
    expect(big.scenario).toEqual({ arrival: DEMO_BOUNDS.arrival.max, copy: 2, pollEvery: 3, pollCost: 1 });
    expect(big.notes.map((n) => 'field' in n && n.field)).toEqual(['arrival', 'copy', 'pollEvery']);
    expect(resolveParams({ arrival: ' 12 ', copy: '2.0' }).notes).toEqual([]);
  });

  it('always resolves to a scenario the simulator accepts (the islands skip its checks)', () => {
    const text = fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String), fc.constantFrom('1e9', '-0', 'NaN', ' 7 ', '.5'));
    const raw = fc.record({ arrival: text, copy: text, pollEvery: text }, { requiredKeys: [] });
    fc.assert(fc.property(raw, (r) => {
      const { scenario } = resolveParams(r);
      expect(validateScenario(scenario)).toEqual(scenario);
      for (const m of MODELS) expect(simulateValid(m, scenario)).toEqual(simulate(m, scenario));
    }), { numRuns: 300 });
  });

  it('clamps a position and notes garbage', () => {
    const notes: ParamNote[] = [];
    expect(resolvePosition('step', 3, 5, notes)).toBe(3);
    expect(resolvePosition('step', 99, 5, notes)).toBe(5);
    expect(resolvePosition('step', NaN, 5, notes)).toBe(5);
    expect(resolvePosition('step', undefined, 5, notes)).toBeUndefined();
    expect(notes).toHaveLength(2);
  });
});

describe('strings', () => {
  // Every label each model can emit, over a few scenarios (A = 0 included).
  const labelsOf = (m: (typeof MODELS)[number]) => {
    const set = new Set<EventLabel>();
    for (const sc of [DEFAULT_SCENARIO, { arrival: 0, copy: 1 }, { arrival: 7, copy: 3, pollEvery: 2, pollCost: 2 }]) {
      for (const e of simulate(m, sc).events) set.add(e.label);
    }
    return [...set];
  };

  for (const locale of ['en', 'zh'] as const) {
    it(`has a narration sentence for every event of every model in ${locale}`, () => {
      const s = DEMO_STRINGS[locale];
      for (const m of MODELS) {
        for (const label of labelsOf(m)) {
          expect(s.narr[m][label], `${m} ${label}`).toMatch(/\S/);
          expect(s.labels[label]).toMatch(/\S/);
        }
      }
    });

  }

  it('says the signal-driven setup takes fcntl F_SETOWN and O_ASYNC as well as sigaction, in every locale', () => {
    // Stevens draws one call; the socket also needs an owner and O_ASYNC (UNP vol. 1, §25.2).
    for (const locale of ['en', 'zh'] as const) {
      const narr = DEMO_STRINGS[locale].narr['signal-driven'];
      for (const said of [narr.sigaction, narr['sigaction@0']]) {
        for (const word of ['sigaction', 'fcntl', 'F_SETOWN', 'O_ASYNC']) expect(said, `${locale}: ${said}`).toContain(word);
      }
    }
  });

  it('fills placeholders and keeps unknown ones', () => {
    expect(fill('a {x} {y}', { x: 1 })).toBe('a 1 {y}');
  });

  it('maps each marked event to a line of the program excerpt that contains its call', () => {
    for (const m of MODELS) {
      const code = snippetCode(m);
      const lines = code.split('\n');
      for (const [label, line] of Object.entries(lineMap(code, SNIPPET_SOURCES[m].marks))) {
        expect(line, `${m} ${label}`).toBeLessThanOrEqual(lines.length);
        expect(lines[line! - 1], `${m} ${label}`).toContain(SNIPPET_SOURCES[m].marks[label as EventLabel]!);
      }
    }
    expect(lineMap(snippetCode('blocking'), { recvfrom: 'recvfrom(' }).recvfrom).toBe(
      snippetCode('blocking').split('\n').findIndex((l) => l.includes('recvfrom(')) + 1,
    );
    expect(() => lineMap('int x;', { select: 'select(' })).toThrow(/select\(/);
  });

  it("shows a code line at every step once an event is revealed: each model's first event is marked, at A = 0 too", () => {
    for (const m of MODELS) {
      const lines = lineMap(snippetCode(m), SNIPPET_SOURCES[m].marks);
      for (const sc of [DEFAULT_SCENARIO, { arrival: 0, copy: 1 }, { arrival: 7, copy: 3, pollEvery: 2, pollCost: 2 }]) {
        const { events } = simulate(m, sc);
        expect(lines[events[0]!.label], `${m} A=${sc.arrival}: the first event, ${events[0]!.label}`).toBeGreaterThan(0);
        expect(lineAt(lines, events, 0)).toBeUndefined();
        for (let step = 1; step <= events.length; step++) expect(lineAt(lines, events, step), `${m} step ${step}`).toBeGreaterThan(0);
      }
    }
  });

  it('keeps the line of the event before an unmarked one', () => {
    const { events } = simulate('multiplexing', DEFAULT_SCENARIO);
    // select, datagram ready, return readable, recvfrom, copy datagram, copy complete, return OK
    const lines = lineMap('select(\nFD_ISSET\nrecvfrom(\nreturn n;', { select: 'select(', 'return readable': 'FD_ISSET', recvfrom: 'recvfrom(', 'return OK': 'return n;' });
    expect(events.map((_, i) => lineAt(lines, events, i + 1))).toEqual([1, 1, 2, 3, 3, 3, 4]);
  });

  it('highlights each snippet into short, merged tokens that spell the code exactly', async () => {
    // A line is [text, token, text, token, …]: as pairs.
    const pairs = (row: string[]) => row.flatMap((text, i) => (i % 2 ? [] : [[text, row[i + 1]] as [string, string | undefined]]));
    for (const m of MODELS) {
      const { tokens } = await highlightSnippet(m);
      expect(tokens.every((row) => row.length % 2 === 0), m).toBe(true);
      expect(tokens.map((row) => pairs(row).map(([text]) => text).join('')).join('\n'), m).toBe(snippetCode(m));
      for (const row of tokens.map(pairs)) {
        row.forEach(([, tk], i) => {
          expect(tk, m).toMatch(/^(|keyword|comment|constant|function|punctuation|string|string-expression|parameter|link)$/);
          if (i > 0) expect(tk, `${m}: neighbours of one colour are merged`).not.toBe(row[i - 1]![1]);
        });
      }
      expect(tokens.flatMap(pairs).some(([, tk]) => tk === 'keyword'), m).toBe(true);
    }
  });
});
