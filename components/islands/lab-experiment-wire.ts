/**
 * Brings /further/level-edge/'s experiments (components/LabExperiment.astro) to life with the lab: LabIsland.svelte
 * imports this, so it loads on the reader's first touch of the lab or of an experiment, not before. Run restarts
 * the figure's reveal (data-ran starts ExperimentFrame.astro's CSS animations) and, once the reveal has run as long
 * as the stylesheet says (at once under reduced motion, where it has none), writes the verdict, judged again from
 * the lab simulator on the experiment's program (the run its figure draws), into the experiment's live region; the
 * page does not move. The button shown with the verdict hands that program to the lab to step through. Only
 * templates and numbers the server wrote are read from the page.
 */
import type { LabScenario } from '~/sim/epoll-lab';
import { fill } from '~/i18n/fill';
import { judgeLab, LAB_EXPERIMENTS, type LabExperiment } from '~/lessons/lab-experiments';

/** Wires every lab experiment on the page; `show` gives the lab a program (the example with changes) and plays it. */
export function wireLabExperiments(show: (change: Partial<LabScenario>) => void): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-experiment][data-lab]')) {
    // The server wrote a known id (LabExperiment.astro fails the build on another).
    const e = LAB_EXPERIMENTS.find((x) => x.id === root.dataset.experiment);
    const out = root.querySelector<HTMLElement>('[data-out]');
    const open = root.querySelector<HTMLElement>('[data-open]');
    if (!e || !out || !open) continue;
    let later: ReturnType<typeof setTimeout> | undefined;
    root.querySelector('[data-run]')?.addEventListener('click', () => {
      clearTimeout(later);
      reset(root, out, open);
      later = setTimeout(() => {
        say(root, e, out);
        open.hidden = false;
      }, revealMs(root));
    });
    open.addEventListener('click', () => show(e.change));
  }
}

/** Clears the last verdict and starts the reveal again (a style read between taking data-ran off and back restarts it). */
function reset(root: HTMLElement, out: HTMLElement, open: HTMLElement): void {
  out.textContent = '';
  open.hidden = true;
  delete root.dataset.verdict;
  delete root.dataset.ran;
  void root.offsetWidth;
  root.dataset.ran = '';
}

/** How long the reveal lasts, in ms, as the stylesheet animates the curtain (0 without an animation). */
function revealMs(root: HTMLElement): number {
  const cover = root.querySelector('[data-cover]');
  const s = cover ? parseFloat(getComputedStyle(cover).animationDuration) : 0;
  return Number.isFinite(s) ? s * 1000 : 0;
}

/** Writes the verdict on the reader's pick (or the answer alone, with none picked) and marks the root right or wrong. */
function say(root: HTMLElement, e: LabExperiment, out: HTMLElement): void {
  const j = judgeLab(e);
  const radios = [...root.querySelectorAll<HTMLInputElement>('[data-choice]')];
  const label = (i: number) => radios[i]?.parentElement?.textContent?.trim() ?? String(j.value);
  const picked = radios.findIndex((r) => r.checked);
  const t = root.dataset;
  const verdict = picked < 0 ? null : picked === j.right ? 'right' : 'wrong';
  const template = verdict === 'right' ? t.tRight : verdict === 'wrong' ? t.tWrong : t.tNone;
  out.textContent = fill(template ?? '', { answer: label(j.right), chosen: label(picked), proof: fill(t.tProof ?? '', j.vars) });
  if (verdict) t.verdict = verdict;
}
