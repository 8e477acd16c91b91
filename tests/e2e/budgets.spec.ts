import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

interface Budget { firstView: number; demoJs: number }
const { pages } = JSON.parse(readFileSync('budgets.json', 'utf8')) as { pages: Record<string, Budget> };

// Byte budgets are deterministic (same build, same bytes), so they are asserted; timings are not (npm run bench).
for (const [path, budget] of Object.entries(pages)) {
  test(`/${path} stays within its byte budget`, async ({ page }) => {
    const loaded: { type: string; gz: number; url: string }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (res) => {
      pending.push(
        res.body().then(
          (body) => void loaded.push({ type: res.request().resourceType(), gz: gzipSync(body, { level: 9 }).length, url: res.url() }),
          () => undefined, // a redirect or an aborted request has no body
        ),
      );
    });
    const settled = async () => Promise.all(pending);
    // A viewport too short to show any demo: what loads here is the first view without demo code.
    await page.setViewportSize({ width: 412, height: 120 });
    await page.goto(path, { waitUntil: 'networkidle' });
    await settled();
    const sum = (types: string[]) => loaded.filter((r) => types.includes(r.type)).reduce((n, r) => n + r.gz, 0);
    const firstView = sum(['document', 'stylesheet', 'script']);
    const firstJs = sum(['script']);
    await page.setViewportSize({ width: 412, height: 823 });
    for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 400) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(50);
    }
    await page.waitForLoadState('networkidle');
    await settled();
    const demoJs = sum(['script']) - firstJs;
    expect.soft(firstJs, 'no script file before a demo is visible').toBe(0);
    expect.soft(firstView, `first view ${firstView} B gzip`).toBeLessThanOrEqual(budget.firstView);
    expect(demoJs, `demo JavaScript ${demoJs} B gzip`).toBeLessThanOrEqual(budget.demoJs);
  });
}
