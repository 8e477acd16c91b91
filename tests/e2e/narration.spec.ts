/**
 * The narration wired to the demo, in the built site, both languages. What is said at every tick, and its
 * numbers, is tests/unit/narration.test.ts's (held to the trace, whatever the words); here the page must say it:
 * one model page per language is scrubbed with the keyboard through every tick (the polling model in English:
 * wait, poll, work and copy; blocking in Chinese), and the narration on screen and in the live region must be
 * the sentence the narration module makes of the simulator's trace at that tick with the page's strings. On the
 * summary, the narration says whole ticks, and the columns marked current are the models with events at that
 * tick: at every tick of the scrubber (English), at every step, and while playing on Playwright's clock. The
 * live region speaks only when the clock stops. While the model page is scrubbed, its stats count up with the
 * playhead: each `data-stat` cell holds statsAt at that cursor ("—" for what has not happened yet).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEFAULT_SCENARIO, MODELS, simulate, statsAt } from '~/sim/index';
import type { Trace } from '~/sim/types';
import { DEMO_STRINGS } from '~/i18n/demo';
import type { Locale } from '~/i18n/locales';
import { cursorAtTick, sceneAt, type Cursor } from '~/figure/scene';
import { narrate, narrationText } from '~/narration/narrate';
import { changedColumns, clockText, sayClock, tellClock } from '~/narration/compare';
import { clockTrack } from '~/playback/shared-clock';
import { LOCALES } from './routes';
import { watchErrors } from './watch';
import { wake } from './wake';
import { holdTime } from './time';

/** Scrolls a demo into view and touches it; resolves once its island says it is live. */
const hydrated = wake;

/** Focuses the scrubber and moves it to 0 with the keyboard. */
async function scrubStart(page: Page, demo: Locator): Promise<Locator> {
  const scrub = demo.locator('.controls input[type="range"]');
  await scrub.focus();
  await page.keyboard.press('Home');
  await expect(scrub).toHaveValue('0');
  return scrub;
}

