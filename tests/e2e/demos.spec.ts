/**
 * The model demos' behaviour in the browser: stepping by buttons and keys, the address that restores a demo,
 * bad input in it, layout that does not move on hydration, the serve demo's first touch and drag, a first touch
 * that acts once its island is live, and Save as SVG. What the figures draw is checked on the built files
 * (tests/built) and their playback on Playwright's clock (playback.spec.ts).
 */
import { expect, test, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LOCALES } from './routes';
import { watchErrors } from './watch';
import { wake } from './wake';
import { holdTime, twoFrames } from './time';

type Verdict = { wait: boolean; copy: boolean };

/**
 * Whether the drawn app column is blocked throughout each drawn phase bracket. Also checks that the
 * spans cover each phase completely, so a figure that draws too little cannot pass by accident.
 */
async function verdictOf(root: Locator): Promise<Verdict> {
  return root.evaluate((el) => {
    const num = (e: Element, a: string) => Number(e.getAttribute(a));
    const spans = [...el.querySelectorAll('[data-lane="app"]')].map((s) => ({
      state: s.getAttribute('data-state'), from: num(s, 'data-from'), to: num(s, 'data-to'),
    }));
    const verdict: Record<string, boolean> = { wait: false, copy: false };
    for (const p of el.querySelectorAll('[data-phase]')) {
      const phase = p.getAttribute('data-phase') as string;
      const from = num(p, 'data-from');
      const to = num(p, 'data-to');
      const over = spans.filter((s) => s.from < to && s.to > from);
      const covered = over.reduce((n, s) => n + Math.min(s.to, to) - Math.max(s.from, from), 0);
      if (covered !== to - from) throw new Error(`${phase} phase [${from},${to}) is covered for ${covered} ticks only`);
      verdict[phase] = to > from && over.every((s) => s.state === 'wait' || s.state === 'copy');
    }
    return verdict as Verdict;
  });
}

// Every key in English; in Chinese the same code, checked for its button's name and a new sentence per step.
for (const l of LOCALES) {
  test(`${l.locale}: Next reveals one event at a time, narrating each; keys step, restart, finish and play again`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.clock.install();
    await page.goto(`${l.prefix}models/multiplexing/`);
    const demo = page.locator('[data-demo="multiplexing"]');
    await wake(demo);
    // From here the page's time moves only when the test moves it.
    await holdTime(page);
    const total = await demo.locator('[data-event]').count();
    expect(total).toBeGreaterThan(3);
    const narr = demo.locator('[aria-live="polite"]');
    const seen = new Set([await narr.textContent()]);
    const next = demo.getByRole('button', { name: l.locale === 'en' ? 'Next event' : '下一个事件' });
    for (let k = 1; k <= (l.locale === 'en' ? 3 : 2); k++) {
      await next.click();
      await expect(demo.locator('[data-event]')).toHaveCount(k);
      await expect(demo).toHaveAttribute('data-status', 'paused');
      const text = await narr.textContent();
      expect(seen.has(text), `narration after step ${k} is new`).toBe(false);
      seen.add(text);
    }
    // One line marked, the current event's (src/code/line-map.ts): select's two events, then its return.
    await expect(demo.locator('.code .hl')).toHaveCount(1);
    await expect(demo.locator('.code .hl')).toContainText(l.locale === 'en' ? 'FD_ISSET' : 'select(maxfd');
    if (l.locale !== 'en') return void expect(errors).toEqual([]);
    await demo.locator('.figbox').focus();
    await page.keyboard.press('ArrowRight');
    await expect(demo.locator('[data-event]')).toHaveCount(4);
    await page.keyboard.press('ArrowLeft');
    await expect(demo.locator('[data-event]')).toHaveCount(3);
    await page.keyboard.press('Home');
    await expect(demo.locator('[data-event]')).toHaveCount(0);
    await expect(demo.locator('[data-lane="app"]')).toHaveCount(0);
    await page.keyboard.press('End');
    await expect(demo.locator('[data-event]')).toHaveCount(total);
    await expect(demo).toHaveAttribute('data-status', 'done');
    await expect(demo.locator('.code .hl')).toHaveCount(1);
    await expect(demo.locator('.code .hl')).toContainText('return n;');
    // The code's box (about a dozen lines) has scrolled to keep that line, near its end, in view.
    const [box, line] = await Promise.all([demo.locator('pre.code').boundingBox(), demo.locator('.code .hl').boundingBox()]);
    expect(line!.y, 'the marked line is inside the code box').toBeGreaterThanOrEqual(box!.y);
    expect(line!.y + line!.height).toBeLessThanOrEqual(box!.y + box!.height);
    // Space at the end plays again from tick 0; the clock is held, so it is playing with nothing drawn yet.
    await page.keyboard.press(' ');
    await expect(demo).toHaveAttribute('data-status', 'playing');
    await expect(demo.locator('[data-event]')).toHaveCount(0);
    await page.keyboard.press(' ');
    await expect(demo).toHaveAttribute('data-status', 'paused');
    expect(errors).toEqual([]);
  });
}

