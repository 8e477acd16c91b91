import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ALL_PAGES } from './routes';

// axe-core on every page, both languages, both themes: zero violations, code colours included.
// One load per page: the light theme is checked, then the dark one on the same page.
for (const p of ALL_PAGES) {
  test(`axe finds nothing on /${p.path} in the light and dark themes`, async ({ page }) => {
    // Two full axe runs: on the longest pages (the strace tables) that is about 25 s on this 2-core machine.
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(p.path);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
      expect(found, scheme).toEqual([]);
    }
  });
}

test('a keyboard reaches the skip link, navigation, language switcher and theme toggle, focus visible', async ({ page }) => {
  await page.goto('models/blocking/');
  const focused = async () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent?.trim() ?? '', tag: el.tagName, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
    });
  await page.keyboard.press('Tab');
  expect(await focused()).toMatchObject({ text: 'Skip to content', outline: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#content$/);
  await page.goto('models/blocking/');
  const seen: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const f = await focused();
    expect(f.outline, `focus visible on ${f.text}`).toBe(true);
    seen.push(f.text);
  }
  expect(seen).toEqual(expect.arrayContaining(['Search', '中文', 'Dark theme', 'Concepts', 'Nonblocking I/O']));
  // Operate the theme toggle and the language switcher from the keyboard.
  await page.locator('[data-theme-toggle]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', /dark|light/);
  await page.locator('[data-lang-switch]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/models\/blocking\/$/);
});
