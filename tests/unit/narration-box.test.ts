/**
 * The narration's box keeps one height while a demo plays (components/islands/ModelIsland.svelte stacks the narration on the
 * hidden longest sentence, which components/ModelDemo.astro picks with longestNarration over wordiestScenarios()):
 * for any scenario the sliders allow, no sentence the narration says anywhere on the run is longer than that one.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { simulateValid } from '~/sim/engine';
import { MODELS } from '~/sim/limits';
import { cursorAtU, sceneAt, totalU } from '~/figure/scene';
import { longestNarration, narrate, narrationText } from '~/narration/narrate';
import { DEMO_BOUNDS, wordiestScenarios } from '~/playback/params';
import { DEMO_STRINGS } from '~/i18n/demo';
import { LOCALES } from '~/i18n/locales';

const range = (f: keyof typeof DEMO_BOUNDS) => fc.integer(DEMO_BOUNDS[f]);
const scenario = fc.record({ arrival: range('arrival'), copy: range('copy'), pollEvery: range('pollEvery'), pollCost: fc.constant(1) });

describe('the narration box', () => {
  for (const locale of LOCALES) {
    test(`holds every sentence of every model in ${locale}, for any scenario the sliders allow`, () => {
      const ui = DEMO_STRINGS[locale].ui;
      for (const model of MODELS) {
        const text = narrationText(ui, DEMO_STRINGS[locale].narr[model]);
        const sizer = longestNarration(text, ui['narr.idleHint'], wordiestScenarios().map((s) => simulateValid(model, s)));
        fc.assert(fc.property(scenario, (s) => {
          const trace = simulateValid(model, s);
          const idle = `${narrate(text, trace, sceneAt(trace, cursorAtU(trace, Infinity, 1)), true)}${ui['narr.idleHint']}`;
          expect(idle.length).toBeLessThanOrEqual(sizer.length);
          // Every position the player passes through while playing (a quarter of a tick apart, and each event's slot).
          for (let u = 0; u <= totalU(trace, 1); u += 0.25) {
            const said = narrate(text, trace, sceneAt(trace, cursorAtU(trace, u, 1)), false);
            expect(said.length, `${model} ${JSON.stringify(s)} u=${u}: ${said}`).toBeLessThanOrEqual(sizer.length);
          }
        }), { numRuns: 150 });
      }
    });
  }
});
