/**
 * The narration wired to the demo, in the built site, both languages. The sentence for every tick of every model
 * in both languages is tests/unit/narration.test.ts's; here one model page per language is scrubbed with the
 * keyboard through every tick (the polling model in English: wait, poll, work and copy; blocking in Chinese),
 * and the narration on screen and in the live region must state that tick and where the run is: the expected
 * state comes from the simulator in this file, read through phrases written here, not through the templates the
 * page fills. On the summary, the narration names one model at a time and that model's column, alone, is marked
 * current: at every tick of the scrubber (English), at every step, and while playing on Playwright's clock.
 * The live region speaks only when the clock stops.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEFAULT_SCENARIO, MODELS, simulate } from '~/sim/index';
import type { AppState, KernelState, Trace } from '~/sim/types';
import { DEMO_STRINGS } from '~/i18n/demo';
import type { Locale } from '~/i18n/locales';
import { LOCALES } from './routes';
import { watchErrors } from './watch';
import { wake } from './wake';
import { holdTime } from './time';

/** Per locale: the tick a sentence opens with, and the phrases of each app and kernel state ($1: a number). */
const PHRASES: Record<Locale, {
  tick: (t: number) => RegExp;
  app: Record<AppState, RegExp>;
  kernel: Record<Exclude<KernelState, 'done'>, RegExp>;
}> = {
  en: {
    tick: (t) => new RegExp(`^Tick ${t}[:,.] `),
    app: {
      wait: /still (?:blocked in recvfrom|asleep in select) since tick 0, phase 1/,
      poll: /failed poll #\d+/,
      work: /doing its own work/,
      copy: /blocked in (?:the same )?recvfrom.*phase 2/,
    },
    kernel: {
      empty: /no datagram yet/,
      ready: /datagram has been ready since tick (\d+)/,
      copying: /kernel is copying, (\d+) of \d+ ticks done/,
    },
  },
  zh: {
    tick: (t) => new RegExp(`^第 ${t} 拍[：，。]`),
    app: {
      wait: /自第 0 拍起一直(?:阻塞在 recvfrom|睡在 select) 中，第一阶段/,
      poll: /第 \d+ 次轮询失败/,
      work: /干自己的活/,
      copy: /recvfrom.*第二阶段/,
    },
    kernel: {
      empty: /还没有数据报/,
      ready: /数据报自第 (\d+) 拍起已就绪/,
      copying: /内核正在复制，共 \d+ 拍，已完成 (\d+) 拍/,
    },
  },
};

const APP_STATE: Record<string, AppState> = { w: 'wait', p: 'poll', '.': 'work', c: 'copy' };

