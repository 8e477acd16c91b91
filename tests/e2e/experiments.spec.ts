/**
 * The guided experiments beside the model demos and the summary's self-check, wired in the browser, on Playwright's
 * clock. That each experiment has exactly one right answer, the simulator's, is tests/unit/experiments.test.ts's; the
 * answers shown without JavaScript and each experiment's figure (its spans the simulator's, covered until Run) are
 * tests/built's. Here, in English, every experiment is run with its right answer (each page's first one with a wrong
 * answer too), in place: its figure's shapes are hidden until Run and shown after, the page does not scroll, the
 * figure and the verdict are on screen, the verdict waits for the reveal (REVEAL_MS) and judges as this test works out
 * from simulate(); the first experiment's "step through it" button then gives the page's demo its scenario and plays it.
 * In Chinese, the experiments of one page on a phone's screen (the same code, the verdicts' strings, the narrow layout).
 * Every self-check answer is pressed in English, one question's in Chinese.
 * The level/edge lab's experiments: seen, they load nothing; the first answer wakes the lab, Run reveals the figure
 * in place and, after the reveal, judges as this test counts off simulateLab's steps (one wrong answer, then right
 * ones); "step through it" hands the program to the lab, which plays it. In Chinese on a phone.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { EXPERIMENTS } from '~/lessons/experiments';
import { MODELS, simulate } from '~/sim';
import { ask, QUESTIONS } from '~/lessons/self-check';
import { LAB_EXPERIMENTS } from '~/lessons/lab-experiments';
import { DEFAULT_LAB, simulateLab } from '~/sim/epoll-lab';
import { REVEAL_MS } from '~components/islands/experiment-run';
import { LOCALES } from './routes';
import { watchErrors } from './watch';
import { experimentValue } from '../experiment-value';
import { holdTime, twoFrames } from './time';

/**
 * Presses choice i and Run in experiment `ex` on the held clock; returns the verdict once the reveal is over.
 * `drawn`: a shape of the experiment's figure that the cover hides until Run (a model's timeline or the lab's).
 */
async function judgeChoice(page: Page, ex: Locator, i: number, drawn = 'svg.timeline rect[data-lane]'): Promise<string | null> {
  await ex.locator(`[data-choice="${i}"]`).check();
  // Where the experiment is on screen: Run moves nothing there. (Not scrollY: the browser may lay out a
  // content-visibility block above meanwhile, and scroll anchoring then changes scrollY to keep the screen still.)
  const top = async () => Math.round((await ex.boundingBox())!.y);
  const y = await top();
  await ex.locator('[data-run]').click();
  // The press before the demo is live is held and replayed once it is (client:interact): wait for the reveal to start.
  await expect(ex).toHaveAttribute('data-ran', '', { timeout: 30_000 });
  await expect(ex.locator(drawn).first()).toBeVisible();
  // The figure plays where the reader pressed; the verdict waits for its end.
  await page.clock.runFor(REVEAL_MS - 100);
  await expect(ex.locator('[data-out]')).toBeEmpty();
  await expect(ex).not.toHaveAttribute('data-verdict');
  await page.clock.runFor(100);
  await expect(ex).toHaveAttribute('data-verdict', /^(right|wrong)$/);
  expect(await top(), 'Run moves nothing on screen').toBe(y);
  await expect(ex.locator('.try-fig')).toBeInViewport({ ratio: 1 });
  await expect(ex.locator('[data-out]')).toBeInViewport({ ratio: 1 });
  return ex.getAttribute('data-verdict');
}

