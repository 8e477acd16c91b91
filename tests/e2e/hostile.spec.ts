/**
 * What only a browser can show of the demos' answers to hostile or careless use: a crafted address does not
 * freeze the page, only the island whose keys the address holds wakes, a verdict judges what the figure runs,
 * and nothing under a playing demo moves. Time is Playwright's clock (page.clock), moved by the test.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { EXPERIMENTS } from '~/lessons/experiments';
import { simulate } from '~/sim';
import { REVEAL_MS } from '~components/islands/experiment-run';
import { LOCALES } from './routes';
import { watchErrors } from './watch';
import { wake } from './wake';
import { holdTime } from './time';

/** Where an element's top is in the document (not the viewport, which scrolling moves). */
const topOf = (el: Locator): Promise<number> => el.evaluate((e) => e.getBoundingClientRect().top + scrollY);

test('a crafted address answers at once with the defaults and a note, on a model page, the summary and an embed page', async ({ page }) => {
  const errors = watchErrors(page);
  const digits = '1'.repeat(150_000);
  for (const [path, root] of [
    [`models/blocking/#arrival=${digits}x`, '.io-demo'],
    [`summary/#t=${digits}x`, '.io-compare'],
    [`embed/nonblocking/#step=${digits}x`, '.io-demo'],
  ] as const) {
    await page.goto(path);
    const demo = page.locator(root).first();
    // The address wakes the island, which answers with the defaults and one note (how fast the reading is, is
    // tests/unit/hash.test.ts's: a speed is not a browser test's to judge).
    await expect(demo, path).toHaveAttribute('data-live', 'true');
    await expect(demo.locator('.notes span'), path).toHaveCount(1);
    await expect(demo.getByRole('spinbutton').first(), path).toHaveValue('10');
  }
  expect(errors).toEqual([]);
});

test('only the island whose keys are in the address wakes', async ({ page }) => {
  // Which islands a page's address wakes (in page order), on a fresh load, before anyone touches anything.
  const check = async (path: string, awake: boolean[]): Promise<void> => {
    // From another document: a change of hash alone would not load the page again.
    await page.goto('about:blank');
    await page.goto(path);
    const islands = page.locator('astro-island');
    await expect(islands).toHaveCount(awake.length);
    for (const [i, a] of awake.entries()) if (a) await expect(islands.nth(i), `${path} #${i}`).not.toHaveAttribute('ssr');
    await page.waitForLoadState('networkidle');
    for (const [i, a] of awake.entries()) if (!a) await expect(islands.nth(i), `${path} #${i}`).toHaveAttribute('ssr', '');
  };
  await check('models/nonblocking/#arrival=5', [true, false]);
  await check('models/nonblocking/#Arrival=5', [true, false]);
  await check('models/nonblocking/#=', [false, false]);
  await check('models/nonblocking/#foo=1', [false, false]);
  await check('models/multiplexing/#copy=3', [true, false]);
  // The island woken for a key it does not read says so.
  await page.goto('models/blocking/#poll=999');
  await expect(page.locator('.io-demo .notes')).toHaveText(/Poll every \(P\): not used by this demo/);
});

test('a verdict judges what its figure runs, whatever P the demo was given meanwhile', async ({ page }) => {
  const errors = watchErrors(page);
  await page.clock.install();
  await page.goto('models/nonblocking/');
  await holdTime(page);
  const demo = page.locator('.io-demo[data-demo="nonblocking"]');
  await wake(demo);
  const e = EXPERIMENTS.find((x) => x.id === 'nonblocking-polls')!;
  const ex = page.locator(`[data-experiment="${e.id}"]`);
  const poll = demo.getByRole('spinbutton', { name: 'Poll every (P)' });
  // The reader sets P = 7 in the demo, then runs the experiment: its figure and verdict are the experiment's P.
  await poll.fill('7');
  await poll.press('Enter');
  await expect(poll).toHaveValue('7');
  await ex.locator('[data-choice="0"]').check();
  await ex.locator('[data-run]').click();
  await page.clock.runFor(REVEAL_MS);
  await expect(ex).toHaveAttribute('data-verdict', /right|wrong/);
  const failed = simulate('nonblocking', e.scenario).stats.failedPolls;
  await expect(ex.locator('[data-out]')).toContainText(`${failed} failed polls, one every ${e.scenario.pollEvery} ticks`);
  // Run left the demo alone; "step through it" gives it the experiment's P again, and it plays.
  await expect(poll).toHaveValue('7');
  await ex.locator('[data-open]').click();
  await expect(poll).toHaveValue(String(e.scenario.pollEvery));
  await expect(demo).toHaveAttribute('data-status', 'playing');
  expect(errors).toEqual([]);
});

/** Plays the page's model demo to its end on the test's clock; the top of what follows the demo at each moment. */
async function tops(page: Page, model: string): Promise<Set<number>> {
  const demo = page.locator(`.io-demo[data-demo="${model}"]`);
  const below = page.locator(`.demo[data-frame="${model}"] + *`);
  await wake(demo);
  await demo.locator('select').selectOption('2');
  await demo.locator('button.play').click();
  const seen = new Set([await topOf(below)]);
  // Every 0.1 s of the page's time: a tick lasts 0.25 s or more at 2× (a run takes about 5 s).
  for (let i = 0; i < 200 && (await demo.getAttribute('data-status')) === 'playing'; i++) {
    await page.clock.runFor(100);
    seen.add(await topOf(below));
  }
  await expect(demo).toHaveAttribute('data-status', 'done');
  return seen;
}

// At a phone's width, where the narration sits between the figure and what follows. The box's height is one CSS
// mechanism for every model (its longest sentence, hidden, in the same grid cell; tests/unit/narration-box.test.ts
// checks that sentence is the longest of every model in both languages), so one model per language plays here.
for (const { locale, prefix } of LOCALES) {
  test(`${locale}, 390 px: nothing under a playing demo moves`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.clock.install();
    for (const model of [locale === 'en' ? 'nonblocking' : 'signal-driven']) {
      await page.goto(`${prefix}models/${model}/`);
      await holdTime(page);
      expect([...(await tops(page, model))], model).toHaveLength(1);
    }
  });
}
