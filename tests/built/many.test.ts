/**
 * The two "Going further" pages as the server draws them (what a reader without JavaScript gets), against the
 * simulators run here, in both languages: the price figure at PRICE_DEFAULT against waitPrice (each bar's value
 * and length on the log axis, the grid's squares and ready ones, FD_SETSIZE on the examined bars, the packets
 * since the last wait against epoll's ready-list entries) and its table;
 * the benchmark table against the stored run (content/traces/many-sockets.txt, parsed as the tests parse a fresh
 * one) and Kerrisk's slide; the lab's two whole runs against simulateLab (each row's tick, kind, buffer and ready
 * list; the verdicts: level-triggered reports again, edge-triggered strands 1024 bytes); the lab's self-check
 * answers against askLab; hidden controls without JavaScript. The lab's experiments: each one's disclosure names the
 * answer this test counts off simulateLab's steps, its figure is that run (each row's tick and kind), and as served
 * the page's CSS hides all of it but the title and column heads (under a curtain from the heads' line to the foot),
 * every figure as tall as the others, and with data-ran none of it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LAB, labVerdict, simulateLab } from '~/sim/epoll-lab';
import { FD_SETSIZE, WAIT_APIS, waitPrice } from '~/sim/many-price';
import { axisX, groupDigits, MEASURES, PRICE_DEFAULT, priceFigure } from '~/figure/price-figure';
import { labTicks, rowKind } from '~/figure/lab-figure';
import { parseBench } from '~/code/bench-format';
import { KERRISK_2006 } from '~/code/kerrisk-2006';
import { BENCH_FILE } from '~/code/epoll-programs';
import { askLab, LAB_QUESTIONS } from '~/lessons/lab-check';
import { askPrice, PRICE_QUESTIONS } from '~/lessons/price-check';
import { LAB_EXPERIMENTS } from '~/lessons/lab-experiments';
import { LOCALES, pathOf } from '../routes';
import { cssRules, hiddenWithoutJs, page, pageCss, text } from './dist';

const num = (el: Element, attr: string) => Number(el.getAttribute(attr));

describe.each(LOCALES)('$locale', (l) => {
  const many = pathOf(l.prefix, 'further/many-sockets');
  const lab = pathOf(l.prefix, 'further/level-edge');

  test('the price figure at its defaults: every bar is waitPrice, to scale on the log axis, select\'s wall marked', () => {
    const { n, k, p } = PRICE_DEFAULT;
    const root = page(many).querySelector('[data-demo="many-price"]')!;
    expect(hiddenWithoutJs(many, root.querySelector('fieldset')!)).toBe(true);
    const svg = root.querySelector('svg.price')!;
    expect([num(svg, 'data-n'), num(svg, 'data-k'), num(svg, 'data-p')]).toEqual([n, k, p]);
    const fig = priceFigure(n, k, p);
    const cells = [...svg.querySelectorAll('rect.cell')];
    expect(cells.map((c) => [num(c, 'data-from'), num(c, 'data-to')])).toEqual(fig.cells.map((c) => [c.from, c.to]));
    expect(cells.filter((c) => c.hasAttribute('data-ready')).length).toBe(fig.cells.filter((c) => c.ready).length);
    expect(svg.querySelectorAll('[data-beyond]').length).toBe(n > FD_SETSIZE ? fig.cells.filter((c) => c.beyond).length : 0);
    for (const measure of MEASURES) {
      const sec = svg.querySelector(`[data-measure="${measure}"]`)!;
      for (const api of WAIT_APIS) {
        const bar = sec.querySelector(`[data-api="${api}"]`)!;
        const want = waitPrice(api, n, k, p)[measure]!;
        expect(bar.getAttribute('data-value'), `${measure} ${api}`).toBe(String(want));
        expect(bar.querySelector('.val')!.textContent).toBe(groupDigits(want));
        const rect = bar.querySelector('rect.fill');
        expect(rect ? num(rect, 'width') : 0).toBeCloseTo(want === 0 ? 0 : axisX(want) - axisX(0), 3);
      }
    }
    expect(num(svg.querySelector('.fdwall')!, 'x1')).toBeCloseTo(axisX(FD_SETSIZE), 3);
    // The packets since the last wait narrow into epoll's ready list: P callbacks, K entries, each to scale.
    const epoll = waitPrice('epoll', n, k, p);
    const arrivals = svg.querySelector('[data-arrivals]')!;
    for (const [count, want] of [['packets', epoll.callbacks], ['entries', epoll.readyEntries!]] as const) {
      const bar = arrivals.querySelector(`[data-count="${count}"]`)!;
      expect(bar.getAttribute('data-value'), count).toBe(String(want));
      expect(bar.querySelector('.val')!.textContent).toBe(groupDigits(want));
      expect(num(bar.querySelector('rect.fill')!, 'width')).toBeCloseTo(axisX(want) - axisX(0), 3);
    }
    expect([epoll.callbacks, epoll.readyEntries]).toEqual([p, k]);
    expect(arrivals.querySelector('.head')!.textContent).toContain(groupDigits(p));
    expect(arrivals.querySelector('polygon.funnel')).not.toBeNull();
    const rows = [...root.querySelectorAll('[data-price-table] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-api'))).toEqual([...WAIT_APIS]);
    for (const r of rows) {
      const w = waitPrice(r.getAttribute('data-api') as (typeof WAIT_APIS)[number], n, k, p);
      expect([...r.querySelectorAll('td')].slice(0, 6).map((td) => td.textContent)).toEqual(
        [w.kernelExamines, w.bytesIn, w.bytesOut, w.programScans, w.callbacks].map((v) => groupDigits(v!))
          .concat(w.readyEntries === null ? '—' : groupDigits(w.readyEntries)));
    }
    const status = root.querySelector('[role="status"]')!.textContent!;
    expect(status).toContain(groupDigits(p));
    expect(status).toMatch(new RegExp(`epoll_wait \\D*${groupDigits(k)}\\D`));
  });

  test('the benchmark table is the stored run, beside Kerrisk\'s slide as µs per operation', () => {
    const { rows, meta } = parseBench(readFileSync(BENCH_FILE, 'utf8'));
    const table = page(many).querySelector('[data-bench]')!;
    const trs = [...table.querySelectorAll('tbody tr')];
    expect(trs.map((tr) => num(tr, 'data-n'))).toEqual(rows.map((r) => r.n));
    for (const [i, r] of rows.entries()) {
      for (const api of WAIT_APIS) {
        expect(trs[i]!.querySelector(`[data-ours="${api}"]`)!.getAttribute('data-v'), `${r.n} ${api}`).toBe(String(r[api] ?? 'wall'));
        const his = KERRISK_2006.find((x) => x.n === r.n)!;
        expect(trs[i]!.querySelector(`[data-his="${api}"]`)!.getAttribute('data-v')).toBe(String(his[api]));
      }
    }
    expect(rows.find((r) => r.n > FD_SETSIZE)!.select).toBeNull();
    expect(table.textContent).toContain(meta.kernel!);
    expect(table.querySelector('a[href^="https://man7.org/conf/lca2006/"]')).not.toBeNull();
  });

  test('the lab draws both whole runs of the epoll(7) example as simulateLab runs them, with their verdicts', () => {
    const root = page(lab).querySelector('[data-demo="epoll-lab"]')!;
    expect(hiddenWithoutJs(lab, root.querySelector('.params')!)).toBe(true);
    const lt = simulateLab({ ...DEFAULT_LAB, mode: 'lt' });
    const et = simulateLab({ ...DEFAULT_LAB, mode: 'et' });
    const ticks = labTicks(lt, et);
    for (const trace of [lt, et]) {
      const run = root.querySelector(`[data-run="${trace.scenario.mode}"]`)!;
      const svg = run.querySelector('svg')!;
      expect(num(svg, 'data-k')).toBe(ticks);
      const rows = [...svg.querySelectorAll('g.row')];
      expect(rows.map((r) => [num(r, 'data-t'), r.getAttribute('data-kind'), num(r, 'data-buffer'), r.hasAttribute('data-ready')]))
        .toEqual(trace.steps.map((s) => [s.t, rowKind(s), s.buffer, s.ready.length > 0]));
      const v = labVerdict(trace);
      expect(run.getAttribute('data-reported-again')).toBe(String(v.reportedAgain));
      expect(run.getAttribute('data-buffered')).toBe(String(v.bufferedAtSecondWait));
    }
    // The epoll(7) example's point: level-triggered reports again; edge-triggered sleeps with 1 kB buffered.
    expect(root.querySelector('[data-run="lt"]')!.getAttribute('data-reported-again')).toBe('true');
    expect(root.querySelector('[data-run="et"]')!.getAttribute('data-reported-again')).toBe('false');
    expect(root.querySelector('[data-run="et"] .verdict')!.getAttribute('data-verdict')).toBe('stranded');
    expect(root.querySelector('[data-run="et"] [data-kind="timeout"]')).not.toBeNull();
  });

  test('the lab\'s trace table marks each run\'s second epoll_wait, and the self-check\'s answers are askLab\'s', () => {
    const doc = page(lab);
    const second = [...doc.querySelectorAll('[data-trace="epoll-lab"] tr[data-second]')];
    expect(second.map((r) => r.querySelector('td:nth-child(3)')!.textContent)).toEqual(['1', '0']);
    const items = [...doc.querySelectorAll('[data-quiz] [data-question]')];
    expect(items.map((li) => [li.getAttribute('data-question'), num(li, 'data-right')])).toEqual(LAB_QUESTIONS.map((q) => [q.id, askLab(q).right]));
  });
  test('the price page\'s self-check: its answers are askPrice\'s, in both languages', () => {
    for (const prefix of ['', 'zh/']) {
      const items = [...page(`${prefix}further/many-sockets/`).querySelectorAll('[data-quiz] [data-question]')];
      expect(items.map((li) => [li.getAttribute('data-question'), num(li, 'data-right')])).toEqual(PRICE_QUESTIONS.map((q) => [q.id, askPrice(q).right]));
    }
  });
  test('the lab\'s experiments: the answer the simulator counts, in the disclosure; the run, covered until Run', () => {
    const doc = page(lab);
    const hiding = cssRules(pageCss(lab)).filter((r) => r.media === null && /(^|;)\s*visibility\s*:\s*hidden\b/.test(r.body));
    const hidden = (el: Element | null): boolean => !!el && (hiding.some((r) => el.matches(r.selector)) || hidden(el.parentElement));
    const heights = new Set<string>();
    expect(doc.querySelectorAll('[data-experiment][data-lab]')).toHaveLength(LAB_EXPERIMENTS.length);
    for (const e of LAB_EXPERIMENTS) {
      const ex = doc.querySelector(`[data-experiment="${e.id}"][data-lab]`)!;
      const run = simulateLab({ ...DEFAULT_LAB, ...e.change });
      const waits = run.steps.filter((st) => st.op === 'epoll_wait');
      const count = e.measure === 'waits' ? waits.length : waits.filter((st) => st.events!.length > 0).length;
      const right = e.answers.indexOf(count);
      expect(right, e.id).toBeGreaterThanOrEqual(0);
      expect(hiddenWithoutJs(lab, ex.querySelector('[data-run]')!), `${e.id}: Run`).toBe(true);
      expect(text(ex.querySelector('details p')).split(/(?<=[.。])/)[0], e.id).toContain(text(ex.querySelector(`[data-choice="${right}"]`)!.closest('label')));
      const svg = ex.querySelector('[data-fig] svg.lab')!;
      expect([...svg.querySelectorAll('g.row')].map((g) => [num(g, 'data-t'), g.getAttribute('data-kind')]), e.id).toEqual(run.steps.map((st) => [st.t, rowKind(st)]));
      heights.add(svg.getAttribute('viewBox')!);
      const [cover] = [...ex.querySelectorAll('svg.try-curtain [data-cover]')].map((r) => num(r, 'y'));
      const heads = [...svg.querySelectorAll('text.head, text.title')];
      const rest = [...svg.children].filter((c) => !heads.includes(c));
      expect(heads.filter(hidden), `${e.id}: a head`).toEqual([]);
      expect(rest.filter((c) => !hidden(c)).map((c) => c.outerHTML.slice(0, 60)), `${e.id}: shown before Run`).toEqual([]);
      expect(Math.max(...heads.map((h) => num(h, 'y'))), `${e.id}: the curtain starts under the heads`).toBeLessThan(cover!);
      expect(Math.min(...[...svg.querySelectorAll('g.row rect, g.row text')].map((r) => num(r, 'y'))), e.id).toBeGreaterThanOrEqual(cover!);
      ex.setAttribute('data-ran', '');
      expect(rest.filter(hidden).length, `${e.id}: hidden after Run`).toBe(0);
      ex.removeAttribute('data-ran');
    }
    expect(heights.size, [...heights].join(' | ')).toBe(1);
  });
});