for (const l of LOCALES) {
  const locale = l.locale as Locale;
  const s = DEMO_STRINGS[locale];
  /** The comparison's sentence at clock cursor c, and the models it marks current. */
  const compareAt = (traces: Trace[], c: Cursor) => {
    const said = tellClock(traces, c);
    return { text: sayClock(clockText(s.ui), s.models, s.labels, said), current: changedColumns(said, traces).map((i) => traces[i]!.model) };
  };

  test.describe(l.locale, () => {
    test('the narration names the current tick at every position of the scrubber', async ({ page }) => {
      const errors = watchErrors(page);
      for (const m of [locale === 'en' ? 'nonblocking' : 'blocking'] as const) {
        const trace = simulate(m, DEFAULT_SCENARIO);
        await page.goto(`${l.prefix}models/${m}/`);
        const demo = page.locator(`[data-demo="${m}"]`);
        await hydrated(demo);
        const live = demo.locator('[aria-live="polite"]');
        await expect(live).toHaveCount(1);
        const shown = demo.locator('.narr');
        const scrub = await scrubStart(page, demo);
        const text = narrationText(s.ui, s.narr[m]);
        for (let t = 0; t <= trace.done; t++) {
          if (t > 0) await page.keyboard.press('ArrowRight');
          await expect(scrub).toHaveValue(String(t));
          await expect(demo).toHaveAttribute('data-status', t === trace.done ? 'done' : 'paused');
          const expected = narrate(text, trace, sceneAt(trace, cursorAtTick(trace, t)), false);
          await expect(live, `${m} at tick ${t}`).toHaveText(expected);
          await expect(shown, 'the paragraph on screen says what the live region says').toHaveText(expected, { useInnerText: true });
          // The run so far, no further: nothing of the totals before the playhead reaches them.
          const c = cursorAtTick(trace, t);
          const cells = await demo.locator('[data-stat]').evaluateAll((tds) => Object.fromEntries(tds.map((td) => [td.getAttribute('data-stat'), td.textContent])));
          const want = Object.fromEntries(Object.keys(cells).map((k) => [k, String(statsAt(trace, c.t, c.step)[k as keyof ReturnType<typeof statsAt>] ?? '—')]));
          expect(Object.keys(cells).length, 'stat cells').toBeGreaterThanOrEqual(5);
          expect(cells, `${m}: the stats at tick ${t}`).toEqual(want);
        }
      }
      expect(errors).toEqual([]);
    });

    test('the comparison narrates whole ticks, the columns that change marked current', async ({ page }) => {
      const errors = watchErrors(page);
      await page.clock.install();
      const traces = MODELS.map((m) => simulate(m, DEFAULT_SCENARIO));
      const track = clockTrack(traces);
      await page.goto(`${l.prefix}summary/`);
      const compare = page.locator('[data-demo-compare]');
      await hydrated(compare);
      const live = compare.locator('[aria-live="polite"]');
      await expect(live).toHaveCount(1);

      /** The visible narration and the columns marked current, read in one go. */
      const read = () => compare.evaluate((el) => ({
        // The paragraph without its idle hint (hidden once the clock moves, but still in textContent).
        text: [...(el.querySelector('.narr')?.childNodes ?? [])].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(''),
        current: [...el.querySelectorAll('[data-model][aria-current="true"]')].map((c) => c.getAttribute('data-model')),
        spoken: el.querySelector('[aria-live]')?.textContent ?? '',
        status: el.getAttribute('data-status'),
      }));

      // Every tick of the scrubber (English; the Chinese strings are read by the step-by-step walk below, CI time).
      const scrub = await scrubStart(page, compare);
      for (let t = 0; t <= (l.locale === 'en' ? track.ticks : -1); t++) {
        if (t > 0) await page.keyboard.press('ArrowRight');
        await expect(scrub).toHaveValue(String(t));
        const want = compareAt(traces, track.atTick(t));
        await expect(live, `tick ${t}`).toHaveText(want.text);
        expect((await read()).current, `tick ${t}`).toEqual(want.current);
      }

      // Step by step from the start: each step is a whole tick; every model with events there is current.
      await compare.locator('.cols').focus();
      await page.keyboard.press('Home');
      for (let k = 1; k <= track.steps; k++) {
        await page.keyboard.press('ArrowRight');
        const want = compareAt(traces, track.atStep(k));
        await expect(live, `step ${k}`).toHaveText(want.text);
        const r = await read();
        expect([r.text, r.current], `step ${k}`).toEqual([want.text, want.current]);
      }

      // Playing at 2×, on the clock: every 0.1 s of the page's time (a run lasts about 5 s, a tick at least 0.25 s), the
      // paragraph is a sentence the clock can say and the columns marked are that sentence's; the live region is silent.
      const sayable = new Map<string, string[]>();
      for (let t = 0; t <= track.ticks; t++) {
        const at = track.atTick(t);
        for (const c of [at, { t, step: Math.max(0, at.step - 1) }]) {
          const w = compareAt(traces, c);
          sayable.set(w.text, w.current);
        }
      }
      await holdTime(page);
      await compare.locator('select').selectOption('2');
      await compare.locator('button.play').click();
      await expect(compare).toHaveAttribute('data-status', 'playing');
      const seen: Awaited<ReturnType<typeof read>>[] = [];
      for (let k = 0; k < 200; k++) {
        const r = await read();
        if (r.status !== 'playing') break;
        seen.push(r);
        await page.clock.runFor(100);
      }
      for (const r of seen) {
        expect(sayable.has(r.text), r.text).toBe(true);
        expect(r.current, r.text).toEqual(sayable.get(r.text));
        expect(r.spoken).toBe('');
      }
      expect(seen.filter((r) => r.current.length > 1).length).toBeGreaterThan(0);
      await expect(compare).toHaveAttribute('data-status', 'done');
      await expect(live).toHaveText(compareAt(traces, track.atStep(track.steps)).text);
      expect(errors).toEqual([]);
    });
  });
}