test('the hash restores parameters and step after a reload; the figure\'s handles drag A and P', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('models/nonblocking/');
  const demo = page.locator('[data-demo="nonblocking"]');
  await wake(demo);
  const poll = demo.getByRole('spinbutton', { name: 'Poll every (P)' });
  await poll.fill('5');
  await poll.press('Enter');
  await demo.getByRole('button', { name: 'Next event' }).click();
  await demo.getByRole('button', { name: 'Next event' }).click();
  await demo.getByRole('button', { name: 'Next event' }).click();
  await expect(page).toHaveURL(/#arrival=10&copy=2&poll=5&step=3$/);
  const drawn = () => demo.locator('[data-lane], [data-phase], [data-event]').evaluateAll((els) =>
    els.map((e) => ['lane', 'state', 'phase', 'event', 'from', 'to'].map((k) => e.getAttribute(`data-${k}`)).join(' ')));
  const before = await drawn();
  await page.reload();
  // A shared state in the address wakes the demo at once, untouched.
  await expect(demo).toHaveAttribute('data-live', 'true');
  await expect(demo.locator('[data-event]')).toHaveCount(3);
  await expect(poll).toHaveValue('5');
  await expect(demo).toHaveAttribute('data-status', 'paused');
  expect(await drawn()).toEqual(before);

  // The live figure's handles: a drag on the kernel lane sets A tick by tick, a key steps it, a drag of the second
  // poll sets P; each through the sliders' bounds, the figure redrawn from the new run.
  const svg = demo.locator('svg.timeline');
  const px = await svg.evaluate((s) => (s.getBoundingClientRect().width / (s as SVGSVGElement).viewBox.baseVal.width) * Number(s.getAttribute('data-tick')));
  const drag = async (handle: Locator, ticks: number) => {
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + ticks * px, { steps: 4 });
    await page.mouse.up();
  };
  const arrivalHandle = svg.getByRole('slider', { name: 'Datagram ready at (A)' });
  await expect(arrivalHandle).toHaveAttribute('aria-valuenow', '10');
  await expect(arrivalHandle).toHaveAttribute('aria-valuemax', '100');
  await drag(arrivalHandle, 3);
  await expect(demo.getByRole('spinbutton', { name: 'Datagram ready at (A)' })).toHaveValue('13');
  // The paused demo shows the run up to its step: End shows all of it, the kernel's 'ready' box included.
  await demo.locator('.figbox').press('End');
  await expect(demo.locator('[data-lane="kernel"][data-state="ready"]')).toHaveAttribute('data-from', '13');
  await arrivalHandle.press('ArrowUp');
  await expect(arrivalHandle).toHaveAttribute('aria-valuenow', '12');
  await expect(arrivalHandle).toBeFocused();
  await demo.locator('.figbox').press('End');
  await expect(demo.locator('[data-lane="kernel"][data-state="ready"]')).toHaveAttribute('data-from', '12');
  const pollHandle = svg.getByRole('slider', { name: 'Poll every (P)' });
  await drag(pollHandle, -2);
  await expect(poll).toHaveValue('3');
  await expect(pollHandle).toHaveAttribute('aria-valuenow', '3');
  await expect(page).toHaveURL(/#arrival=12&copy=2&poll=3/);
  expect(errors).toEqual([]);
});

test('garbage in the hash or a box gives a valid figure and a visible note, and runs nothing', async ({ page }) => {
  const errors = watchErrors(page);
  for (const hash of ['#arrival=-5&copy=abc', '#arrival=1e9&copy=%3Cscript%3Ealert(1)%3C%2Fscript%3E&step=<img src=x onerror=alert(2)>']) {
    await page.goto(`zh/models/blocking/${hash}`);
    const demo = page.locator('[data-demo="blocking"]');
    await wake(demo);
    await expect(demo.locator('.notes span').first()).toBeVisible();
    await expect(demo.locator('[data-lane="app"]').first()).toBeAttached();
    // A = 0 (from -5) leaves no wait phase; A = 100 (from 10^9) is blocked in both.
    expect(await verdictOf(demo)).toEqual({ wait: !hash.includes('-5'), copy: true });
    await expect(demo.locator('script, img')).toHaveCount(0);
    expect(await demo.locator('.notes').textContent()).not.toContain('<');
  }
  const arrival = page.locator('[data-demo="blocking"]').getByRole('spinbutton', { name: /A/ });
  await expect(arrival).toHaveValue('100');
  await arrival.fill('-7');
  await arrival.press('Enter');
  await expect(arrival).toHaveValue('0');
  await expect(page.locator('[data-demo="blocking"] .notes span')).toContainText('0');
  expect(errors).toEqual([]);
});

