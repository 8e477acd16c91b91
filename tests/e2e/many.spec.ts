/**
 * The two "Going further" islands in the browser, behaviour only (what they draw at their defaults is
 * tests/built/many.test.ts's): the lab steps tick by tick on Playwright's clock and narrates each tick, its live
 * region silent while playing; a toggle changes the verdict the simulator gives; the N slider moves the price
 * figure; the arrivals slider moves the packets but not epoll's ready list or its wait. One page load per test.
 */
import { expect, test } from '@playwright/test';
import { DEFAULT_LAB, labVerdict, simulateLab } from '../../src/sim/epoll-lab';
import { waitPrice } from '../../src/sim/many-price';
import { holdTime } from './time';
import { wake } from './wake';
import { watchErrors } from './watch';

test('the lab steps, narrates each tick, plays on the clock, and a toggle changes the verdict', async ({ page }) => {
  const errors = watchErrors(page);
  await page.clock.install();
  await page.goto('further/level-edge/');
  await holdTime(page);
  const lab = page.locator('[data-demo="epoll-lab"]');
  await wake(lab);
  const narr = lab.locator('.narr');
  const spoken = lab.locator('.spoken');
  // Next from idle shows tick 0; five more reach tick 5, where level-triggered reports again and edge-triggered sleeps.
  for (let i = 0; i < 6; i++) await lab.getByRole('button', { name: 'Next' }).click();
  await expect(narr).toContainText('Tick 5.');
  await expect(narr).toContainText('wait 2 returns 1 event');
  await expect(narr).toContainText('wait 2 finds the ready list empty and sleeps');
  await expect(spoken).toContainText('Tick 5. Level-triggered: wait 2 returns 1 event');
  await expect(lab.locator('[data-run="et"] g.row.current')).toHaveAttribute('data-kind', 'timeout');
  // Play: the cursor moves only as the clock runs, and the live region is silent meanwhile.
  await lab.getByRole('button', { name: 'Play' }).click();
  await expect(lab).toHaveAttribute('data-status', 'playing');
  await expect(spoken).toHaveText('');
  await page.clock.runFor(20_000);
  await expect(lab).toHaveAttribute('data-status', 'done');
  await expect(spoken).not.toHaveText('');
  // Read until EAGAIN: nothing is stranded, so edge-triggered's verdict changes from 'stranded' to 'empty'.
  const et = lab.locator('[data-run="et"]');
  await expect(et.locator('.verdict')).toHaveAttribute('data-verdict', 'stranded');
  await lab.getByLabel('Read until EAGAIN').check();
  const drained = labVerdict(simulateLab({ ...DEFAULT_LAB, mode: 'et', drain: true }));
  await expect(et).toHaveAttribute('data-buffered', String(drained.bufferedAtSecondWait));
  await expect(et.locator('.verdict')).toHaveAttribute('data-verdict', 'empty');
  await expect(et.locator('[data-kind="eagain"]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('the N slider moves the price figure, through the simulator\'s clamp', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('further/many-sockets/');
  const demo = page.locator('[data-demo="many-price"]');
  await wake(demo);
  const n = demo.locator('input[name="n"]');
  await n.fill('400');
  await expect(demo).toHaveAttribute('data-n', '10000');
  const svg = demo.locator('svg.price');
  await expect(svg).toHaveAttribute('data-n', '10000');
  await expect(svg.locator('[data-measure="kernelExamines"] [data-api="select"]')).toHaveAttribute('data-value', 'wall');
  await expect(svg.locator('[data-measure="bytesIn"] [data-api="poll"]')).toHaveAttribute('data-value', String(waitPrice('poll', 10_000, 10).bytesIn));
  await expect(svg.locator('[data-beyond]').first()).toBeVisible();
  await n.fill('100');
  await expect(svg).toHaveAttribute('data-n', '10');
  await expect(demo).toHaveAttribute('data-k', '10');
  await expect(svg.locator('[data-beyond]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the arrivals slider moves the packets, not epoll\'s ready list nor any wait\'s price', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('further/many-sockets/');
  const demo = page.locator('[data-demo="many-price"]');
  await wake(demo);
  const svg = demo.locator('svg.price');
  const packets = svg.locator('[data-count="packets"]');
  const entries = svg.locator('[data-count="entries"]');
  const value = (measure: string, api: string) => svg.locator(`[data-measure="${measure}"] [data-api="${api}"]`);
  const before = waitPrice('poll', 1000, 10, 1000);
  await expect(packets).toHaveAttribute('data-value', '1000');
  const p = demo.locator('input[name="p"]');
  await expect(p).toHaveAttribute('max', '2560');
  // The simulator's clamp: P at most 256 × K.
  await p.fill('2560');
  await expect(demo).toHaveAttribute('data-p', '2560');
  await expect(packets).toHaveAttribute('data-value', '2560');
  await expect(entries).toHaveAttribute('data-value', '10');
  await expect(value('kernelExamines', 'epoll')).toHaveAttribute('data-value', '10');
  await expect(value('bytesOut', 'epoll')).toHaveAttribute('data-value', '120');
  await expect(value('bytesIn', 'poll')).toHaveAttribute('data-value', String(before.bytesIn));
  await expect(value('kernelExamines', 'select')).toHaveAttribute('data-value', '1000');
  await expect(demo.getByRole('status')).toContainText('2,560');
  await p.fill('10');
  await expect(packets).toHaveAttribute('data-value', '10');
  await expect(entries).toHaveAttribute('data-value', '10');
  // No descriptor ready: no packets, and the slider has nothing to move.
  await demo.locator('input[name="k"]').fill('0');
  await expect(demo).toHaveAttribute('data-p', '0');
  await expect(p).toBeDisabled();
  expect(errors).toEqual([]);
});
