/**
 * Brings a model page's experiments (components/Experiment.astro) to life once the page's main demo is live: it
 * loads with the demo, so the page's first view carries no script for them. Run plays the experiment's own figure in
 * place and then says the verdict, worked out again from the simulator on the experiment's scenario (the run the
 * figure draws): experiment-run.ts. The button shown with the verdict ("step through it in the demo") gives the
 * page's main demo the scenario (through the hash, which the island follows and the URL keeps, and directly: the
 * hash may already say so while the demo runs other values), scrolls to it, focuses its figure and plays it.
 * Nothing comes from the URL.
 */
import type { ModelId } from '~/sim/types';
import { simulateValid } from '~/sim/engine';
import type { DemoParams } from '~/playback/param-state.svelte';
import { EXPERIMENTS, judge } from '~/lessons/experiments';
import { reduced, wireRun } from './experiment-run';

/** Wires every experiment of `model` on the page to its demo: the root `demo` and the parameters it runs. */
export function wireExperiments(model: ModelId, demo: HTMLElement, params: DemoParams): void {
  for (const el of document.querySelectorAll<HTMLElement>(`[data-experiment][data-model="${model}"]`)) {
    // The server wrote a known id (Experiment.astro fails the build on another); without one there is nothing to run.
    const e = EXPERIMENTS.find((x) => x.id === el.dataset.experiment);
    if (!e) continue;
    wireRun(el, () => judge(e, simulateValid(model, e.scenario)), async () => {
      const hash = el.dataset.hash ?? '';
      // The island reads the hash on hashchange; wait for that before pressing Play.
      if (location.hash !== hash) {
        const changed = new Promise((r) => addEventListener('hashchange', r, { once: true }));
        location.hash = hash;
        await changed;
      }
      params.apply(e.scenario);
      demo.scrollIntoView({ block: 'start', behavior: reduced() ? 'auto' : 'smooth' });
      demo.querySelector<HTMLElement>('.figbox')?.focus({ preventScroll: true });
      const play = demo.querySelector<HTMLButtonElement>('button.play');
      if (play && demo.dataset.status !== 'playing') play.click();
    });
  }
}
