/**
 * The guided experiments and the summary's self-check as the page without JavaScript has them, in both languages:
 * each experiment of src/lessons/experiments.ts is on its model's page with a question, no Run button (the page's CSS
 * hides it without JavaScript), and its disclosure names the
 * right answer, which this test works out on its own from simulate() (experimentValue(), read straight off the trace, not
 * through the site's judge()); each self-check question has its text, its right answer marked (data-right, which
 * the page script judges by) as this test works it out from the simulator, and a reason naming that answer.
 */
import { describe, expect, test } from 'vitest';
import { EXPERIMENTS } from '~/lessons/experiments';
import { ask, QUESTIONS } from '~/lessons/self-check';
import { MODELS, simulate } from '~/sim';
import { LOCALES } from '../routes';
import { hiddenWithoutJs, page, text } from './dist';
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