test('the other kind of position in the hash (#t= on a model, #step= on the comparison) is noted, not dropped', async ({ page }) => {
  const errors = watchErrors(page);
  for (const [path, sel, note] of [
    ['models/blocking/#arrival=4&t=3', '[data-demo="blocking"]', 'time: this demo has no such position in its address; ignored.'],
    ['zh/summary/#arrival=4&step=3', '.io-compare', '步骤：此演示的地址里没有这一项，已忽略。'],
  ] as const) {
    await page.goto(path);
    const demo = page.locator(sel).first();
    await wake(demo);
    await expect(demo.locator('.notes span'), path).toHaveCount(1);
    await expect(demo.locator('.notes'), path).toContainText(note);
    // The keys it does read still apply.
    await expect(demo.getByRole('spinbutton').first(), path).toHaveValue('4');
  }
  expect(errors).toEqual([]);
});

test('hydration shifts no layout', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        const inDemo = (e.sources ?? []).some((s) => s.node instanceof Element && s.node.closest('.demo'));
        if (inDemo && !e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const path of ['models/blocking/', 'summary/', 'zh/models/multiplexing/']) {
    await page.goto(path);
    const demo = page.locator('.demo [data-demo], .demo [data-demo-compare]').first();
    await wake(demo);
    if (path.includes('multiplexing')) {
      // The serve demo wakes when the pointer comes over it (client:interact); Astro then drops `ssr`.
      const serve = page.locator('[data-demo="serve"]');
      await serve.hover();
      await expect(page.locator('astro-island', { has: serve })).not.toHaveAttribute('ssr');
    }
    // Two frames for any shift the island caused to be laid out and reported.
    await twoFrames(page);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), path).toBe(0);
    await expect(demo).toHaveAttribute('data-status', 'idle');
  }
});

