import { describe, expect, it } from 'vitest';
import { answerText, EXPERIMENTS, experiment, judge, measure, runExperiment } from '~/lessons/experiments';
import { DEMO_BOUNDS } from '~/playback/params';
import { simulate } from '~/sim';
import { STRINGS } from '~/i18n/strings';
import { LOCALES } from '~/i18n/locales';
import { experimentValue } from '../experiment-value';

describe('experiments', () => {
  it('has two to four experiments per model and unique ids', () => {
    const ids = EXPERIMENTS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of ['blocking', 'nonblocking', 'multiplexing', 'signal-driven', 'async']) {
      const n = EXPERIMENTS.filter((e) => e.model === m).length;
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(4);
    }
  });

  for (const e of EXPERIMENTS) {
    it(`${e.id}: exactly one answer is right, the one simulate() gives`, () => {
      const t = simulate(e.model, e.scenario);
      const value = experimentValue(e.id, t);
      expect(e.answers.filter((a) => a === value)).toHaveLength(1);
      const j = judge(e, t);
      expect(j.right).toBe(e.answers.indexOf(value));
      expect(j.value).toBe(value);
      expect(runExperiment(e)).toEqual(j);
      expect(e.answers.length).toBeGreaterThanOrEqual(2);
      expect(e.answers.length).toBeLessThanOrEqual(4);
    });

    it(`${e.id}: its scenario is one the sliders can set`, () => {
      expect(e.scenario.pollCost).toBe(1);
      for (const f of ['arrival', 'copy', 'pollEvery'] as const) {
        expect(e.scenario[f]).toBeGreaterThanOrEqual(DEMO_BOUNDS[f].min);
        expect(e.scenario[f]).toBeLessThanOrEqual(DEMO_BOUNDS[f].max);
      }
    });
  }

  it('reads literal values off known traces', () => {
    expect(measure('work', simulate('nonblocking', { arrival: 10, copy: 2, pollEvery: 1 }))).toBe(0);
    expect(measure('syscalls', simulate('multiplexing', { arrival: 10, copy: 2 }))).toBe(2);
    expect(measure('signalAt', simulate('async', { arrival: 10, copy: 4 }))).toBe(14);
    expect(measure('detectLag', simulate('nonblocking', { arrival: 10, copy: 2, pollEvery: 4 }))).toBe(2);
  });

  it('writes answers with their unit, singular where English needs it', () => {
    const u = STRINGS.en.tryIt.ui;
    expect(answerText('syscalls', 1, u)).toBe('1 system call');
    expect(answerText('syscalls', 2, u)).toBe('2 system calls');
    expect(answerText('signalAt', 14, u)).toBe('at tick 14');
    expect(answerText('work', 0, u)).toBe('0 ticks');
  });

  it('has every placeholder of every proof filled, in every locale', () => {
    for (const loc of LOCALES) {
      for (const e of EXPERIMENTS) {
        const { vars } = runExperiment(e);
        for (const [, k] of STRINGS[loc].tryIt.exp[e.id].proof.matchAll(/\{(\w+)\}/g)) expect(vars).toHaveProperty(k!);
      }
    }
  });

  it('refuses an unknown id', () => {
    expect(() => experiment('nope')).toThrow(RangeError);
  });
});
