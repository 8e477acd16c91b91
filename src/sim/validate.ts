/**
 * Input checks for the simulator. A value passes only if it is a number, finite, an integer and within
 * LIMITS (pollCost also at most pollEvery); anything else throws a RangeError whose message names the field,
 * states the allowed range and shows the value it got, e.g. `arrival must be an integer from 0 to 10000,
 * got -5`. Callers therefore never see a partial trace. Unknown keys are ignored; -0 is read as 0.
 * Strings are rejected here even when numeric: clamp.ts is the forgiving path for sliders and URL hashes.
 */
import { DEFAULT_SCENARIO, LIMITS, MODELS, type Range } from './limits';
import type { ModelId, Scenario, ServeMode, ServeScenario } from './types';

/** The three ways serveConnections can handle N connections, in src/sim/README.md's order (one thread, a thread each, multiplexing). */
export const SERVE_MODES: readonly ServeMode[] = Object.freeze([
  'blocking',
  'thread-per-connection',
  'multiplexing',
] as const);

/**
 * Shows a rejected value after "got" in every message of src/sim: strings quoted (and cut short), numbers,
 * booleans, null and undefined as JavaScript prints them, anything else by its kind ("an array", "an object").
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return 'an array';
  // Only these three kinds are left; naming them whole keeps the article right ("an object", not "a object").
  return typeof value === 'function' ? 'a function' : typeof value === 'symbol' ? 'a symbol' : 'an object';
}

/** The words of every range message: `field must be an integer from min to max`. */
export function rangeText(field: string, range: Range, maxNote = ''): string {
  return `${field} must be an integer from ${range.min} to ${range.max}${maxNote}`;
}

/** True when `value` is a number that is an integer within `range`. */
function isIntIn(value: unknown, range: Range): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;
}

/** Returns `value` (with -0 read as 0) if it is an integer within `range`, else throws a RangeError naming `field`. */
function checkInt(field: string, value: unknown, range: Range, maxNote = ''): number {
  if (!isIntIn(value, range)) throw new RangeError(`${rangeText(field, range, maxNote)}, got ${showValue(value)}`);
  return value === 0 ? 0 : value;
}

/** The allowed pollCost for a given pollEvery: s ≤ P, so the default pollCost 1 always fits. */
export function pollCostRange(pollEvery: number): Range {
  return { min: LIMITS.pollCost.min, max: Math.min(LIMITS.pollCost.max, pollEvery) };
}

/** Returns `model` if it is one of MODELS, else throws a RangeError listing them. */
export function validateModel(model: unknown): ModelId {
  if (typeof model === 'string' && (MODELS as readonly string[]).includes(model)) return model as ModelId;
  throw new RangeError(`model must be one of ${MODELS.join(', ')}, got ${showValue(model)}`);
}

/** Returns `mode` if it is one of SERVE_MODES, else throws a RangeError listing them. */
export function validateServeMode(mode: unknown): ServeMode {
  if (typeof mode === 'string' && (SERVE_MODES as readonly string[]).includes(mode)) return mode as ServeMode;
  throw new RangeError(`mode must be one of ${SERVE_MODES.join(', ')}, got ${showValue(mode)}`);
}

/** Checks a scenario against LIMITS and returns a fresh copy with the defaults filled in; throws a RangeError. */
export function validateScenario(s: unknown): Required<Scenario> {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) {
    throw new RangeError(`scenario must be an object with arrival and copy, got ${showValue(s)}`);
  }
  const input = s as Record<string, unknown>;
  const arrival = checkInt('arrival', input.arrival, LIMITS.arrival);
  const copy = checkInt('copy', input.copy, LIMITS.copy);
  // Optional fields: only `undefined` (or absence) means "use the default"; null is a wrong value.
  const pollEvery = input.pollEvery === undefined
    ? DEFAULT_SCENARIO.pollEvery
    : checkInt('pollEvery', input.pollEvery, LIMITS.pollEvery);
  const pollCost = input.pollCost === undefined
    ? DEFAULT_SCENARIO.pollCost
    : checkInt('pollCost', input.pollCost, pollCostRange(pollEvery), ' (at most pollEvery)');
  return { arrival, copy, pollEvery, pollCost };
}

/** Checks a serveConnections scenario against LIMITS.serve and returns a fresh copy; throws a RangeError. */
export function validateServeScenario(s: unknown): ServeScenario {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) {
    throw new RangeError(`scenario must be an object with arrivals, copy and process, got ${showValue(s)}`);
  }
  const input = s as Record<string, unknown>;
  const { connections } = LIMITS.serve;
  if (!Array.isArray(input.arrivals)) {
    throw new RangeError(
      `arrivals must be an array of ${connections.min} to ${connections.max} ticks, got ${showValue(input.arrivals)}`,
    );
  }
  const raw: unknown[] = input.arrivals;
  // The length is read once and checked before any element, so a million connections fail at once.
  const n = raw.length;
  if (n < connections.min || n > connections.max) {
    throw new RangeError(`arrivals must have from ${connections.min} to ${connections.max} connections, got ${n}`);
  }
  // A plain copy by index, never through raw's iterator: an array may carry its own Symbol.iterator, which
  // could yield more values than its length (or never stop). A hole reads as undefined and fails.
  const arrivals = new Array<number>(n);
  for (let i = 0; i < n; i++) arrivals[i] = checkInt(`arrivals[${i}]`, raw[i], LIMITS.serve.arrival);
  const copy = checkInt('copy', input.copy, LIMITS.serve.copy);
  const process = checkInt('process', input.process, LIMITS.serve.process);
  return { arrivals, copy, process };
}
