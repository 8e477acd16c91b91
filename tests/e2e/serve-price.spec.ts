/**
 * The serve demo (/models/multiplexing/) and the price-of-polling chart (/models/nonblocking/) against the
 * built site: what they draw is compared with the simulator run here, in the test (serveConnections,
 * simulate); the first touch that wakes an island (client:interact) is held back from hydrating until it
 * has acted, and must still apply. (Their figures without JavaScript are tests/built's; their fit at phone widths
 * is pages.spec.ts's.)
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { serveConnections } from '../../src/sim/serve';
import { simulate } from '../../src/sim/simulate';
import type { ServeMode } from '../../src/sim/types';
import { watchErrors } from './watch';

const MODES: ServeMode[] = ['blocking', 'thread-per-connection', 'multiplexing'];
const C = 1;
const X = 1;

/** What each connection's row says: arrival, start of service, completion. */
async function rowsOf(serve: Locator, mode: ServeMode) {
  return serve.locator(`[data-mode="${mode}"] [data-conn]`).evaluateAll((els) => els.map((e) => ({
    from: Number(e.getAttribute('data-from')),
    start: Number(e.getAttribute('data-start')),
    to: Number(e.getAttribute('data-to')),
    waits: e.querySelectorAll('.seg.wait, .runnable').length,
  })));
}

/** What each thread does, as drawn (ThreadRow.svelte): per thread its spans, and where each select returns. */
async function threadsOf(serve: Locator, mode: ServeMode) {
  return serve.locator(`[data-mode="${mode}"]`).evaluate((m) => ({
    lanes: [...m.querySelectorAll('g.thread')].map((t) => [...t.querySelectorAll('g.ts')].map((g) => {
      const on = g.getAttribute('data-on');
      const x = { doing: g.getAttribute('data-doing'), from: Number(g.getAttribute('data-from')), to: Number(g.getAttribute('data-to')) };
      return on === null ? x : { ...x, conn: Number(on) };
    })),
    returns: [...m.querySelectorAll('[data-returns]')].map((e) => Number(e.getAttribute('data-returns'))),
  }));
}

/** Every mode's rows and threads against serveConnections for these arrivals (service C + X, waiting before it). */
async function expectServed(serve: Locator, arrivals: number[]): Promise<void> {
  for (const mode of MODES) {
    const r = serveConnections(mode, { arrivals, copy: C, process: X });
    await expect.poll(() => rowsOf(serve, mode), `${mode}, A = [${arrivals}]`).toEqual(arrivals.map((a, i) => ({
      from: a, start: r.completions[i]! - C - X, to: r.completions[i], waits: r.completions[i]! - C - X > a ? 1 : 0,
    })));
    await expect(serve.locator(`td[data-stat="makespan"][data-col="${mode}"]`)).toHaveText(String(r.makespan));
    await expect(serve.locator(`td[data-stat="latency"][data-col="${mode}"]`)).toHaveText(r.meanLatency.toFixed(1));
    // The thread lanes are redrawn with the bars.
    await expect.poll(() => threadsOf(serve, mode), `${mode} threads, A = [${arrivals}]`)
      .toEqual({ lanes: r.lanes, returns: r.selects.map((c) => c.returns) });
  }
}

/** What the price chart should say for A and P, from the simulator run here. */
function expected(a: number, p: number) {
  const s = simulate('nonblocking', { arrival: a, copy: 1, pollEvery: p, pollCost: 1 }).stats;
  const late = s.detectLag === 0 ? 'at once' : s.detectLag === 1 ? '1 tick late' : `${s.detectLag} ticks late`;
  return {
    s,
    text: `With A = ${a} and P = ${p}: ${s.failedPolls} failed polls waste ${s.wastedCpu} ticks of CPU, and the datagram is noticed ${late}.`,
  };
}