for (const { locale, prefix } of LOCALES) {
  for (const model of locale === 'en' ? MODELS : (['nonblocking'] as const)) {
    test(`${locale}: the experiments on ${model} run in place and judge the answers as the simulator does`, async ({ page }) => {
      const errors = watchErrors(page);
      // Chinese on a phone: the figure beside the question, the verdict under both, all on screen.
      if (locale !== 'en') await page.setViewportSize({ width: 390, height: 844 });
      await page.clock.install();
      await page.goto(`${prefix}models/${model}/`);
      const mine = EXPERIMENTS.filter((e) => e.model === model);
      expect(mine.length).toBeGreaterThanOrEqual(2);
      await expect(page.locator('[data-experiment]')).toHaveCount(mine.length);
      const demo = page.locator(`.io-demo[data-demo="${model}"]`);
      // Seen, not touched: the demo is not live; the first experiment's answer and Run wake it, and that Run counts.
      await demo.scrollIntoViewIfNeeded();
      await twoFrames(page);
      await expect(demo).not.toHaveAttribute('data-live');
      // From here the page's time moves only when the test moves it (its frames too).
      await holdTime(page);
      for (const e of mine) {
        const ex = page.locator(`[data-experiment="${e.id}"]`);
        await ex.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await expect(ex.locator('[data-run]')).toBeVisible();
        await expect(ex.locator('details')).toBeHidden();
        // Before an answer the figure shows its column heads only: its shapes would give the answer away.
        await expect(ex.locator('svg.timeline text.head').first()).toBeVisible();
        await expect(ex.locator('svg.timeline rect[data-lane]').first()).toBeHidden();
        await expect(ex.locator('[data-open]')).toBeHidden();
        const trace = simulate(e.model, e.scenario);
        const right = e.answers.indexOf(experimentValue(e.id, trace));
        expect(right, `${e.id}: one of the answers is what simulate() gives`).toBeGreaterThanOrEqual(0);
        // The right answer; and for a page's first experiment in English, a wrong one too (judge() itself is
        // tests/unit/experiments.test.ts's for every answer).
        if (locale === 'en' && e === mine[0]) expect(await judgeChoice(page, ex, (right + 1) % e.answers.length), `${e.id}: a wrong answer`).toBe('wrong');
        expect(await judgeChoice(page, ex, right), `${e.id}: the right answer`).toBe('right');
        // The verdict names the right answer's number.
        await expect(ex.locator('[data-out]')).toContainText(String(e.answers[right]));
        // Run left the page's demo alone: it is not playing this run.
        await expect(demo).toHaveAttribute('data-status', 'idle');
      }
      // The first experiment's "step through it" puts its scenario into the demo (the hash, the demo's own fields) and plays it.
      const e = mine[0]!;
      await page.locator(`[data-experiment="${e.id}"] [data-open]`).click();
      await expect(demo).toHaveAttribute('data-status', 'playing');
      await expect(demo).toBeInViewport();
      const h = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1));
      expect(Number(h.get('arrival'))).toBe(e.scenario.arrival);
      expect(Number(h.get('copy'))).toBe(e.scenario.copy);
      if (model === 'nonblocking') expect(Number(h.get('poll'))).toBe(e.scenario.pollEvery);
      const fields = demo.locator('input[type="number"]');
      await expect(fields.nth(0)).toHaveValue(String(e.scenario.arrival));
      await expect(fields.nth(1)).toHaveValue(String(e.scenario.copy));
      if (model === 'nonblocking') await expect(fields.nth(2)).toHaveValue(String(e.scenario.pollEvery));
      expect(errors).toEqual([]);
    });
  }

  test(`${locale}: the self-check judges every answer as the simulator does, and keeps score`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`${prefix}summary/`);
    const quiz = page.locator('[data-quiz]');
    const questions = quiz.locator('[data-question]');
    const n = await questions.count();
    expect(n).toBeGreaterThanOrEqual(5);
    for (let k = 0; k < (locale === 'en' ? n : 1); k++) {
      const q = questions.nth(k);
      const id = (await q.getAttribute('data-question'))!;
      // The right index as the simulator's runs give it (tests/unit/self-check.test.ts works each out on its own).
      const right = ask(QUESTIONS.find((x) => x.id === id)!).right;
      expect(right, id).toBeGreaterThanOrEqual(0);
      const choices = q.locator('[data-choice]');
      const seen: string[] = [];
      for (let i = 0; i < (await choices.count()); i++) {
        await choices.nth(i).focus();
        await page.keyboard.press('Enter');
        const v = (await q.getAttribute('data-verdict'))!;
        expect(v).toMatch(/^(right|wrong)$/);
        seen.push(v);
        // Icon and colour as well as words: the pick is marked with the verdict, and a wrong pick marks the right answer.
        const marks = await choices.evaluateAll((bs) => bs.map((b) => {
          const before = getComputedStyle(b, '::before');
          return { mark: b.getAttribute('data-mark'), icon: before.content, colour: before.color };
        }));
        expect(marks[i]!.mark).toBe(v);
        expect(marks[i]!.icon).toContain(v === 'right' ? '✓' : '✗');
        expect(marks[right]!.mark, `${id}: the right answer shown`).toBe('right');
        expect(marks.filter((m) => m.mark).length).toBe(v === 'right' ? 1 : 2);
        if (v === 'wrong') expect(marks[i]!.colour).not.toBe(marks[right]!.colour);
        const verdictIcon = await q.locator('[data-out]').evaluate((o) => getComputedStyle(o, '::before').content);
        expect(verdictIcon).toContain(v === 'right' ? '✓' : '✗');
        await expect(q.locator('[data-out]')).not.toBeEmpty();
        await expect(q.locator('[data-out] a')).toHaveAttribute('href', /\/models\//);
      }
      expect(seen.filter((v) => v === 'right'), `${id}: exactly one right answer`).toHaveLength(1);
      expect(seen.indexOf('right'), id).toBe(right);
    }
    // Every first answer above was choice 0: the score counts those that were right.
    if (locale === 'en') await expect(quiz.locator('[data-score]')).toContainText(String(n));
    await expect(quiz.locator('[data-out]').first()).toHaveAttribute('role', 'status');
    expect(errors).toEqual([]);
  });
}

