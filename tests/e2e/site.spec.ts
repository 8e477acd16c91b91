/**
 * The site's shell in the browser: search in both languages, the theme toggle, code blocks' copy button, and the
 * keyboard's way through the header and through a model demo. The static facts (links, alternates, the
 * summary table, host files, 404 pages) are tests/built's.
 */
import { expect, test } from '@playwright/test';
import { watchErrors } from './watch';
import { siteScripts } from './wake';
import { holdTime } from './time';

const SEARCHES = [
  { path: 'concepts/', term: 'EWOULDBLOCK', lang: 'en', section: true },
  { path: 'zh/concepts/', term: '多路复用', lang: 'zh', section: false },
];
for (const s of SEARCHES) {
  test(`search finds "${s.term}" in the ${s.lang} pages`, async ({ page }) => {
    const errors = watchErrors(page);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(s.path);
    // Only the page's own script (src/site/site.js) before the reader opens search.
    const own = await siteScripts(page);
    expect(scripts, 'no search code before the reader opens search').toEqual(own);
    await page.getByRole('button', { name: s.lang === 'en' ? 'Search' : '搜索' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('searchbox').fill(s.term);
    const first = dialog.locator('.search-results a').first();
    await expect(first).toBeVisible();
    // The page's own language first; a page of another language is marked with its lang (reading.spec.ts).
    const hits = await dialog.locator('.search-results li').evaluateAll((lis) =>
      lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, other: li.hasAttribute('lang') })),
    );
    expect(hits[0]!.other).toBe(false);
    for (const h of hits) expect(h.href.startsWith('/zh/')).toBe((s.lang === 'zh') !== h.other);
    await expect(dialog.locator('.search-results mark').first()).toBeVisible();
    expect(scripts.some((u) => u.includes('/pagefind/'))).toBe(true);
    // A result opens the section that matches, not the top of its page: the link ends in the heading's id, and the
    // heading is on screen once it has opened.
    const href = (await first.getAttribute('href'))!;
    if (s.section) expect(href).toMatch(/#[\w-]+$/);
    await first.click();
    await expect(page.locator('h1')).toBeAttached();
    const id = new URL(href, page.url()).hash.slice(1);
    if (id) await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    expect(errors).toEqual([]);
  });
}

test('the theme toggle flips the theme, remembers it, and follows the system by default', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('concepts/');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const darkBg = await bg();
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await bg()).not.toBe(darkBg);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await bg()).toBe('rgb(255, 255, 255)');
});

test('code blocks are highlighted and have a copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('models/blocking/');
  const block = page.locator('.code-wrap:has(pre[data-language="c"])').first();
  // Tokens are classes (no style attribute: the CSP allows none), coloured by the palette.
  const keyword = block.locator('pre.astro-code span.tk-keyword').first();
  await expect(keyword).toBeVisible();
  const colours = await keyword.evaluate((k) => [getComputedStyle(k).color, getComputedStyle(k.closest('pre')!).color]);
  expect(colours[0]).not.toBe(colours[1]);
  await expect(block.locator('[style]')).toHaveCount(0);
  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('recvfrom');
});

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
  await page.clock.install();
  await page.goto('models/nonblocking/');
  const demo = page.locator('[data-demo="nonblocking"]');
  // Untouched: the island is not live yet; the keyboard's first stop inside it wakes it (client:interact).
  await expect(demo).not.toHaveAttribute('data-live');
  // Tab from the top of the page until focus has been in the demo and left it, marking each stop inside it in
  // order; then every control the live demo has (the drag handles appear once it is live) must have been a stop,
  // in the order of the page.
  const selector = 'button, select, input, a[href], [tabindex="0"]';
  let visits = 0;
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const f = await demo.evaluate((d, n) => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      const inside = d.contains(el);
      if (inside) el.dataset.visit = String(n);
      return { inside, name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 };
    }, visits);
    expect(f.outline, `focus visible on ${f.name}`).toBe(true);
    if (f.inside) visits++;
    else if (visits) break;
  }
  const order = await demo.evaluate((d, sel) => [...d.querySelectorAll<HTMLElement>(sel)]
    .filter((e) => !(e as HTMLButtonElement).disabled).map((e) => e.dataset.visit ?? `missed ${e.getAttribute('aria-label') ?? e.tagName}`), selector);
  expect(order.length).toBeGreaterThanOrEqual(14); // 4 buttons, speed, scrubber, figure, code, 3 × (slider + box), Save
  expect(order).toEqual(Array.from({ length: order.length }, (_, i) => String(i)));
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
  await expect(demo.getByRole('slider', { name: 'Datagram ready at (A)', exact: true })).toHaveValue('9');
  // The page's time held from here: Play leaves it playing, not yet done.
  await holdTime(page);
  await press('Play', 'Enter');
  await expect(demo).toHaveAttribute('data-status', 'playing');
  const download = page.waitForEvent('download');
  await press('Save as SVG', 'Enter');
  expect((await download).suggestedFilename()).toBe('io-models-nonblocking.svg');
});
