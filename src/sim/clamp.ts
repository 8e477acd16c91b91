/**
 * The forgiving twin of validateScenario, for sliders and URL hashes: it never throws and always returns a
 * scenario that validateScenario accepts, plus one English note per field whose value it had to change.
 * Rules, per field, in the order arrival, copy, pollEvery, pollCost (pollCost's ceiling is the final pollEvery):
 * - a number, or a string holding a plain decimal number (" 12 ", "1e3"), is read as that number;
 * - a fraction rounds to the nearest integer, then anything outside the range moves to the nearer bound
 *   (so -5 → min, 1e9 and Infinity → max, -Infinity → min);
 * - NaN, a non-numeric string, a boolean, null, an object: the default;
 * - absent (undefined): the default, with a note only for the required fields arrival and copy.
 * A value accepted as it was gets no note. clampScenario(clampScenario(x).scenario) changes nothing.
 */
import { clampNumber, DEFAULT_SCENARIO, LIMITS, readNumber, type Range } from './limits';
import type { Scenario } from './types';
import { pollCostRange, rangeText, showValue } from './validate';

/** A scenario made valid and what had to change to get there. */
export interface ClampResult {
  /** always accepted by validateScenario */
  scenario: Required<Scenario>;
  /** one English sentence per changed field, naming the field and its allowed range */
  notes: string[];
}

/** Brings one field into `range`, appending a note to `notes` when the value had to change. */
function clampField(
  field: keyof Scenario,
  value: unknown,
  range: Range,
  fallback: number,
  required: boolean,
  notes: string[],
  maxNote = '',
): number {
  const allowed = rangeText(field, range, maxNote);
  if (value === undefined) {
    if (required) notes.push(`${allowed}; it was missing, used the default ${fallback}`);
    return fallback;
  }
  const n = readNumber(value);
  const result = clampNumber(n, range, fallback);
  if (n === undefined) notes.push(`${allowed}; got ${showValue(value)}, used the default ${fallback}`);
  else if (result !== n) notes.push(`${allowed}; got ${showValue(value)}, used ${result}`);
  return result;
}

/** Coerces any input into a valid scenario (nearest allowed value, or the default) with a note per change; never throws. */
export function clampScenario(input: Record<string, unknown>): ClampResult {
  const fields: Record<string, unknown> =
    typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {};
  const notes: string[] = [];
  const arrival = clampField('arrival', fields.arrival, LIMITS.arrival, DEFAULT_SCENARIO.arrival, true, notes);
  const copy = clampField('copy', fields.copy, LIMITS.copy, DEFAULT_SCENARIO.copy, true, notes);
  const pollEvery = clampField(
    'pollEvery', fields.pollEvery, LIMITS.pollEvery, DEFAULT_SCENARIO.pollEvery, false, notes,
  );
  const pollCost = clampField(
    'pollCost', fields.pollCost, pollCostRange(pollEvery), DEFAULT_SCENARIO.pollCost, false, notes,
    ' (at most pollEvery)',
  );
  return { scenario: { arrival, copy, pollEvery, pollCost }, notes };
}
