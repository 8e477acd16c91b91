/**
 * Run in one experiment (components/ExperimentFrame.astro, the frame both a model page's experiments and the
 * level/edge lab's fill): Run takes the last verdict away and starts the figure's reveal again (data-ran starts the
 * frame's CSS animations), and once the reveal has run (REVEAL_MS; at once under reduced motion, where the frame
 * animates nothing) writes the verdict on the reader's pick into the frame's live region, from the templates the
 * server wrote, and shows the button that hands the run to the demo. Nothing on the page moves. Only templates and
 * numbers the server wrote are read from the page.
 */
import { fill } from '~/i18n/fill';
import type { Judgement } from '~/lessons/experiments';

/** How long the figure's reveal lasts, in ms: ExperimentFrame.astro's animations (2s). */
export const REVEAL_MS = 2000;

/** Whether the reader asked for reduced motion. */
export const reduced = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Wires Run in the experiment `root`: `judge` works the verdict out again from the simulator, on the run the
 * experiment's figure draws; `open` is what the button shown with the verdict does.
 */
export function wireRun(root: HTMLElement, judge: () => Judgement, open: () => void): void {
  const out = root.querySelector<HTMLElement>('[data-out]');
  const button = root.querySelector<HTMLElement>('[data-open]');
  if (!out || !button) return;
  let later: ReturnType<typeof setTimeout> | undefined;
  root.querySelector('[data-run]')?.addEventListener('click', () => {
    clearTimeout(later);
    const d = root.dataset;
    out.textContent = '';
    button.hidden = true;
    delete d.verdict;
    delete d.ran;
    // A style read between taking data-ran off and putting it back restarts the reveal's animations.
    void root.offsetWidth;
    d.ran = '';
    later = setTimeout(() => {
      say(root, judge(), out);
      button.hidden = false;
    }, reduced() ? 0 : REVEAL_MS);
  });
  button.addEventListener('click', open);
}

/** Writes the verdict on the reader's pick (or the answer alone, with none picked) and marks the root right or wrong. */
function say(root: HTMLElement, j: Judgement, out: HTMLElement): void {
  const d = root.dataset;
  const texts = [...root.querySelectorAll<HTMLInputElement>('[data-choice]')].map((i) => i.parentElement?.textContent?.trim() ?? '');
  const picked = root.querySelector<HTMLInputElement>('[data-choice]:checked');
  const answer = texts[j.right] ?? String(j.value);
  const chosen = picked ? Number(picked.value) : -1;
  // The verdict's template puts the proof after the answer with the locale's punctuation.
  const proof = fill(d.tProof ?? '', j.vars);
  out.textContent = chosen < 0 ? fill(d.tNone ?? '', { answer, proof })
    : fill((chosen === j.right ? d.tRight : d.tWrong) ?? '', { answer, chosen: texts[chosen] ?? '', proof });
  if (chosen >= 0) d.verdict = chosen === j.right ? 'right' : 'wrong';
}
