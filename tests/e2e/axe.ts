import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * axe-core on the page as loaded, in the light theme with every rule, then in the dark theme with the one rule a
 * theme can change: colour contrast (code colours included). The themes differ only in colours (every colour in
 * src/styles/global.css and demo-colors.css is light-dark(LIGHT, DARK)), so names, roles, landmarks and structure are the same in both; a second full run
 * doubled the suite's slowest file without checking anything new.
 * Legacy mode runs axe in the page itself: the default mode opens a second page to merge the results of
 * frames, which took half of each run, and no page of the site has a frame (asserted here).
 */
export async function axeBothThemes(page: Page, label: string): Promise<void> {
  expect(await page.locator('iframe').count(), `${label} has no frame for axe to miss`).toBe(0);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    const axe = new AxeBuilder({ page }).setLegacyMode(true);
    const results = await (scheme === 'light' ? axe.withTags(TAGS) : axe.withRules(['color-contrast'])).analyze();
    const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
    expect(found, `${label} ${scheme}`).toEqual([]);
  }
}
