/**
 * The summary's self-check: every question has exactly one right choice, the one the simulator gives (worked
 * out here from simulate() directly, not through the module under test), the choices are distinct, and no
 * question asks for a model's name: no choice names a model, in any locale. Every placeholder of every
 * question and reason is filled.
 */
import { describe, expect, it } from 'vitest';
import { ask, QUESTIONS, type QuestionId } from '~/lessons/self-check';
import { DEFAULT_SCENARIO, MODELS, simulate } from '~/sim';
import { fill } from '~/i18n/fill';
import { STRINGS } from '~/i18n/strings';
import { DEMO_STRINGS } from '~/i18n/demo';
import { LOCALES } from '~/i18n/locales';

const run = (m: (typeof MODELS)[number], change = {}) => simulate(m, { ...DEFAULT_SCENARIO, ...change });
const blocked = (m: (typeof MODELS)[number], change = {}) => {
  const s = run(m, change).stats;
  return s.phase1Blocked + s.phase2Blocked;
};

/** The right choice's template key and numbers, from simulate() alone. */
function expected(id: QuestionId): { key: string; vars: Record<string, number> } {
  const A = DEFAULT_SCENARIO.arrival;
  switch (id) {
    case 'meanwhile-multiplexing':
      expect(run('multiplexing').timeline.slice(0, A)).toBe('w'.repeat(A));
      return { key: 'meanwhile.nothing', vars: {} };
    case 'meanwhile-signal-driven':
      expect(run('signal-driven').timeline.slice(0, A)).toBe('.'.repeat(A));
      return { key: 'meanwhile.free', vars: {} };
    case 'later-blocking':
      return { key: 'unit.ticks', vars: { n: blocked('blocking', { arrival: 20 }) - blocked('blocking') } };
    case 'slower-poll': {
      const p2 = run('nonblocking', { arrival: 10, pollEvery: 2 }).stats;
      const p4 = run('nonblocking', { arrival: 10, pollEvery: 4 }).stats;
      expect(p4.failedPolls).toBeLessThan(p2.failedPolls);
      expect(p4.detectLag).toBeGreaterThan(p2.detectLag);
      return { key: 'poll.fewer-later', vars: {} };
    }
    case 'copy-signal-driven':
      return { key: 'unit.ticks', vars: { n: blocked('signal-driven', { copy: 4 }) - blocked('signal-driven') } };
    case 'copy-async':
      return { key: 'unit.ticks', vars: { n: blocked('async', { copy: 4 }) - blocked('async') } };
    case 'signals': {
      const a = run('signal-driven').events.find((e) => e.label === 'deliver SIGIO')!.t;
      const b = run('async').events.find((e) => e.label === 'deliver signal specified in aio_read')!.t;
      return { key: 'quiz.signals', vars: { a, b } };
    }
    case 'posix-signal-driven':
      expect(run('signal-driven').stats.phase2Blocked).toBeGreaterThan(0);
      return { key: 'posix.sync', vars: {} };
  }
}

describe('the self-check', () => {
  it('has unique ids and at least six questions', () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(6);
  });

  for (const q of QUESTIONS) {
    it(`${q.id}: exactly one choice is right, the one the simulator gives`, () => {
      const { choices, right } = ask(q);
      const want = expected(q.id);
      const same = (c: { key: string; vars: Record<string, number> }) => c.key === want.key && JSON.stringify(c.vars) === JSON.stringify(want.vars);
      expect(choices.filter(same)).toHaveLength(1);
      expect(right).toBe(choices.findIndex(same));
      expect(new Set(choices.map((c) => JSON.stringify(c))).size).toBe(choices.length);
      expect(choices.length).toBeGreaterThanOrEqual(2);
    });

    for (const locale of LOCALES) {
      it(`${q.id}, ${locale}: no choice names a model, and every placeholder is filled`, () => {
        const { ui, quiz } = STRINGS[locale].tryIt;
        const { choices, vars } = ask(q);
        const names = MODELS.map((m) => DEMO_STRINGS[locale].models[m]);
        for (const c of choices) {
          const text = fill(ui[c.key], c.vars);
          for (const n of names) expect(text).not.toContain(n);
          expect(text).not.toMatch(/[{}]/);
        }
        expect(fill(quiz[q.id].q, vars)).not.toMatch(/[{}]/);
        expect(fill(quiz[q.id].reason, vars)).not.toMatch(/[{}]/);
      });
    }
  }
});
