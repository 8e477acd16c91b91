/** Waking a demo as a reader does: its island hydrates on a first touch (client:interact), not on sight. */
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Scrolls a demo's root (`.io-demo` or `.io-compare`, which carry data-live) into view, brings the pointer
 * over it, and waits for the island's own sign that it is mounted: data-live="true".
 */
export async function wake(root: Locator): Promise<void> {
  await root.scrollIntoViewIfNeeded();
  await root.hover();
  await expect(root).toHaveAttribute('data-live', 'true', { timeout: 30_000 });
}

/**
 * The URLs of the page's own <script src>: the site script every page shares (src/site/site.js: theme toggle,
 * copy buttons, contents, search). Demos load theirs through their islands, not through a script element.
 */
export async function siteScripts(page: Page): Promise<string[]> {
  return page.locator('script[src]').evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src));
}