/** Drags a range input's thumb from its value to `to` (0..1 of its width) with the mouse, as a reader does. */
async function drag(page: Page, range: Locator, to: number): Promise<void> {
  const box = (await range.boundingBox())!;
  const [v, min, max] = await range.evaluate((e: HTMLInputElement) => [Number(e.value), Number(e.min), Number(e.max)]);
  // The thumb of a range sits in from each end by half its width (its height here).
  const x = (f: number) => box.x + box.height / 2 + (box.width - box.height) * f;
  const y = box.y + box.height / 2;
  await page.mouse.move(x((v - min) / (max - min)), y);
  await page.mouse.down();
  await page.mouse.move(x(to), y, { steps: 5 });
  await page.mouse.up();
}

/** Holds an island's script until release(), so a test can act before the island hydrates. */
async function holdScript(page: Page, name: string) {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const state = { requested: false, release };
  await page.route(new RegExp(`/${name}\\.[\\w-]+\\.js$`), async (route) => {
    state.requested = true;
    await held;
    await route.continue();
  });
  return state;
}

/** The nonblocking page with the price chart's script held: the chart, its island and the hold, scrolled into view. */
async function heldPriceChart(page: Page) {
  const script = await holdScript(page, 'PollingPriceIsland');
  await page.goto('models/nonblocking/');
  const price = page.locator('[data-demo="polling-price"]');
  const island = page.locator('astro-island', { has: price });
  await price.scrollIntoViewIfNeeded();
  return { script, price, island };
}

test('a scenario clicked before the serve demo hydrates is applied, and every preset draws its arrivals', async ({ page }) => {
  const errors = watchErrors(page);
  const script = await holdScript(page, 'ServeIsland');
  await page.goto('models/multiplexing/');
  const serve = page.locator('[data-demo="serve"]');
  const island = page.locator('astro-island', { has: serve });
  await serve.scrollIntoViewIfNeeded();
  // The server's figure is the default scenario, a late first connection (head-of-line blocking).
  await expect(serve.getByRole('radio', { name: 'A late first connection' })).toBeChecked();
  await expectServed(serve, [10, 0, 0, 0]);
  // The click wakes the island, whose script is held: the click lands before hydration.
  await serve.getByRole('radio', { name: 'All ready at once' }).click();
  await expect.poll(() => script.requested).toBe(true);
  await expect(island).toHaveAttribute('ssr');
  script.release();
  await expect(island).not.toHaveAttribute('ssr');
  await expect(serve.getByRole('radio', { name: 'All ready at once' })).toBeChecked();
  await expectServed(serve, [0, 0, 0, 0]);
  // The text's numbers: all three finish at [2, 4, 6, 8].
  await expect(serve.locator('td[data-stat="finish"]')).toHaveText(['2 · 4 · 6 · 8', '2 · 4 · 6 · 8', '2 · 4 · 6 · 8']);
  await serve.getByRole('radio', { name: 'One at a time' }).click();
  await expectServed(serve, [0, 3, 6, 9]);
  await serve.getByRole('radio', { name: 'A late first connection' }).click();
  await expectServed(serve, [10, 0, 0, 0]);
  await expect(serve.locator('td[data-stat="finish"]')).toHaveText(['12 · 14 · 16 · 18', '12 · 2 · 4 · 6', '12 · 2 · 4 · 6']);
  expect(errors).toEqual([]);
});

test('a lane dragged before the serve demo hydrates is applied once it is live', async ({ page }) => {
  const errors = watchErrors(page);
  const serveScript = await holdScript(page, 'ServeIsland');
  await page.goto('models/multiplexing/');
  const serve = page.locator('[data-demo="serve"]');
  await serve.scrollIntoViewIfNeeded();
  // The pointer arriving over the lane wakes the island, whose script is held: the whole drag lands before hydration.
  const lane1 = serve.getByRole('slider', { name: 'Connection 1 ready at' });
  // In the middle of the screen, clear of the sticky header, which slides back in on any upward scroll.
  await lane1.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await drag(page, lane1, 0.4);
  const arrival = Number(await lane1.inputValue());
  expect(arrival).toBeGreaterThan(0);
  expect(arrival).toBeLessThanOrEqual(20);
  await expect.poll(() => serveScript.requested).toBe(true);
  await expect(page.locator('astro-island', { has: serve })).toHaveAttribute('ssr');
  serveScript.release();
  await expect(serve).toHaveAttribute('data-live', 'true', { timeout: 30_000 });
  await expectServed(serve, [10, arrival, 0, 0]);
  await expect(serve.locator('.lane .val').nth(1)).toHaveText(String(arrival));
  await expect(lane1).toHaveValue(String(arrival));
  expect(errors).toEqual([]);
});

