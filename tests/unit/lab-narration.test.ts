/**
 * The lab's narration and figures, in the halves narration.test.ts holds the model demos to: what is said
 * (tellLab) against the two traces, for every tick of every program the controls allow; how it is said (each
 * locale's templates) against its placeholders. Also the lab track (steps are ticks) and the figure's rows
 * (tick t at the same height in both runs), the price figure against waitPrice, and the lab's self-check:
 * exactly one right answer per question, the simulator's.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB, labStepAt, labVerdict, simulateLab, type LabScenario } from '~/sim/epoll-lab';
import { FD_SETSIZE, waitPrice } from '~/sim/many-price';
import { labFigure, labTicks, ROW0, ROW_H, rowKind } from '~/figure/lab-figure';
import { axisX, nToSlider, perCell, priceFigure, readyDescriptors, sliderToN } from '~/figure/price-figure';
import { labTrack } from '~/playback/lab-track';
import { longestLab, sayLab, tellLab, tellStep, type StepKey, type VerdictKey } from '~/narration/lab';
import { askLab, LAB_QUESTIONS } from '~/lessons/lab-check';
import { STRINGS } from '~/i18n/strings';
import { LOCALES } from '~/i18n/locales';

/** Every program the lab's controls allow: five read sizes × the four switches. */
const PROGRAMS: LabScenario[] = [256, 512, 1024, 2048, 4096].flatMap((readSize) =>
  Array.from({ length: 16 }, (_, b) => ({
    ...DEFAULT_LAB, readSize, drain: !!(b & 1), blocking: !!(b & 2), oneshot: !!(b & 4), rearm: !!(b & 8),
  })));
const pair = (s: LabScenario) => [simulateLab({ ...s, mode: 'lt' }), simulateLab({ ...s, mode: 'et' })] as const;

/** The placeholders of a template. */
const holes = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('what the lab says, against the traces', () => {
  it('every tick of every program: the step that begins, a wait still asleep, or the end', () => {
    for (const s of PROGRAMS) {
      const [lt, et] = pair(s);
      for (const tr of [lt, et]) {
        for (let t = 0; t < labTicks(lt, et); t++) {
          const said = tellStep(tr, t);
          const step = labStepAt(tr, t);
          if (!step) expect(said.key).toBe(tr.hung ? 'hung' : 'over');
          else if (step.t === t) {
            expect(said.key).toBe(rowKind(step));
            expect(said.vars.buffer).toBe(step.buffer);
            if (typeof step.result === 'number') expect(said.vars.bytes).toBe(step.result);
          } else {
            expect(said.key).toBe('sleeping');
            expect(said.vars.left).toBe(step.until - t);
          }
        }
      }
    }
  });
  it('the epoll(7) example: tick 4, LT reported again and ET asleep with 1024 bytes', () => {
    const [lt, et] = pair(DEFAULT_LAB);
    const said = tellLab(lt, et, 6, false);
    expect(said).toMatchObject({ kind: 'tick', t: 5, lt: { key: 'report' }, et: { key: 'timeout' } });
    expect(tellLab(lt, et, 0, true)).toMatchObject({ kind: 'idle', lt: { key: 'again', vars: { buffer: 1024 } }, et: { key: 'stranded', vars: { buffer: 1024 } } });
    expect(labVerdict(et).bufferedAtSecondWait).toBe(1024);
  });
});

describe('the lab narration in every locale, against its placeholders', () => {
  const STEP_VARS: Record<StepKey, string[]> = {
    add: [], mod: [], arrive: ['buffer', 'bytes'], report: ['wait'], timeout: ['wait'], read: ['buffer', 'bytes'],
    eagain: [], blocks: [], sleeping: ['left', 'wait'], over: [], hung: [],
  };
  const VERDICT_VARS: Record<VerdictKey, string[]> = { again: ['buffer', 'third'], stranded: ['buffer', 'third', 'timeout'], empty: ['third'], hung: [] };
  for (const locale of LOCALES) {
    const { narr, ...lab } = STRINGS[locale].many.lab;
    it(`${locale}: each template uses only its sentence's numbers, and no number of its own`, () => {
      for (const [k, vars] of Object.entries(STEP_VARS)) {
        expect(holes(narr.steps[k as StepKey]), k).toEqual(vars);
        expect(narr.steps[k as StepKey].replace(/\{\w+\}/g, ''), k).not.toMatch(/\d{2,}/);
      }
      for (const [k, vars] of Object.entries(VERDICT_VARS)) expect(holes(narr.verdict[k as VerdictKey]), k).toEqual(vars);
      expect(holes(narr.tick)).toEqual(['et', 'lt', 't']);
      expect(holes(narr.idle)).toEqual(['et', 'lt']);
      for (const kind of ['add', 'mod', 'arrive', 'report', 'timeout', 'read', 'eagain', 'blocks']) expect(lab).toHaveProperty(`row.${kind}`);
    });
    it(`${locale}: every sentence of every program is filled (no brace left), and the sizer is the longest`, () => {
      const pairs = PROGRAMS.map((s) => pair(s) as unknown as [ReturnType<typeof simulateLab>, ReturnType<typeof simulateLab>]);
      const sizer = longestLab(narr, lab.idleHint, pairs);
      // The phone's box while playing: the longest tick sentence, said at some tick, shorter than the idle one.
      const playing = longestLab(narr, null, pairs);
      let longest = 0;
      for (const [lt, et] of pairs) {
        for (let k = 0; k <= labTicks(lt, et); k++) {
          const s = sayLab(narr, tellLab(lt, et, k, false));
          expect(s).not.toMatch(/[{}]/);
          expect(s.replace(/\d+/g, '0000').length).toBeLessThanOrEqual(playing.length);
          longest = Math.max(longest, s.replace(/\d+/g, '0000').length);
        }
        expect(sayLab(narr, tellLab(lt, et, 0, true))).not.toMatch(/[{}]/);
      }
      expect(playing.length).toBe(longest);
      expect(playing.length).toBeLessThanOrEqual(sizer.length);
    });
  }
});

