/**
 * Playback, on Playwright's clock: time in the page moves only when a test moves it (page.clock), never by
 * waiting. A demo hydrates to exactly the figure the server drew (tests/built holds that figure against the
 * simulator), plays through the middle of its run to its end on one clock, and ends on that figure again;
 * with reduced motion it steps one event at a time, never sweeping through fractions of a tick.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { MODELS } from '~/sim/index';
import { LOCALES } from './routes';
import { watchErrors } from './watch';
import { wake } from './wake';
import { holdTime } from './time';

/** The figure's markup with the per-render ids ($props.id) taken out. */
async function svgOf(root: Locator): Promise<string> {
  // Without the drag handles, which only a live island draws (there is nothing to drag without JavaScript).
  const html = await root.locator('svg.timeline').first().evaluate((s) => {
    const c = s.cloneNode(true) as SVGSVGElement;
    for (const h of c.querySelectorAll('[data-handle]')) h.remove();
    return c.outerHTML;
  });
  return html.replace(/id="[^"]*"|url\(#[^)]*\)/g, '');
}

/** What the figure draws, as data: each lane span, phase bracket and event with its ticks. */
function drawn(root: Locator): Promise<string[]> {
  return root.locator('[data-lane], [data-phase], [data-event]').evaluateAll((els) =>
    els.map((e) => ['lane', 'state', 'phase', 'event', 'from', 'to'].map((k) => e.getAttribute(`data-${k}`)).join(' ')));
}

/**
 * Wakes the demo, checks it drew the server's figure, plays it at 4× on the clock, and checks it is mid-run halfway
 * (a run lasts about 10 s at 1×, 2.5 s at 4×) and back on the whole figure at the end. `cols` are the comparison's
 * columns. (The scrubber at 1× is the next test's.)
 */
async function playThrough(page: Page, root: Locator, cols: Locator[] = []): Promise<void> {
  const server = await svgOf(root);
  const whole = await drawn(root);
  const total = await root.locator('[data-event]').count();
  expect(total).toBeGreaterThan(3);
  await wake(root);
  expect(await svgOf(root), 'the island draws the figure the server drew').toBe(server);
  await holdTime(page);
  await root.locator('select').first().selectOption('4');
  await root.locator('button.play').click();
  await expect(root).toHaveAttribute('data-status', 'playing');
  await page.clock.runFor(1250);
  await expect(root).toHaveAttribute('data-status', 'playing');
  // Halfway: some of the run is drawn, not all of it.
  const events = await root.locator('[data-event]').count();
  expect(events, 'halfway, some events').toBeGreaterThan(0);
  expect(events, 'halfway, not every event yet').toBeLessThan(total);
  expect(await root.locator('[data-lane="app"]').count(), 'halfway, the process lane is drawn').toBeGreaterThan(0);
  await page.clock.runFor(1500);
  await expect(root).toHaveAttribute('data-status', 'done');
  for (const c of cols) await expect(c).toHaveAttribute('data-status', 'done');
  expect(await drawn(root), 'at the end, the whole run again').toEqual(whole);
}

for (const l of LOCALES) {
  // Every model in English; in Chinese one model and the comparison, whose strings differ, not their code.
  const models = l.locale === 'en' ? MODELS : (['signal-driven'] as const);
  test(`${l.locale}: each model demo hydrates to the server's figure and plays through to it on the clock`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.clock.install();
    for (const m of models) {
      await page.goto(`${l.prefix}models/${m}/`);
      const demo = page.locator(`.io-demo[data-demo="${m}"]`);
      await playThrough(page, demo);
    }
    expect(errors).toEqual([]);
  });

  test(`${l.locale}: the five-column comparison plays on one clock`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.clock.install();
    await page.goto(`${l.prefix}summary/`);
    const compare = page.locator('[data-demo-compare]');
    const cols = await compare.locator('[data-model]').all();
    expect(cols).toHaveLength(5);
    await playThrough(page, compare, cols);
    expect(errors).toEqual([]);
  });
}

test('mid-play, a model demo shows part of its run and the scrubber follows the clock', async ({ page }) => {
  await page.clock.install();
  await page.goto('models/blocking/');
  const demo = page.locator('.io-demo[data-demo="blocking"]');
  await wake(demo);
  const total = await demo.locator('[data-event]').count();
  await holdTime(page);
  await demo.locator('button.play').click();
  const seen: number[] = [];
  for (let k = 0; k < 12; k++) {
    await page.clock.runFor(1000);
    seen.push(Number((await demo.locator('output').textContent())!.split('/')[0]));
  }
  // The scrubber's tick never goes back, moves several times, and reaches the end as the status says done.
  expect(seen.every((t, i) => i === 0 || t >= seen[i - 1]!), seen.join(',')).toBe(true);
  expect(new Set(seen).size).toBeGreaterThan(5);
  await expect(demo).toHaveAttribute('data-status', 'done');
  await expect(demo.locator('[data-event]')).toHaveCount(total);
});

test('reduced motion steps one event at a time, each drawn to a whole tick, never sweeping', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.clock.install();
  await page.goto('models/blocking/');
  const demo = page.locator('[data-demo="blocking"]');
  await wake(demo);
  await expect(demo).toHaveAttribute('data-motion', 'reduce');
  await holdTime(page);
  await demo.locator('button.play').click();
  // Every 70 ms of the page's time (steps come at most every 120 ms): the scrubber's tick, the events drawn, the
  // ends of the process lane.
  const samples: { tick: number; events: number; ends: number[]; done: boolean }[] = [];
  for (let k = 0; k < 300 && !samples.at(-1)?.done; k++) {
    await page.clock.runFor(70);
    samples.push(await demo.evaluate((d) => ({
      tick: Number(d.querySelector('output')!.textContent!.split('/')[0]),
      events: d.querySelectorAll('[data-event]').length,
      ends: [...d.querySelectorAll('[data-lane="app"]')].map((e) => Number(e.getAttribute('data-to'))),
      done: d.getAttribute('data-status') === 'done',
    })));
  }
  await expect(demo).toHaveAttribute('data-status', 'done');
  const ends = samples.flatMap((s) => s.ends);
  expect(ends.length).toBeGreaterThan(0);
  expect(ends.every(Number.isInteger), `every drawn end is a whole tick: ${ends.join(',')}`).toBe(true);
  // The cursor moves only from event to event: whenever the tick changes, exactly one more event is drawn (a sweep
  // would move the tick between events), and the events come one at a time.
  const moves = samples.slice(1).map((s, i) => ({ tick: s.tick !== samples[i]!.tick, events: s.events - samples[i]!.events }));
  expect(moves.filter((m) => m.tick || m.events !== 0).every((m) => m.events === 1), JSON.stringify(samples.map((s) => [s.tick, s.events]))).toBe(true);
  expect(moves.filter((m) => m.events === 1).length).toBeGreaterThan(2);
});