test('sliders moved by keys and by mouse before the price chart hydrates are applied once it is live', async ({ page }) => {
  const errors = watchErrors(page);
  const { script: priceScript, price, island } = await heldPriceChart(page);
  // A by the keyboard (focus wakes the island), then P dragged with the mouse, both before hydration.
  const sliderA = price.getByRole('slider', { name: /^Data ready at tick A/ });
  const sliderP = price.getByRole('slider', { name: /^Poll every P ticks/ });
  await sliderA.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(sliderA).toHaveValue('120');
  await drag(page, sliderP, 0.7);
  const p = Number(await sliderP.inputValue());
  expect(p).toBeGreaterThan(7);
  await expect.poll(() => priceScript.requested).toBe(true);
  await expect(island).toHaveAttribute('ssr');
  priceScript.release();
  await expect(island).not.toHaveAttribute('ssr');
  await expect(price.locator('p.at')).toHaveText(expected(120, p).text);
  await expect(price).toHaveAttribute('data-p', String(p));
  await expect(price).toHaveAttribute('data-a', '120');
  await expect(sliderP).toHaveValue(String(p));
  await expect(sliderA).toHaveValue('120');
  expect(errors).toEqual([]);
});

test('waiting and being served are drawn apart, and a late first arrival makes the others wait only when blocking', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('models/multiplexing/');
  const serve = page.locator('[data-demo="serve"]');
  await serve.hover();
  await expect(page.locator('astro-island', { has: serve })).not.toHaveAttribute('ssr');
  const lane = (i: number) => serve.getByRole('slider', { name: `Connection ${i} ready at` });
  for (const [i, v] of [[0, 15], [2, 2], [3, 4]] as const) await lane(i).fill(String(v));
  // No preset matches any more: none is checked.
  await expect(serve.getByRole('radio', { checked: true })).toHaveCount(0);
  await expectServed(serve, [15, 0, 2, 4]);
  // Blocking: connections 1-3 are ready early but wait until connection 0 (ready at 15) is served.
  const blocking = await rowsOf(serve, 'blocking');
  expect(blocking.slice(1).every((r) => r.waits === 1 && r.start >= blocking[0]!.to)).toBe(true);
  // Readiness order: nobody waits.
  expect((await rowsOf(serve, 'multiplexing')).map((r) => r.waits)).toEqual([0, 0, 0, 0]);
  // Waiting is a light fill in a dashed outline, the service solid: different paint, and the wait ends
  // where the copy starts.
  const row = serve.locator('[data-mode="blocking"] [data-conn="1"]');
  const paint = (sel: string) => row.locator(sel).evaluate((e) => {
    const s = getComputedStyle(e);
    const r = e.getBoundingClientRect();
    return { fill: s.fill, dash: s.strokeDasharray, stroke: s.stroke, left: r.left, right: r.right };
  });
  const wait = await paint('.seg.wait');
  const copy = await paint('.seg.copy');
  const proc = await paint('.seg.proc');
  expect(wait.dash).not.toBe('none');
  expect(wait.stroke).not.toBe('none');
  expect(copy.dash).toBe('none');
  expect(proc.dash).toBe('none');
  expect(new Set([wait.fill, copy.fill, proc.fill]).size).toBe(3);
  expect(Math.abs(wait.right - copy.left)).toBeLessThan(1);
  expect(wait.right - wait.left).toBeGreaterThan(copy.right - copy.left);
  // The legend names it, drawn the same way: a dashed outline.
  const key = await serve.locator('.key .sw-ready').evaluate((e) => getComputedStyle(e).borderTopStyle);
  expect(key).toBe('dashed');
  expect(errors).toEqual([]);
});