for (const { locale, prefix } of LOCALES) {
  test(`${locale}: the lab's experiments wake the lab, run in place and judge as simulateLab counts`, async ({ page }) => {
    const errors = watchErrors(page);
    if (locale !== 'en') await page.setViewportSize({ width: 390, height: 844 });
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
    await page.clock.install();
    await page.goto(`${prefix}further/level-edge/`);
    const lab = page.locator('[data-demo="epoll-lab"]');
    await expect(page.locator('[data-experiment][data-lab]')).toHaveCount(LAB_EXPERIMENTS.length);
    // Seen, not touched: a wake would ask for the lab's script in the event that woke it; two frames let one run.
    await page.locator('[data-experiment][data-lab]').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await twoFrames(page);
    expect(scripts.filter((u) => /LabIsland/.test(u)), 'seen, not touched: no lab script').toEqual([]);
    await expect(lab).not.toHaveAttribute('data-live');
    // From here the page's time moves only when the test moves it (its frames too).
    await holdTime(page);
    for (const [n, e] of LAB_EXPERIMENTS.entries()) {
      const ex = page.locator(`[data-experiment="${e.id}"]`);
      await ex.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      // Covered: the timeline's title and heads show, none of its rows.
      await expect(ex.locator('svg.lab text.head').first()).toBeVisible();
      await expect(ex.locator('svg.lab g.row').first()).toBeHidden();
      const waits = simulateLab({ ...DEFAULT_LAB, ...e.change }).steps.filter((st) => st.op === 'epoll_wait');
      const right = e.answers.indexOf(e.measure === 'waits' ? waits.length : waits.filter((st) => st.result === 1).length);
      expect(right, e.id).toBeGreaterThanOrEqual(0);
      const pick = n === 0 ? (right + 1) % e.answers.length : right;
      expect(await judgeChoice(page, ex, pick, 'svg.lab g.row'), e.id).toBe(pick === right ? 'right' : 'wrong');
      await expect(ex.locator('[data-out]')).toContainText((await ex.locator(`[data-choice="${right}"]`).locator('..').textContent())!.trim());
    }
    await expect(lab).toHaveAttribute('data-live', 'true');
    // "Step through it": the blocking-socket experiment's program in the lab's switches, playing.
    const e = LAB_EXPERIMENTS.find((x) => x.change.blocking)!;
    await page.locator(`[data-experiment="${e.id}"] [data-open]`).click();
    await expect(lab).toHaveAttribute('data-status', 'playing');
    for (const f of ['drain', 'blocking', 'oneshot', 'rearm'] as const) {
      await expect(lab.locator(`input[name="${f}"]`)).toBeChecked({ checked: !!e.change[f] });
    }
    await page.clock.runFor(1000);
    await expect(lab).toBeInViewport();
    expect(errors).toEqual([]);
  });
}
