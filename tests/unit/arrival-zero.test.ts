/**
 * A = 0: the datagram is complete before the process makes its first call. Every model's trace then opens
 * with 'datagram ready', nothing waits, and the narration says so in every locale without reading its words:
 * the first call is told with its `label@0` sentence (the one for "already there"), which every locale has,
 * every locale has the same set of `@0` sentences, and no tick of the run, in a model or in the comparison,
 * is told as waiting or polling.
 */
import { describe, expect, it } from 'vitest';
import { MODELS, simulate } from '~/sim/index';
import { cursorAtStep, cursorAtTick, sceneAt } from '~/figure/scene';
import { tell } from '~/narration/narrate';
import { clockTrack } from '~/playback/shared-clock';
import { tellClock } from '~/narration/compare';
import { DEMO_STRINGS } from '~/i18n/demo';
import { LOCALES } from '~/i18n/locales';

const SCENARIO = { arrival: 0, copy: 2, pollEvery: 3, pollCost: 1 };

describe('A = 0: the datagram is there before the first call', () => {
  for (const model of MODELS) {
    it(`${model}: 'datagram ready' comes first, at tick 0, and nothing blocks in phase 1`, () => {
      const trace = simulate(model, SCENARIO);
      expect(trace.events[0]).toMatchObject({ t: 0, label: 'datagram ready' });
      expect(trace.stats.phase1Blocked).toBe(0);
      expect(trace.stats.failedPolls).toBe(0);
    });

    it(`${model}: the first call is told as "already there" in every locale, and no tick as waiting`, () => {
      const trace = simulate(model, SCENARIO);
      const firstCall = trace.events.findIndex((e) => e.kind === 'call');
      const said = tell(trace, sceneAt(trace, cursorAtStep(trace, firstCall + 1)), false);
      const key = `${trace.events[firstCall]!.label}@0` as const;
      expect(said).toMatchObject({ kind: 'event', event: { key } });
      const keys = (l: (typeof LOCALES)[number]) => Object.keys(DEMO_STRINGS[l].narr[model]).filter((k) => k.endsWith('@0')).sort();
      for (const locale of LOCALES) {
        expect(DEMO_STRINGS[locale].narr[model][key], `${locale} ${key}`).toMatch(/\S/);
        expect(keys(locale), locale).toEqual(keys(LOCALES[0]!));
      }
      for (let t = 0; t <= trace.done; t++) {
        const s = tell(trace, sceneAt(trace, cursorAtTick(trace, t)), false);
        if (s.kind === 'state') expect(['wait', 'poll'], `tick ${t}`).not.toContain(s.app);
      }
    });
  }

  it('the comparison tells no process as waiting or polling at any tick', () => {
    const traces = MODELS.map((m) => simulate(m, SCENARIO));
    const track = clockTrack(traces);
    for (let t = 0; t <= track.ticks; t++) {
      const said = tellClock(traces, track.atTick(t));
      if (said.kind === 'tick') expect(said.groups.map((g) => g.state), `tick ${t}`).not.toContain('wait');
      if (said.kind === 'tick') expect(said.groups.map((g) => g.state), `tick ${t}`).not.toContain('poll');
    }
  });
});