test('the price of polling follows P and A: sentence, marker and table against the simulator', async ({ page }) => {
  const errors = watchErrors(page);
  const { script, price, island } = await heldPriceChart(page);
  const sentence = price.locator('p.at');
  await expect(sentence).toHaveText(expected(100, 7).text);
  // The slider moved by the touch that wakes the island counts once it hydrates.
  await price.getByRole('slider', { name: /^Poll every P ticks/ }).fill('13');
  await expect.poll(() => script.requested).toBe(true);
  await expect(island).toHaveAttribute('ssr');
  script.release();
  await expect(island).not.toHaveAttribute('ssr');
  await expect(sentence).toHaveText(expected(100, 13).text);

  for (const [a, p] of [[150, 4], [50, 30], [200, 1], [70, 9]] as const) {
    await price.getByRole('slider', { name: /^Data ready at tick A/ }).fill(String(a));
    await price.getByRole('slider', { name: /^Poll every P ticks/ }).fill(String(p));
    const { s, text } = expected(a, p);
    await expect(sentence).toHaveText(text);
    await expect(price).toHaveAttribute('data-p', String(p));
    // The marker sits at P on the x axis and at the value on the y axis, read off the drawn tick labels.
    const drawn = await price.evaluate((el) => {
      const mid = (e: Element) => { const r = e.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; };
      const plot = el.querySelector('.plot')!.getBoundingClientRect();
      const ticks = [...el.querySelectorAll('.yticks span')].map((t) => ({ v: Number(t.textContent), y: mid(t).y }));
      return { plot: { left: plot.left, width: plot.width }, ticks, pw: mid(el.querySelector('.pw')!), pl: mid(el.querySelector('.pl')!) };
    });
    const zero = drawn.ticks.find((t) => t.v === 0)!;
    const top = drawn.ticks.reduce((m, t) => (t.v > m.v ? t : m));
    const yOf = (v: number) => zero.y + ((top.y - zero.y) * v) / top.v;
    const xOf = drawn.plot.left + (drawn.plot.width * (p - 1)) / 29;
    expect(Math.abs(drawn.pw.x - xOf), `wasted marker x at P = ${p}`).toBeLessThan(1.5);
    expect(Math.abs(drawn.pl.x - xOf), `lag marker x at P = ${p}`).toBeLessThan(1.5);
    expect(Math.abs(drawn.pw.y - yOf(s.wastedCpu)), `wasted marker y, ${s.wastedCpu}`).toBeLessThan(1.5);
    expect(Math.abs(drawn.pl.y - yOf(s.detectLag)), `lag marker y, ${s.detectLag}`).toBeLessThan(1.5);
    // The table follows A, and marks the row of P.
    await expect(price.locator('tbody tr')).toHaveCount(30);
    await expect(price.locator('tbody tr.on th')).toHaveText(String(p));
    await expect(price.locator('tbody tr.on td')).toHaveText([String(s.wastedCpu), String(s.detectLag)]);
    const first = simulate('nonblocking', { arrival: a, copy: 1, pollEvery: 1, pollCost: 1 }).stats;
    await expect(price.locator('tbody tr').nth(0).locator('td')).toHaveText([String(first.wastedCpu), String(first.detectLag)]);
  }
  expect(errors).toEqual([]);
});

test('the y axis title of the price chart sits clear of its tick labels', async ({ page }) => {
  await page.goto('models/nonblocking/');
  const price = page.locator('[data-demo="polling-price"]');
  const boxes = await price.evaluate((el) => [el.querySelector('.ytitle')!, ...el.querySelectorAll('.yticks span')].map((e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  }));
  const [title, ...ticks] = boxes;
  for (const t of ticks) {
    const overlap = !(t.bottom <= title!.top || t.top >= title!.bottom || t.right <= title!.left || t.left >= title!.right);
    expect(overlap).toBe(false);
  }
});
