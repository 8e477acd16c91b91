/** Time in the browser tests: Playwright's clock held by the test, and the page's own frames. */
import type { Page } from '@playwright/test';

/**
 * Stops the page's clock (installed with page.clock.install() before the page loaded) a moment ahead of where it
 * is: from here on, time in the page moves only by page.clock.runFor.
 */
export async function holdTime(page: Page): Promise<void> {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

/** Waits for the page's next two animation frames: what the last event changed has been laid out and reported. */
export async function twoFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
