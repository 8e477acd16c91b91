/**
 * The guided experiments beside the model demos and the summary's self-check, wired in the browser. That each
 * experiment has exactly one right answer, the simulator's, is tests/unit/experiments.test.ts's; the answers shown
 * without JavaScript are tests/built's. Here, in English, every experiment is run with its right answer (each page's
 * first one with a wrong answer too) and must be judged as this test works out from simulate(), and its scenario
 * must reach the demo;
 * in Chinese, the experiments of one page with their right answers (the same code, the verdicts' strings).
 * Every self-check answer is pressed in English, one question's in Chinese.
 */
import { expect, test, type Page } from '@playwright/test';
import { EXPERIMENTS } from '~/lessons/experiments';
import { MODELS, simulate } from '~/sim';
import { ask, QUESTIONS } from '~/lessons/self-check';
import { LOCALES } from './routes';
import { watchErrors } from './watch';
import { experimentValue } from '../experiment-value';
import { twoFrames } from './time';

/** Presses choice i and Run, and returns the verdict the page gives. */
async function judgeChoice(page: Page, id: string, i: number): Promise<string | null> {
  const ex = page.locator(`[data-experiment="${id}"]`);
  await ex.locator(`[data-choice="${i}"]`).check();
  await ex.locator('[data-run]').click();
  await expect(ex).toHaveAttribute('data-verdict', /^(right|wrong)$/, { timeout: 20_000 });
  return ex.getAttribute('data-verdict');
}

for (const { locale, prefix } of LOCALES) {
  for (const model of locale === 'en' ? MODELS : (['nonblocking'] as const)) {
    test(`${locale}: the experiments on ${model} judge the answers as the simulator does and run in the demo`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`${prefix}models/${model}/`);
      const mine = EXPERIMENTS.filter((e) => e.model === model);
      expect(mine.length).toBeGreaterThanOrEqual(2);
      await expect(page.locator('[data-experiment]')).toHaveCount(mine.length);
      const demo = page.locator(`.io-demo[data-demo-model="${model}"]`);
      // Seen, not touched: the demo is not live; the first experiment's answer and Run wake it, and that Run counts.
      await demo.scrollIntoViewIfNeeded();
      await twoFrames(page);
      await expect(demo).not.toHaveAttribute('data-live');
      for (const e of mine) {
        const ex = page.locator(`[data-experiment="${e.id}"]`);
        await ex.scrollIntoViewIfNeeded();
        await expect(ex.locator('[data-run]')).toBeVisible();
        await expect(ex.locator('details')).toBeHidden();
        const trace = simulate(e.model, e.scenario);
        const right = e.answers.indexOf(experimentValue(e.id, trace));
        expect(right, `${e.id}: one of the answers is what simulate() gives`).toBeGreaterThanOrEqual(0);
        // The right answer; and for a page's first experiment in English, a wrong one too (judge() itself is
        // tests/unit/experiments.test.ts's for every answer).
        if (locale === 'en' && e === mine[0]) expect(await judgeChoice(page, e.id, (right + 1) % e.answers.length), `${e.id}: a wrong answer`).toBe('wrong');
        expect(await judgeChoice(page, e.id, right), `${e.id}: the right answer`).toBe('right');
        // The run put the experiment's scenario into the demo: the hash, and the demo's own stats.
        const h = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1));
        expect(Number(h.get('arrival'))).toBe(e.scenario.arrival);
        expect(Number(h.get('copy'))).toBe(e.scenario.copy);
        if (model === 'nonblocking') expect(Number(h.get('poll'))).toBe(e.scenario.pollEvery);
        await expect(demo.locator('table.stats td').first()).toHaveText(String(trace.done));
        await expect(demo).toHaveAttribute('data-status', /playing|paused|done/);
        // The verdict names the right answer's number.
        await expect(ex.locator('[data-out]')).toContainText(String(e.answers[right]));
      }
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
