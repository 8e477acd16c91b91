/**
 * Brings a model page's experiments (components/Experiment.astro) to life once the page's main demo is
 * live: it loads with the demo, so the page's first view carries no script for them. Run gives the demo the
 * experiment's scenario (through the hash, which the island follows and the URL keeps, and directly: the hash
 * may already say so while the demo runs other values, as it is not written while it plays), scrolls the figure into view,
 * plays it, and writes the verdict, computed again from the simulator on the parameters the demo runs, into the
 * experiment's live region. Only templates and numbers the server wrote are read from the page; nothing comes
 * from the URL.
 */
import type { ModelId } from '~/sim/types';
import { simulateValid } from '~/sim/engine';
import { fill } from '~/i18n/fill';
import type { DemoParams } from '~/playback/param-state.svelte';
import { EXPERIMENTS, judge } from '~/lessons/experiments';

/** Wires every experiment of `model` on the page to its demo: the root `demo` and the parameters it runs. */
export function wireExperiments(model: ModelId, demo: HTMLElement, params: DemoParams): void {
  for (const el of document.querySelectorAll<HTMLElement>(`[data-experiment][data-model="${model}"]`)) {
    // With JavaScript the reader predicts, then presses Run; the written answer stays out of sight (CSS).
    const button = el.querySelector<HTMLButtonElement>('[data-run]');
    button?.addEventListener('click', () => void run(model, el, demo, params));
  }
}

async function run(model: ModelId, el: HTMLElement, demo: HTMLElement, params: DemoParams): Promise<void> {
  const d = el.dataset;
  const play = demo.querySelector<HTMLButtonElement>('button.play');
  const out = el.querySelector<HTMLElement>('[data-out]');
  // The server wrote a known id (Experiment.astro fails the build on another); without one there is nothing to run.
  const e = EXPERIMENTS.find((x) => x.id === d.experiment);
  if (!play || !out || !e) return;
  delete d.verdict;
  const hash = d.hash ?? '';
  // The island reads the hash on hashchange; wait for that before pressing Play.
  if (location.hash !== hash) {
    const changed = new Promise((r) => addEventListener('hashchange', r, { once: true }));
    location.hash = hash;
    await changed;
  }
  // The hash is left alone while the demo plays, so it may already say this while the demo runs other values.
  params.apply(e.scenario);
  demo.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  if (demo.dataset.status !== 'playing') play.click();
  // The verdict is about what the figure shows: the demo's own parameters, not the URL's.
  const j = judge(e, simulateValid(model, params.scenario));
  const texts = [...el.querySelectorAll<HTMLInputElement>('[data-choice]')].map((i) => i.parentElement?.textContent?.trim() ?? '');
  const picked = el.querySelector<HTMLInputElement>('[data-choice]:checked');
  const answer = texts[j.right] ?? String(j.value);
  const chosen = picked ? Number(picked.value) : -1;
  // The verdict's template puts the proof after the answer with the locale's punctuation.
  const proof = fill(d.tProof ?? '', j.vars);
  out.textContent = chosen < 0 ? fill(d.tNone ?? '', { answer, proof })
    : fill((chosen === j.right ? d.tRight : d.tWrong) ?? '', { answer, chosen: texts[chosen] ?? '', proof });
  if (chosen >= 0) d.verdict = chosen === j.right ? 'right' : 'wrong';
}