describe('the lab on one clock', () => {
  it('the track: steps are ticks, the end is the longer run (a hung read two ticks more)', () => {
    const [lt, et] = pair(DEFAULT_LAB);
    expect(labTicks(lt, et)).toBe(Math.max(lt.end, et.end));
    const tr = labTrack(labTicks(lt, et));
    expect(tr.atStep(3)).toEqual({ t: 3, step: 3 });
    expect(tr.atStep(99)).toEqual({ t: tr.ticks, step: tr.ticks });
    expect(tr.fromU(2.5)).toEqual({ t: 2.5, step: 2 });
    expect(tr.atTick(4)).toEqual({ t: 4, step: 4 });
    const [hl, he] = pair({ ...DEFAULT_LAB, drain: true, blocking: true });
    expect(labTicks(hl, he)).toBe(Math.max(hl.end, he.end) + 2);
  });
  it('the figure: tick t at the same height in both runs, a sleeping wait as tall as its ticks', () => {
    const [lt, et] = pair(DEFAULT_LAB);
    const ticks = labTicks(lt, et);
    for (const tr of [lt, et]) {
      for (const r of labFigure(tr, ticks).rows) {
        expect(r.y).toBe(ROW0 + r.t * ROW_H);
        expect(r.h).toBe((r.until - r.t) * ROW_H);
      }
    }
  });
});

describe('the price figure, against waitPrice', () => {
  it('bars from waitPrice on one log axis; select walled past FD_SETSIZE; the grid at most 100 squares', () => {
    for (const [n, k] of [[1, 0], [10, 1], [1000, 10], [1024, 3], [1025, 1], [10_000, 10_000]] as const) {
      const f = priceFigure(n, k);
      expect(f.cells.length).toBeLessThanOrEqual(100);
      expect(f.cells.at(-1)!.to).toBe(n);
      expect(f.cells.filter((c) => c.ready).length).toBe(new Set(readyDescriptors(n, k).map((d) => Math.floor(d / perCell(n)))).size);
      expect(f.wall === null).toBe(n <= FD_SETSIZE);
      for (const sec of f.sections) {
        for (const b of sec.bars) {
          expect(b.value).toBe(waitPrice(b.api, n, k)[sec.measure]);
          expect(b.w).toBeCloseTo(b.value === null ? 0 : axisX(b.value) - axisX(0));
        }
      }
    }
  });
  it('the N slider: 0 … 400 is 1 … 10,000 on a log scale, and back', () => {
    expect([0, 100, 200, 300, 400, -5, 900, NaN].map(sliderToN)).toEqual([1, 10, 100, 1000, 10_000, 1, 10_000, 1]);
    for (const n of [1, 10, 1000, 10_000]) expect(sliderToN(nToSlider(n))).toBe(n);
  });
});

describe('the lab self-check', () => {
  it('each question has exactly one right answer, the simulator\'s, and words in every locale', () => {
    for (const q of LAB_QUESTIONS) {
      const a = askLab(q);
      expect(a.right, q.id).toBeGreaterThanOrEqual(0);
      for (const locale of LOCALES) {
        const quiz = STRINGS[locale].many.quiz;
        const answers = a.choices.map((c) => JSON.stringify([c.key, c.vars]));
        expect(new Set(answers).size).toBe(answers.length);
        expect(quiz[q.id].q.length).toBeGreaterThan(10);
      }
    }
    expect(LAB_QUESTIONS.map((q) => askLab(q).right)).toEqual([0, 1, 0, 0, 0, 1, 0]);
  });
});
