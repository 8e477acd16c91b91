import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * axe-core on the page as loaded, with `scheme` emulated: every rule of TAGS, or `rules` alone.
 * Legacy mode runs axe in the page itself: the default mode opens a second page to merge the results of
 * frames, which took half of each run, and no page of the site has a frame (asserted here).
 */
async function axe(page: Page, label: string, scheme: 'light' | 'dark', rules?: string[]): Promise<void> {
  expect(await page.locator('iframe').count(), `${label} has no frame for axe to miss`).toBe(0);
  await page.emulateMedia({ colorScheme: scheme });
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
  // Only violations are collected in full: the passes and inapplicable rules' details would only cost time.
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const results = await (rules ? builder.withRules(rules) : builder.withTags(TAGS)).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  expect(found, `${label} ${scheme}`).toEqual([]);
}

/** axe with every WCAG 2.1 A/AA and best-practice rule, in the light theme. */
export const axeLight = (page: Page, label: string) => axe(page, label, 'light');

/**
 * axe's colour contrast in the dark theme (code colours included). The themes differ only in colours (every
 * colour in src/styles is light-dark(LIGHT, DARK)), so names, roles, landmarks and structure are the same in both.
 */
export const axeDarkContrast = (page: Page, label: string) => axe(page, label, 'dark', ['color-contrast']);
