/**
 * The guided experiments and the summary's self-check as the page without JavaScript has them, in both languages:
 * each experiment of src/lessons/experiments.ts is on its model's page with a question, no Run button (the page's CSS
 * hides it without JavaScript), and its disclosure names the
 * right answer, which this test works out on its own from simulate() (experimentValue(), read straight off the trace, not
 * through the site's judge()); each self-check question has its text, its right answer marked (data-right, which
 * the page script judges by) as this test works it out from the simulator, and a reason naming that answer.
 * Each experiment's own figure is its scenario's run as simulate() gives it (the drawn spans and events), and as
 * served (no data-ran: nobody has pressed Run) the page's CSS hides every shape of it but the column heads, under a
 * curtain over everything from the lanes' top to the figure's foot, its lanes as tall as every other experiment's (the
 * size says nothing of the run); with data-ran those rules no longer hide it.
 */
import { describe, expect, test } from 'vitest';
import { EXPERIMENTS } from '~/lessons/experiments';
import { ask, QUESTIONS } from '~/lessons/self-check';
import { MODELS, simulate } from '~/sim';
import { LOCALES } from '../routes';
import { cssRules, hiddenWithoutJs, page, pageCss, text } from './dist';
import { experimentValue } from '../experiment-value';

describe.each(LOCALES)('$locale', ({ prefix }) => {
  test.each(MODELS)(`/${prefix}models/%s/: each experiment's disclosure gives the simulator's answer`, (model) => {
    const path = `${prefix}models/${model}/`;
    const doc = page(path);
    const mine = EXPERIMENTS.filter((e) => e.model === model);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(doc.querySelectorAll('[data-experiment]')).toHaveLength(mine.length);
    for (const e of mine) {
      const ex = doc.querySelector(`[data-experiment="${e.id}"]`);
      expect(ex, e.id).not.toBeNull();
      expect(text(ex!.querySelector('legend')), e.id).not.toBe('');
      // Without JavaScript the Run button is not shown, the disclosure is.
      expect(hiddenWithoutJs(path, ex!.querySelector('[data-run]')!), `${e.id}: Run`).toBe(true);
      expect(hiddenWithoutJs(path, ex!.querySelector('details')!), `${e.id}: the answer`).toBe(false);
      const right = e.answers.indexOf(experimentValue(e.id, simulate(e.model, e.scenario)));
      expect(right, `${e.id}: one of the answers is what simulate() gives`).toBeGreaterThanOrEqual(0);
      const choice = text(ex!.querySelector(`[data-choice="${right}"]`)!.closest('label'));
      expect(choice, e.id).toContain(String(e.answers[right]));
      // The answer's first sentence names the right choice.
      const answer = text(ex!.querySelector('details p'));
      const first = answer.split(/(?<=[.。])\s*/)[0]!;
      expect(first, `${e.id}: "${answer}" names "${choice}" first`).toContain(choice);
    }
  });

  test.each(MODELS)(`/${prefix}models/%s/: each experiment's figure is its run, covered until Run`, (model) => {
    const path = `${prefix}models/${model}/`;
    const doc = page(path);
    // The page's rules that hide an element (visibility), top level only (not under a reduced-motion query).
    const rules = cssRules(pageCss(path)).filter((r) => r.media === null && /(^|;)\s*visibility\s*:\s*hidden\b/.test(r.body));
    const hidden = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) if (rules.some((r) => e!.matches(r.selector))) return true;
      return false;
    };
    const spans = (root: Element, selector: string, key: string) =>
      [...root.querySelectorAll(selector)].map((e) => ({ state: e.getAttribute(key), from: Number(e.getAttribute('data-from')), to: Number(e.getAttribute('data-to')) }));
    const tracks: number[] = [];
    for (const e of EXPERIMENTS.filter((x) => x.model === model)) {
      const ex = doc.querySelector(`[data-experiment="${e.id}"]`)!;
      const fig = ex.querySelector('[data-fig]');
      expect(fig, e.id).not.toBeNull();
      const svg = fig!.querySelector('svg.timeline')!;
      const t = simulate(e.model, e.scenario);
      // A span of no ticks (the wait before a datagram that is already there) draws nothing.
      const some = <S extends { from: number; to: number }>(list: readonly S[]) => list.filter((s) => s.to > s.from);
      expect(spans(svg, '[data-lane="app"]', 'data-state'), e.id).toEqual(some(t.spans.app).map((s) => ({ state: s.state, from: s.from, to: s.to })));
      expect(spans(svg, '[data-lane="kernel"]', 'data-state'), e.id).toEqual(some(t.spans.kernel).map((s) => ({ state: s.state, from: s.from, to: s.to })));
      expect(spans(svg, '[data-phase]', 'data-phase'), e.id).toEqual(some(t.spans.phases).map((s) => ({ state: s.phase, from: s.from, to: s.to })));
      expect([...svg.querySelectorAll('[data-event]')].map((g) => [g.getAttribute('data-label'), Number(g.getAttribute('data-t'))]), e.id)
        .toEqual(t.events.map((x) => [x.label, x.t]));
      // As served: the heads show, every shape is hidden and under the curtain, which runs from the lanes' top to the foot.
      const shapes = [...svg.querySelectorAll('rect[data-lane], [data-phase], [data-event], text.axis, line.grid, rect.track')];
      expect(shapes.length, e.id).toBeGreaterThan(3);
      expect(shapes.filter((s) => !hidden(s)).map((s) => s.outerHTML.slice(0, 60)), `${e.id}: shown before Run`).toEqual([]);
      for (const head of svg.querySelectorAll('text.head')) expect(hidden(head), `${e.id}: a column head`).toBe(false);
      const curtain = fig!.querySelector('svg.try-curtain')!;
      expect(curtain.getAttribute('viewBox'), e.id).toBe(svg.getAttribute('viewBox'));
      const [cover, tail] = [...curtain.querySelectorAll('[data-cover]')].map((r) => ({ y: Number(r.getAttribute('y')), h: Number(r.getAttribute('height')) }));
      const height = Number(svg.getAttribute('viewBox')!.split(' ')[3]);
      const top = Math.min(...[...svg.querySelectorAll('rect[data-lane]')].map((r) => Number(r.getAttribute('y'))));
      expect(cover!.y, e.id).toBeLessThanOrEqual(top);
      expect(cover!.y + cover!.h, e.id).toBeGreaterThanOrEqual(tail!.y);
      expect(tail!.y + tail!.h, e.id).toBeGreaterThanOrEqual(height);
      // The covered figure's size says nothing of the run: its lanes are as tall in every experiment.
      tracks.push(Number(svg.querySelector('rect.track')!.getAttribute('height')));
      // Pressed: the same rules hide none of it (the curtain's own animation takes it off).
      ex.setAttribute('data-ran', '');
      try {
        expect(shapes.filter((s) => hidden(s)).length, `${e.id}: hidden after Run`).toBe(0);
      } finally {
        ex.removeAttribute('data-ran');
      }
    }
    expect(new Set(tracks).size, `lanes ${tracks.join(', ')} units tall`).toBe(1);
  });

  test(`/${prefix}summary/: every self-check question has its text, the right answer and a reason`, () => {
    const qs = [...page(`${prefix}summary/`).querySelectorAll('[data-quiz] [data-question]')];
    expect(qs.length).toBeGreaterThanOrEqual(5);
    for (const q of qs) {
      const id = q.getAttribute('data-question')!;
      expect(text(q.querySelector('.q')), id).not.toBe('');
      // The right choice as the simulator's runs give it (tests/unit/self-check.test.ts works each out on its own).
      const right = ask(QUESTIONS.find((x) => x.id === id)!).right;
      expect(right, id).toBeGreaterThanOrEqual(0);
      expect(q.getAttribute('data-right'), id).toBe(String(right));
      const reason = q.querySelector('details [data-reason]');
      expect(text(reason), id).not.toBe('');
      // The reason opens with the right choice, ended by the locale's full stop.
      expect(text(reason!.querySelector('strong')).replace(/[.。]$/, ''), id).toBe(text(q.querySelector(`[data-choice="${right}"]`)));
    }
  });
});
