/**
 * Keeps a demo's playhead in view by scrolling the figure's own box, never the page (so the page does not jump):
 * the playhead's row in the box's middle third, and, in the comparison, the column that changed inside the box. The
 * model island keeps the code panel's marked line in the panel's box the same way.
 * Scrolls are instant: a step moves the figure at once (as the figure itself changes at once), and while playing
 * the box moves with the playhead a little each frame, so nothing needs smooth scrolling (and reduced motion holds).
 */

/**
 * Scrolls `box` so that `mark` (the `[data-playhead]` line) is in its middle third: back to the middle when it
 * left it or, while playing (`glide`), by just as much as keeps it inside; then, if given, `column` fully across.
 */
export function followPlayhead(box: HTMLElement, mark: Element | null, glide: boolean, column?: Element | null): void {
  if (!mark) return;
  const b = box.getBoundingClientRect();
  const m = mark.getBoundingClientRect();
  const h = box.clientHeight;
  const y = (m.top + m.bottom) / 2 - b.top - box.clientTop;
  let dy = 0;
  if (y < h / 3) dy = glide ? y - h / 3 : y - h / 2;
  else if (y > (2 * h) / 3) dy = glide ? y - (2 * h) / 3 : y - h / 2;
  let dx = 0;
  if (column) {
    const c = column.getBoundingClientRect();
    const left = b.left + box.clientLeft;
    if (c.left < left || c.right > left + box.clientWidth) dx = c.left - left;
  }
  if (Math.abs(dy) >= 1 || Math.abs(dx) >= 1) box.scrollBy({ top: dy, left: dx, behavior: 'instant' });
}
