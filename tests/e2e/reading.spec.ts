/**
 * Reading the site: a language switch that keeps the reader's place, search from the keyboard and across
 * languages, contents that follow the reader, and a printed page without instructions for controls. (The home
 * and concepts figures on their screens are checked in pages.spec.ts; section ids shared by both languages are
 * the build's to enforce, build/heading-ids.mjs, and tests/built's to read.)
 */
import { expect, test, type Page } from '@playwright/test';
import { LOCALES, pathOf } from './routes';
import { watchErrors } from './watch';
import { twoFrames } from './time';


/** Scrolls so that the heading's top sits near the top of the window, as a reader who reached it would. */
async function readAt(page: Page, id: string) {
  // Until the heading stays put for two frames: a page still laying out (a font's glyphs arriving, a figure's
  // box settling) can move it after one scroll, and the reader would then be in the section before.
  await page.evaluate(async (i) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await document.fonts.ready;
    const top = () => document.getElementById(i)!.getBoundingClientRect().top;
    for (let k = 0; k < 20 && Math.abs(top() - 80) > 1; k++) {
      window.scrollTo(0, top() + window.scrollY - 80);
      await frame();
    }
  }, id);
}

/** A reader in the middle of a page scrolls up a little, which brings the header back, and switches language. */
async function switchLanguage(page: Page) {
  // The page handles scrolling once a frame: let it see where the reader is before they scroll back up (on a
  // busy machine both scrolls could otherwise reach it in one frame, which reads as scrolling down).
  await twoFrames(page);
  await page.mouse.wheel(0, -60);
  const link = page.locator('[data-lang-switch]');
  // All of it, as a reader clicks once the header has slid back: a click on a half-shown sticky header makes
  // Playwright scroll it into view, which scrolls the page up and changes the section being read.
  await expect(link).toBeInViewport({ ratio: 1 });
  // Then a click where the link is, once the header has stopped sliding (its box the same two frames running),
  // with the mouse as a reader clicks: Playwright's locator click would first scroll the page if the sliding
  // header looked off screen to it, and the reader would be in another section.
  const box = async () => {
    await twoFrames(page);
    return JSON.stringify(await link.boundingBox());
  };
  await expect.poll(async () => (await box()) === (await box())).toBe(true);
  const b = (await link.boundingBox())!;
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
}

test('the language switch keeps the section being read', async ({ page }) => {
  await page.goto('models/nonblocking/');
  await readAt(page, 'the-price-of-polling');
  await switchLanguage(page);
  await expect(page).toHaveURL(/\/zh\/models\/nonblocking\/#the-price-of-polling$/);
  await expect(page.locator('#the-price-of-polling')).toBeInViewport();
  await readAt(page, 'what-linux-did');
  await switchLanguage(page);
  await expect(page).toHaveURL(/\/models\/nonblocking\/#what-linux-did$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#what-linux-did')).toBeInViewport();
});

test("the language switch keeps the demo's state and the section", async ({ page }) => {
  const errors = watchErrors(page);
  const hash = '#arrival=5&copy=3&poll=2';
  await page.goto(`models/nonblocking/${hash}`);
  await readAt(page, 'the-price-of-polling');
  await switchLanguage(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(new URL(page.url()).pathname).toMatch(/\/zh\/models\/nonblocking\/$/);
  expect(new URL(page.url()).hash).toBe(hash);
  await expect(page.locator('#the-price-of-polling')).toBeInViewport();
  // The demo on the Chinese page reads the same parameters.
  const demo = page.locator('.io-demo').first();
  await demo.scrollIntoViewIfNeeded();
  await expect(demo.locator('input[type="number"]').first()).toHaveValue('5');
  expect(errors).toEqual([]);
});

test('/ and Ctrl+K open search with the box focused; the search code loads on first open only', async ({ page }) => {
  const loads: string[] = [];
  page.on('request', (r) => {
    if (/\/search\.js$/.test(new URL(r.url()).pathname)) loads.push(r.url());
  });
  await page.goto('concepts/');
  const dialog = page.getByRole('dialog');
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  // With a query typed, one Esc closes search as the hint says (a search box's own Esc would only clear it).
  await page.keyboard.type('epoll');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Meta+k');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  expect(loads).toHaveLength(1);
});

test('Enter opens the first result; the arrow keys pick another', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('epoll');
  const results = dialog.locator('.search-results a');
  await expect(results.nth(1)).toBeVisible({ timeout: 30_000 });
  const first = await results.first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${first!.replace(/[#?]/g, '\\$&')}$`));
  // The new page's own script listens for '/' once it has run: wait for the page, not just its address.
  await page.waitForLoadState('load');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('epoll');
  await expect(results.nth(1)).toBeVisible({ timeout: 30_000 });
  const second = await results.nth(1).getAttribute('href');
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${second!.replace(/[#?]/g, '\\$&')}$`));
});

test('a Chinese query on an English page finds the Chinese pages, marked as such', async ({ page }) => {
  await page.goto('concepts/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('信号驱动');
  const hit = dialog.locator('.search-results li[lang="zh-CN"]').first();
  await expect(hit).toBeVisible({ timeout: 30_000 });
  await expect(hit.locator('.search-lang')).toHaveText('中文');
  expect(await hit.locator('a').getAttribute('href')).toMatch(/\/zh\//);
  await hit.locator('a').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the contents mark the section being read as the reader scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('models/multiplexing/');
  const toc = page.locator('nav.toc');
  // Sections long enough to fill the top 30% of the window by themselves (a short one hands over at once).
  const long = await page.locator('.prose h2[id], .prose h3[id]').evaluateAll((hs) =>
    hs.filter((h, i) => (hs[i + 1]?.getBoundingClientRect().top ?? Infinity) - h.getBoundingClientRect().top > 400).map((h) => h.id),
  );
  expect(long.length).toBeGreaterThan(3);
  for (const id of [long[1]!, long[long.length - 2]!, long[2]!]) {
    await readAt(page, id);
    await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', `#${id}`);
    await expect(toc.locator('a[aria-current]')).toHaveCount(1);
  }
});

for (const l of LOCALES) {
  test(`on a phone, "On this page" near the top reaches every section (${l.locale})`, async ({ page }) => {

    await page.setViewportSize({ width: 390, height: 844 });
    const path = pathOf(l.prefix, 'models/multiplexing');
    await page.goto(path);
    const all = await page.locator('.prose h2[id], .prose h3[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(all.length).toBeGreaterThan(5);
    // Every section in English; in Chinese (the same code) the first, a middle and the last.
    const ids = l.locale === 'en' ? all : [all[0]!, all[Math.floor(all.length / 2)]!, all.at(-1)!];
    for (const id of ids) {
      await page.evaluate(() => window.scrollTo(0, 0));
      const summary = page.locator('nav.toc summary');
      await expect(summary).toBeInViewport();
      if ((await page.locator('nav.toc details').getAttribute('open')) === null) await summary.click();
      await page.locator(`nav.toc a[href="#${id}"]`).click();
      await expect(page.locator(`#${id}`)).toBeInViewport();
    }
  });
}

test('printed pages give no instructions for controls, and print each figure with its legend', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  for (const path of ['models/blocking/', 'summary/', 'zh/models/blocking/']) {
    await page.goto(path);
    const text = await page.locator('main').innerText();
    expect(text, path).not.toMatch(/Press Play|Next event to watch|按“播放”/);
    const figure = page.locator('main :is(.io-demo, .io-compare) .figbox svg, main .io-compare svg').first();
    await expect(figure, path).toBeVisible();
    await expect(page.locator('main .legend').first(), path).toBeVisible();
  }
});
