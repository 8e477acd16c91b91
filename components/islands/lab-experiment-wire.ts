/**
 * Brings /further/level-edge/'s experiments (components/LabExperiment.astro) to life with the lab: LabIsland.svelte
 * imports this, so it loads on the reader's first touch of the lab or of an experiment, not before. Run plays the
 * experiment's figure in place and then says the verdict, judged again from the lab simulator on the experiment's
 * program (the run its figure draws): experiment-run.ts. The button shown with the verdict hands that program to the
 * lab to step through.
 */
import type { LabScenario } from '~/sim/epoll-lab';
import { judgeLab, LAB_EXPERIMENTS } from '~/lessons/lab-experiments';
import { wireRun } from './experiment-run';

/** Wires every lab experiment on the page; `show` gives the lab a program (the example with changes) and plays it. */
export function wireLabExperiments(show: (change: Partial<LabScenario>) => void): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-experiment][data-lab]')) {
    // The server wrote a known id (LabExperiment.astro fails the build on another).
    const e = LAB_EXPERIMENTS.find((x) => x.id === root.dataset.experiment);
    if (e) wireRun(root, () => judgeLab(e), () => show(e.change));
  }
}