test('the serve comparison loads its script on first touch, then follows edited arrivals', async ({ page }) => {
  const errors = watchErrors(page);
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  await page.goto('models/multiplexing/');
  const serve = page.locator('[data-demo="serve"]');
  const island = page.locator('astro-island', { has: serve });
  await serve.scrollIntoViewIfNeeded();
  const lanes = serve.getByRole('slider', { name: /Connection \d ready at/ });
  await expect(lanes).toHaveCount(4);
  // Seen but not touched: the figure is all there, the island has not hydrated, and its script has not loaded.
  await page.locator('[data-demo="multiplexing"] button.play').scrollIntoViewIfNeeded();
  await serve.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  await expect(island).toHaveAttribute('ssr');
  await expect(serve.locator('[data-mode="blocking"] [data-conn]')).toHaveCount(4);
  expect(scripts.filter((u) => /ServeIsland/.test(u))).toEqual([]);
  // The keyboard's way in: focusing a lane wakes the island.
  await lanes.first().focus();
  await expect(island).not.toHaveAttribute('ssr');
  expect(scripts.filter((u) => /ServeIsland/.test(u))).toHaveLength(1);
  for (const lane of await lanes.all()) await lane.fill('0');
  for (const mode of ['blocking', 'thread-per-connection', 'multiplexing']) {
    const ends = await serve.locator(`[data-mode="${mode}"] [data-conn]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-to')));
    expect(ends, mode).toEqual(['2', '4', '6', '8']);
  }
  // [0, 0, 0, 0] is one of the text's scenarios: its preset lights up.
  await expect(serve.getByRole('radio', { name: 'All ready at once' })).toBeChecked();
  expect(errors).toEqual([]);
});

test('dragging an arrival dot moves that connection, and its bars follow', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('models/multiplexing/');
  const serve = page.locator('[data-demo="serve"]');
  await serve.scrollIntoViewIfNeeded();
  const lane1 = serve.getByRole('slider', { name: /Connection 1 ready at/ });
  // In the middle of the screen, clear of the sticky header, which slides back in on any upward scroll.
  await lane1.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  const before = Number(await lane1.inputValue());
  const box = (await lane1.boundingBox())!;
  // The thumb of a range at `before` out of its max, in from each end by half the thumb (its height here).
  const max = Number(await lane1.getAttribute('max'));
  const at = { x: box.x + box.height / 2 + ((box.width - box.height) * before) / max, y: box.y + box.height / 2 };
  // The pointer arriving over the demo wakes it (client:interact); a press comes after that.
  await page.mouse.move(at.x, at.y);
  await expect(page.locator('astro-island', { has: serve })).not.toHaveAttribute('ssr');
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, at.y, { steps: 5 });
  await page.mouse.up();
  const after = Number(await lane1.inputValue());
  expect(after, `dragged from ${before}`).toBeGreaterThan(before);
  await expect(serve.locator('[data-mode="blocking"] [data-conn="1"]')).toHaveAttribute('data-from', String(after));
  await expect(serve.locator('.lane .val').nth(1)).toHaveText(String(after));
  expect(errors).toEqual([]);
});

test('a demo seen loads no script; the press, key or slide that wakes it acts once it is live', async ({ page }) => {
  const errors = watchErrors(page);
  // The page's own <script src> is the site script (theme, copy buttons, search); every other script is a demo's.
  const html = await (await page.request.get('models/blocking/')).text();
  const site = new URL(/<script type="module" src="([^"]+)"/.exec(html)![1]!, 'http://127.0.0.1/').pathname;
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script' && new URL(r.url()).pathname !== site) scripts.push(r.url()); });
  // The demos' scripts wait for the test to let them through, so each action surely comes before the island is live.
  let open = () => {};
  let gate = Promise.resolve();
  await page.route((url) => url.pathname.startsWith('/_astro/') && url.pathname.endsWith('.js') && url.pathname !== site, async (route) => {
    await gate;
    await route.continue();
  });
  const cases: [string, (demo: Locator) => Promise<void>, (demo: Locator) => Promise<void>][] = [
    ['Play, clicked', (d) => d.locator('button.play').click(), async (d) => {
      await expect(d).toHaveAttribute('data-status', /playing|done/);
    }],
    ['Play, from the keyboard', async (d) => {
      await d.locator('button.play').focus();
      await page.keyboard.press('Enter');
    }, async (d) => {
      await expect(d).toHaveAttribute('data-status', /playing|done/);
    }],
    ['→ on the figure', async (d) => {
      await d.locator('.figbox').focus();
      await page.keyboard.press('ArrowRight');
    }, async (d) => {
      await expect(d.locator('[data-event]')).toHaveCount(1);
      await expect(d).toHaveAttribute('data-status', 'paused');
    }],
    ['a parameter slider', async (d) => {
      await d.getByRole('slider', { name: 'Datagram ready at (A)', exact: true }).focus();
      await page.keyboard.press('ArrowRight');
    }, async (d) => {
      await expect(d.getByRole('spinbutton', { name: 'Datagram ready at (A)' })).toHaveValue('11');
      await expect(d.locator('[data-lane="kernel"][data-state="copying"]')).toHaveAttribute('data-from', '11');
    }],
    ['the scrubber', async (d) => {
      await d.getByRole('slider', { name: 'Time (ticks)' }).focus();
      await page.keyboard.press('Home');
    }, async (d) => {
      // Idle shows the whole run at its end; the scrubber's Home put the clock at tick 0, paused.
      await expect(d.locator('output')).toHaveText(/^0\//);
      await expect(d).toHaveAttribute('data-status', 'paused');
    }],
  ];
  for (const [what, act, check] of cases) {
    gate = new Promise((r) => (open = r));
    await page.goto('models/blocking/');
    const demo = page.locator('.io-demo');
    await demo.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    expect(scripts, `${what}: seen, untouched, no script`).toEqual([]);
    await expect(demo.locator('button.play'), what).toBeEnabled();
    await act(demo);
    await expect(demo, `${what} came before the island was live`).not.toHaveAttribute('data-live');
    open();
    await expect(demo).toHaveAttribute('data-live', 'true', { timeout: 30_000 });
    await check(demo);
    scripts.length = 0;
  }
  expect(errors).toEqual([]);
});

test('Save as SVG downloads a standalone figure', async ({ page }) => {
  await page.goto('models/async/');
  const demo = page.locator('[data-demo="async"]');
  await wake(demo);
  const [download] = await Promise.all([page.waitForEvent('download'), demo.getByRole('button', { name: 'Save as SVG' }).click()]);
  const text = readFileSync((await download.path()) as string, 'utf8');
  expect(text).toContain('<svg');
  expect(text).not.toContain('var(--');
  expect(text).toMatch(/data-lane="app"/);
  // It stands alone: a title, the parameters and a legend of its states, in words.
  expect(text).toContain('>Asynchronous I/O<');
  expect(text).toContain('Datagram ready at tick 10; the copy takes 2 ticks.');
  expect(text).toContain('>useful work<');
  expect(text).toContain('>kernel: datagram ready<');
});
