/**
 * Brings a model page's experiments (components/Experiment.astro) to life once the page's main demo is live: it
 * loads with the demo, so the page's first view carries no script for them. Run plays the experiment's own figure in
 * place (data-ran starts its CSS reveal, REVEAL_MS long; at once under reduced motion) and, when the reveal ends,
 * writes the verdict, computed again from the simulator on the experiment's scenario (the run the figure draws), into
 * the experiment's live region. Run leaves the rest of the page alone, so nothing scrolls or moves: the question, the
 * figure and the verdict stay where the reader pressed. The button shown with the verdict ("step through it in the
 * demo") gives the page's main demo the scenario (through the hash, which the island follows and the URL keeps, and
 * directly: the hash may already say so while the demo runs other values), scrolls to it, focuses its figure and
 * plays it. Only templates and numbers the server wrote are read from the page; nothing comes from the URL.
 */
import type { ModelId } from '~/sim/types';
import { simulateValid } from '~/sim/engine';
import { fill } from '~/i18n/fill';
import type { DemoParams } from '~/playback/param-state.svelte';
import { EXPERIMENTS, judge } from '~/lessons/experiments';

/** How long the figure's reveal lasts, in ms: Experiment.astro's animations (2s). */
export const REVEAL_MS = 2000;

const reduced = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Wires every experiment of `model` on the page to its demo: the root `demo` and the parameters it runs. */
export function wireExperiments(model: ModelId, demo: HTMLElement, params: DemoParams): void {
  for (const el of document.querySelectorAll<HTMLElement>(`[data-experiment][data-model="${model}"]`)) {
    // The server wrote a known id (Experiment.astro fails the build on another); without one there is nothing to run.
    const e = EXPERIMENTS.find((x) => x.id === el.dataset.experiment);
    if (!e) continue;
    let timer: ReturnType<typeof setTimeout> | undefined;
    el.querySelector('[data-run]')?.addEventListener('click', () => {
      clearTimeout(timer);
      timer = run(model, el, e);
    });
    el.querySelector('[data-open]')?.addEventListener('click', async () => {
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

/** Starts one run of experiment `e` in its root `el`; returns the timer that writes the verdict. */
function run(model: ModelId, el: HTMLElement, e: (typeof EXPERIMENTS)[number]): ReturnType<typeof setTimeout> {
  const d = el.dataset;
  const out = el.querySelector<HTMLElement>('[data-out]');
  const open = el.querySelector<HTMLElement>('[data-open]');
  delete d.verdict;
  delete d.ran;
  if (out) out.textContent = '';
  if (open) open.hidden = true;
  // A style read between taking data-ran off and putting it back restarts the reveal's animations.
  void el.offsetWidth;
  d.ran = '';
  return setTimeout(() => {
    // The verdict is about what the figure beside it draws: the experiment's own scenario.
    const j = judge(e, simulateValid(model, e.scenario));
    const texts = [...el.querySelectorAll<HTMLInputElement>('[data-choice]')].map((i) => i.parentElement?.textContent?.trim() ?? '');
    const picked = el.querySelector<HTMLInputElement>('[data-choice]:checked');
    const answer = texts[j.right] ?? String(j.value);
    const chosen = picked ? Number(picked.value) : -1;
    // The verdict's template puts the proof after the answer with the locale's punctuation.
    const proof = fill(d.tProof ?? '', j.vars);
    if (out) out.textContent = chosen < 0 ? fill(d.tNone ?? '', { answer, proof })
      : fill((chosen === j.right ? d.tRight : d.tWrong) ?? '', { answer, chosen: texts[chosen] ?? '', proof });
    if (chosen >= 0) d.verdict = chosen === j.right ? 'right' : 'wrong';
    if (open) open.hidden = false;
  }, reduced() ? 0 : REVEAL_MS);
}
