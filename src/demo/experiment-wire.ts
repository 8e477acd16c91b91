/**
 * Brings a model page's experiments (components/Experiment.astro) to life once the page's main demo is
 * live: it loads with the demo, so the page's first view carries no script for them. Run sets the demo's
 * hash (the island follows it, and the URL keeps it as usual), scrolls the figure into view, plays it,
 * and writes the verdict, computed again from the simulator, into the experiment's live region.
 * Only templates and numbers the server wrote are read from the page; nothing comes from the URL.
 */
import type { ModelId } from '~/sim/types';
import { fill } from '~/render/text';
import { experiment, runExperiment, type ExperimentId } from './experiments';

/** Wires every experiment of `model` on the page; the demo is `.io-demo[data-demo-model=model]`. */
export function wireExperiments(model: ModelId, demo: HTMLElement): void {
  for (const el of document.querySelectorAll<HTMLElement>(`[data-experiment][data-model="${model}"]`)) {
    // With JavaScript the reader predicts, then presses Run; the written answer stays out of sight (CSS).
    const button = el.querySelector<HTMLButtonElement>('[data-run]');
    button?.addEventListener('click', () => void run(el, demo));
  }
}

async function run(el: HTMLElement, demo: HTMLElement): Promise<void> {
  const d = el.dataset;
  const play = demo.querySelector<HTMLButtonElement>('button.play');
  const out = el.querySelector<HTMLElement>('[data-out]');
  if (!play || !out) return;
  delete d.verdict;
  const hash = d.hash ?? '';
  // The island reads the hash on hashchange; wait for that before pressing Play.
  if (location.hash !== hash) {
    const changed = new Promise((r) => addEventListener('hashchange', r, { once: true }));
    location.hash = hash;
    await changed;
  }
  demo.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  if (demo.dataset.status !== 'playing') play.click();
  const j = runExperiment(experiment(d.experiment as ExperimentId));
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
