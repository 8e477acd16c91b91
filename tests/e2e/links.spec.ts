import { expect, test } from '@playwright/test';
import { SITE } from '../../playwright.config';
import { brokenLinks } from './crawl';

test('every internal link, anchor and asset of the site resolves', async ({ request }) => {
  const { broken, pages } = await brokenLinks(request, SITE);
  expect(broken).toEqual([]);
  expect(pages).toBeGreaterThanOrEqual(16);
});