/** The kernel's state during tick t, from the trace's kernel spans. */
function kernelAt(trace: Trace, t: number): { state: KernelState; from: number } {
  return trace.spans.kernel.find((s) => s.from <= t && t < s.to) ?? { state: 'done', from: trace.done };
}

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
  const p = PHRASES[locale];
  const s = DEMO_STRINGS[locale];

  test.describe(l.locale, () => {
    test('the narration names the current tick at every position of the scrubber', async ({ page }) => {
      const errors = watchErrors(page);
      for (const m of [locale === 'en' ? 'nonblocking' : 'blocking'] as const) {
        const trace = simulate(m, DEFAULT_SCENARIO);
        await page.goto(`${l.prefix}models/${m}/`);
        const demo = page.locator(`[data-demo-model="${m}"]`);
        await hydrated(demo);
        const live = demo.locator('[aria-live="polite"]');
        await expect(live).toHaveCount(1);
        const shown = demo.locator('.narr');
        const scrub = await scrubStart(page, demo);
        for (let t = 0; t <= trace.done; t++) {
          if (t > 0) await page.keyboard.press('ArrowRight');
          await expect(scrub).toHaveValue(String(t));
          await expect(demo).toHaveAttribute('data-status', t === trace.done ? 'done' : 'paused');
          await expect(live).toHaveText(p.tick(t));
          const said = (await live.textContent()) ?? '';
          await expect(shown, 'the paragraph on screen says what the live region says').toHaveText(said, { useInnerText: true });
          const last = trace.events.filter((e) => e.t === t).pop();
          const where = `${m} at tick ${t}: "${said}"`;
          if (last) {
            // A tick with events: the sentence of the last one (its words up to its first placeholder).
            expect(said, where).toContain((s.narr[m][last.label] ?? '').split('{')[0]);
            continue;
          }
          const app = APP_STATE[trace.timeline[t] as string] as AppState;
          const kernel = kernelAt(trace, t);
          for (const [state, re] of Object.entries(p.app)) expect(re.test(said), `${where} ${state}`).toBe(state === app);
          for (const [state, re] of Object.entries(p.kernel)) expect(re.test(said), `${where} ${state}`).toBe(state === kernel.state);
          const n = Number((p.kernel as Record<string, RegExp>)[kernel.state]!.exec(said)?.[1]);
          if (kernel.state === 'ready') expect(n, where).toBe(DEFAULT_SCENARIO.arrival);
          if (kernel.state === 'copying') expect(n, where).toBe(t - kernel.from);
        }
      }
      expect(errors).toEqual([]);
    });

    test('the comparison narrates one column at a time, the one marked current', async ({ page }) => {
      const errors = watchErrors(page);
      await page.clock.install();
      const traces = MODELS.map((m) => simulate(m, DEFAULT_SCENARIO));
      const names = MODELS.map((m) => s.models[m]);
      await page.goto(`${l.prefix}summary/`);
      const compare = page.locator('[data-demo-compare]');
      await hydrated(compare);
      const live = compare.locator('[aria-live="polite"]');
      await expect(live).toHaveCount(1);

      /** The models the visible narration names and the columns marked current, read in one go. */
      const read = () => compare.evaluate((el, names) => {
        const text = el.querySelector('.narr')?.textContent ?? '';
        // Longest first: '阻塞 I/O' is the tail of '非阻塞 I/O'.
        const named: string[] = [];
        let rest = text;
        for (const n of [...names].sort((a, b) => b.length - a.length)) {
          if (rest.includes(n)) named.push(n);
          rest = rest.split(n).join('');
        }
        const current = [...el.querySelectorAll('[data-demo-model][aria-current="true"]')].map((c) => c.getAttribute('data-demo-model'));
        return { text, named, current, spoken: el.querySelector('[aria-live]')?.textContent ?? '', status: el.getAttribute('data-status') };
      }, names);

      // Every tick of the scrubber: the last model with events at that tick is named and current, or none is.
      // In English only: the Chinese names are read by the same code in the step-by-step walk below (CI time).
      const scrub = await scrubStart(page, compare);
      const end = Math.max(...traces.map((tr) => tr.done));
      for (let t = 0; t <= (l.locale === 'en' ? end : -1); t++) {
        if (t > 0) await page.keyboard.press('ArrowRight');
        await expect(scrub).toHaveValue(String(t));
        await expect(live).toHaveText(p.tick(t));
        const at = traces.filter((tr) => tr.events.some((e) => e.t === t)).pop();
        const r = await read();
        expect(r.named, `tick ${t}: "${r.text}"`).toEqual(at ? [s.models[at.model]] : []);
        expect(r.current, `tick ${t}`).toEqual(at ? [at.model] : []);
      }

      // Step by step from the start: each step names one model, the current column, in tick and column order.
      await compare.locator('.cols').focus();
      await page.keyboard.press('Home');
      const order = traces.flatMap((tr) => [...new Set(tr.events.map((e) => e.t))].map((t) => ({ t, model: tr.model })))
        .sort((a, b) => a.t - b.t || MODELS.indexOf(a.model) - MODELS.indexOf(b.model));
      for (const { t, model } of order) {
        await page.keyboard.press('ArrowRight');
        await expect(live).toHaveText(p.tick(t));
        await expect(live).toContainText(s.models[model]);
        const r = await read();
        expect([r.named, r.current], r.text).toEqual([[s.models[model]], [model]]);
      }

      // Playing at 2×, on the clock: every 0.1 s of the page's time (a run lasts about 5 s, a tick at least 0.25 s), whenever the paragraph names a model, that column
      // alone is current, and the live region is silent.
      await holdTime(page);
      await compare.locator('select').selectOption('2');
      await compare.locator('button.play').click();
      await expect(compare).toHaveAttribute('data-status', 'playing');
      const seen: { named: string[]; current: (string | null)[]; spoken: string }[] = [];
      for (let k = 0; k < 200; k++) {
        const r = await read();
        if (r.status !== 'playing') break;
        seen.push(r);
        await page.clock.runFor(100);
      }
      for (const r of seen) {
        expect(r.current, r.named.join()).toEqual(r.named.map((n) => MODELS[names.indexOf(n)]));
        expect(r.spoken).toBe('');
      }
      expect(seen.filter((r) => r.named.length === 1).length).toBeGreaterThan(0);
      await expect(compare).toHaveAttribute('data-status', 'done');
      await expect(live).toHaveText(p.tick(end));
      expect(errors).toEqual([]);
    });
  });
}
