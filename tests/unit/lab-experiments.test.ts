/**
 * The level/edge lab's experiments: each has exactly one right answer, the one the lab simulator's trace gives
 * (counted here from the steps' labels, not through the module under test), distinct candidates, words in every
 * locale with every placeholder filled, and a program the lab's controls can set (the controls change the read size
 * and the four switches; the mode is both timelines').
 */
import { describe, expect, it } from 'vitest';
import { judgeLab, labExperiment, labExperimentTrace, LAB_EXPERIMENTS } from '~/lessons/lab-experiments';
import { DEFAULT_LAB, simulateLab } from '~/sim/epoll-lab';
import { fill } from '~/i18n/fill';
import { STRINGS } from '~/i18n/strings';
import { LOCALES } from '~/i18n/locales';
import { expectRangeError } from './range-error';

/** The count each experiment asks for, from the trace's labels alone. */
function counted(id: string): number {
  const e = labExperiment(id);
  const labels = simulateLab({ ...DEFAULT_LAB, ...e.change }).steps.map((s) => s.label);
  const waits = labels.filter((l) => l.startsWith('epoll_wait('));
  return e.measure === 'waits' ? waits.length : waits.filter((l) => l.endsWith('= 1 [3]')).length;
}

describe('the lab experiments', () => {
  it('has two or three, with unique ids', () => {
    expect(new Set(LAB_EXPERIMENTS.map((e) => e.id)).size).toBe(LAB_EXPERIMENTS.length);
    expect(LAB_EXPERIMENTS.length).toBeGreaterThanOrEqual(2);
    expect(LAB_EXPERIMENTS.length).toBeLessThanOrEqual(3);
  });

  for (const e of LAB_EXPERIMENTS) {
    it(`${e.id}: exactly one answer is right, the one the simulator gives`, () => {
      const value = counted(e.id);
      expect(e.answers.filter((a) => a === value)).toHaveLength(1);
      expect(new Set(e.answers).size).toBe(e.answers.length);
      const j = judgeLab(e);
      expect(j.value).toBe(value);
      expect(j.right).toBe(e.answers.indexOf(value));
      expect(judgeLab(e, labExperimentTrace(e))).toEqual(j);
    });

    it(`${e.id}: a program the lab's controls can set`, () => {
      expect(Object.keys(e.change).every((k) => ['mode', 'drain', 'blocking', 'oneshot', 'rearm', 'readSize'].includes(k))).toBe(true);
    });

    for (const locale of LOCALES) {
      it(`${e.id}, ${locale}: a question and a proof with every placeholder filled`, () => {
        const t = STRINGS[locale].many.tryLab;
        const { vars } = judgeLab(e);
        expect(t.exp[e.id].q.length).toBeGreaterThan(20);
        for (const s of [fill(t.exp[e.id].proof, vars), ...e.answers.map((n) => fill(t.answer, { n }))]) expect(s).not.toMatch(/[{}]/);
      });
    }
  }

  it('reads literal counts off the epoll(7) example', () => {
    expect(LAB_EXPERIMENTS.map((e) => judgeLab(e).value)).toEqual([2, 1, 1]);
  });

  it('names an unknown id', () => {
    expectRangeError(() => labExperiment('lab-nope'), 'no lab experiment "lab-nope"; known: lab-et-reports, lab-oneshot-reports, lab-blocking-waits');
  });
});
