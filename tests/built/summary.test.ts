/**
 * The summary table (`table[data-summary]`), in both languages, against the simulator: one row per model in the
 * notes' order (src/sim MODELS), each phase cell's data-blocked the verdict phaseVerdict reads off
 * simulate(model, DEFAULT_SCENARIO) (Stevens, UNP vol. 1, Figure 6.6), and words in every row.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_SCENARIO, MODELS, phaseVerdict, simulate } from '~/sim';
import { LOCALES } from '../routes';
import { page, text } from './dist';

describe.each(LOCALES)('$locale', ({ prefix }) => {
  test(`/${prefix}summary/: the table reads as the simulator runs`, () => {
    const rows = [...page(`${prefix}summary/`).querySelectorAll('table[data-summary] tr[data-model]')];
    expect(rows.map((r) => r.getAttribute('data-model'))).toEqual([...MODELS]);
    for (const r of rows) {
      const model = r.getAttribute('data-model') as (typeof MODELS)[number];
      const v = phaseVerdict(simulate(model, DEFAULT_SCENARIO));
      const cell = (phase: string) => r.querySelector(`td[data-phase="${phase}"]`)?.getAttribute('data-blocked');
      expect({ wait: cell('wait'), copy: cell('copy') }, model).toEqual({ wait: String(v.wait), copy: String(v.copy) });
      expect(text(r).length, model).toBeGreaterThan(20);
    }
  });
});
