/**
 * A = 0: the datagram is complete before the process makes its first call. Every model's trace then opens
 * with 'datagram ready', and the narration, in every locale, says that the process does not wait: the
 * sentence of its first call says so, and no sentence of the run speaks of sleeping or waiting for data.
 */
import { describe, expect, it } from 'vitest';
import { MODELS, simulate } from '~/sim/index';
import { cursorAtStep, sceneAt } from '~/figure/scene';
import { narrate, type NarrationText } from '~/narration/narrate';
import { clockTrack } from '~/playback/shared-clock';
import { narrateClock } from '~/narration/compare';
import { DEMO_STRINGS } from '~/i18n/demo';
import { LOCALES, type Locale } from '~/i18n/locales';

const SCENARIO = { arrival: 0, copy: 2, pollEvery: 3, pollCost: 1 };

/** Per locale: what the first call's sentence must say (no wait), and what no sentence at A = 0 may say. */
const WORDS: Record<Locale, { noWait: RegExp; waits: RegExp }> = {
  en: { noWait: /\bno wait\b/, waits: /asleep|sleep|No datagram has arrived|until the socket is readable|at last|both phases|failed poll cost/ },
  zh: { noWait: /不用等/, waits: /睡|还没到|直到 socket 可读|终于|两个阶段都被阻塞|每次失败的轮询/ },
};

describe('A = 0: the datagram is there before the first call', () => {
  for (const model of MODELS) {
    it(`${model}: 'datagram ready' comes first, at tick 0, and nothing blocks in phase 1`, () => {
      const trace = simulate(model, SCENARIO);
      expect(trace.events[0]).toMatchObject({ t: 0, label: 'datagram ready' });
      expect(trace.stats.phase1Blocked).toBe(0);
      expect(trace.stats.failedPolls).toBe(0);
    });

    for (const locale of LOCALES) {
      it(`${model}, ${locale}: the narration says the process does not wait`, () => {
        const s = DEMO_STRINGS[locale];
        const trace = simulate(model, SCENARIO);
        const text: NarrationText = {
          idle: s.ui['narr.idle'], start: s.ui['narr.start'], tick: s.ui['narr.tick'], state: s.ui['narr.state'],
          kernel: { empty: s.ui['narr.empty'], ready: s.ui['narr.ready'], copying: s.ui['narr.copying'] },
          events: s.narr[model],
        };
        const said = trace.events.map((_, i) => narrate(text, trace, sceneAt(trace, cursorAtStep(trace, i + 1)), false));
        const firstCall = trace.events.findIndex((e) => e.actor === 'app');
        expect(said[firstCall], 'the first call').toMatch(WORDS[locale].noWait);
        for (const sentence of said) expect(sentence).not.toMatch(WORDS[locale].waits);
      });
    }
  }

  for (const locale of LOCALES) {
    it(`${locale}: the comparison says the same, column by column`, () => {
      const s = DEMO_STRINGS[locale];
      const traces = MODELS.map((m) => simulate(m, SCENARIO));
      const track = clockTrack(traces);
      const clockText = { start: s.ui['narr.compareStart'], at: s.ui['narr.compareAt'], nothing: s.ui['narr.compareNothing'] };
      for (let k = 1; k <= track.steps; k++) {
        const { text } = narrateClock(clockText, s.models, s.narr, traces, track.atStep(k));
        expect(text).not.toMatch(WORDS[locale].waits);
      }
    });
  }
});
