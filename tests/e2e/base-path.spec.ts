import { expect, test } from '@playwright/test';

// The site built with BASE_PATH=/some/prefix/ and served under that prefix by a plain static server (its links
// and files are tests/built's).
test('the base-path build renders with its styles and finds search results', async ({ page }) => {
  await page.goto('models/blocking/');
  await expect(page.locator('h1')).toHaveText('Blocking I/O');
  const bg = await page.evaluate(() => getComputedStyle(document.querySelector('pre')!).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
  // The site script (a module) has run by the load event; a click before it would open nothing.
  await page.waitForLoadState('load');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog').getByRole('searchbox').fill('epoll');
  const first = page.getByRole('dialog').locator('.search-results a').first();
  // A page under the prefix (the models and the epoll pages all match).
  await expect(first).toHaveAttribute('href', /^\/some\/prefix\/(models|further)\//);
});

test('the custom element finds its demo\'s chunk beside its module under the prefix', async ({ page, baseURL }) => {
  const chunks: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/embed/chunks/')) chunks.push(new URL(r.url()).pathname);
  });
  await page.goto('embed/');
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Element</title></head><body>` +
    `<script type="module" src="${new URL('embed/io-models.js', baseURL).href}"></script>` +
    '<io-model-demo model="many-price" lang="en"></io-model-demo></body></html>');
  await expect(page.locator('io-model-demo [data-demo="many-price"]')).toHaveAttribute('data-live', 'true');
  expect(chunks.length).toBeGreaterThan(0);
  for (const c of chunks) expect(c).toMatch(/^\/some\/prefix\/embed\/chunks\//);
});
