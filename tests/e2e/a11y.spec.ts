import { expect, test } from '@playwright/test';
import { axeBothThemes } from './axe';
import { ALL_PAGES } from './routes';

// axe-core on every page, both languages, both themes (tests/e2e/axe.ts): zero violations, code colours included.
for (const p of ALL_PAGES) {
  test(`axe finds nothing on /${p.path} in the light and dark themes`, async ({ page }) => {
    // axe walks every node of a long page (the strace tables, the figures): a minute on a busy two-core machine.
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(p.path);
    await axeBothThemes(page, `/${p.path}`);
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

test('a keyboard alone reaches every control of a model demo, focus visible on each, and works them', async ({ page }) => {
  await page.goto('models/nonblocking/');
  const demo = page.locator('[data-demo-model="nonblocking"]');
  // Untouched: the island is not live yet; the keyboard's first stop inside it wakes it (client:interact).
  await expect(demo).not.toHaveAttribute('data-live');
  // Number what a keyboard should reach in the demo, then Tab from the top of the page until focus leaves it.
  const reachable = await demo.evaluate((d) => {
    const els = [...d.querySelectorAll<HTMLElement>('button, select, input, a[href], [tabindex="0"]')].filter((e) => !(e as HTMLButtonElement).disabled);
    els.forEach((e, i) => (e.dataset.k = String(i)));
    return els.length;
  });
  expect(reachable).toBeGreaterThanOrEqual(14); // 4 buttons, speed, scrubber, figure, code, 3 × (slider + box), Save
  const stops: string[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { k: el.dataset.k, name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 };
    });
    expect(f.outline, `focus visible on ${f.name}`).toBe(true);
    if (f.k !== undefined) stops.push(f.k);
    else if (stops.length) break;
  }
  expect(stops).toEqual(Array.from({ length: reachable }, (_, i) => String(i)));
  await expect(demo).toHaveAttribute('data-live', 'true');

  // Each control, from the keyboard only.
  const events = demo.locator('[data-event]');
  const press = async (name: string, key: string) => {
    await demo.getByRole('button', { name, exact: true }).focus();
    await page.keyboard.press(key);
  };
  await press('Next event', 'Enter');
  await expect(events).toHaveCount(1);
  await press('Next event', ' ');
  await expect(events).toHaveCount(2);
  await press('Previous event', 'Enter');
  await expect(events).toHaveCount(1);
  await press('Restart', 'Enter');
  await expect(events).toHaveCount(0);
  const scrub = demo.getByRole('slider', { name: 'Time (ticks)' });
  await scrub.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(demo.locator('output')).toHaveText(/^2\//);
  const arrival = demo.getByRole('spinbutton', { name: 'Datagram ready at (A)' });
  await arrival.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('9');
  await page.keyboard.press('Tab');
  await expect(arrival).toHaveValue('9');
  await expect(demo.getByRole('slider', { name: 'Datagram ready at (A)' })).toHaveValue('9');
  await press('Play', 'Enter');
  await expect(demo).toHaveAttribute('data-status', /playing|done/);
  const download = page.waitForEvent('download');
  await press('Save as SVG', 'Enter');
  expect((await download).suggestedFilename()).toBe('io-models-nonblocking.svg');
});
