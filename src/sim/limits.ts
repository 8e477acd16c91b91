/**
 * The simulator's constants: the model ids in the notes' order, the bounds every input must lie in, and
 * the default scenario. Everything here is frozen data; validate.ts and clamp.ts enforce it.
 * Bounds are inclusive and every bounded value is an integer number of ticks (or a count).
 * @see src/sim/README.md (the model this simulator implements)
 */
import type { ModelId, Scenario } from './types';

/** The five models in the order of the notes and of Stevens §6.2: blocking first, asynchronous last. */
export const MODELS: readonly ModelId[] = Object.freeze([
  'blocking',
  'nonblocking',
  'multiplexing',
  'signal-driven',
  'async',
] as const);

/** An inclusive integer range. */
export interface Range { readonly min: number; readonly max: number }

/** Inclusive integer bounds of every input; pollCost must also be at most pollEvery. */
export const LIMITS = Object.freeze({
  /** A: tick at which the datagram is ready. */
  arrival: Object.freeze({ min: 0, max: 10_000 }),
  /** C: ticks of the kernel-to-user copy. */
  copy: Object.freeze({ min: 1, max: 1_000 }),
  /** P: period of the nonblocking poll loop. */
  pollEvery: Object.freeze({ min: 1, max: 1_000 }),
  /** s: CPU ticks of one failed poll; the upper bound is further capped by pollEvery. */
  pollCost: Object.freeze({ min: 1, max: 1_000 }),
  /** serveConnections: how many connections, each arrival, the copy and the processing ticks. */
  serve: Object.freeze({
    connections: Object.freeze({ min: 1, max: 64 }),
    arrival: Object.freeze({ min: 0, max: 10_000 }),
    copy: Object.freeze({ min: 1, max: 1_000 }),
    process: Object.freeze({ min: 0, max: 1_000 }),
  }),
}) satisfies Record<keyof Scenario, Range> & { serve: Record<string, Range> };

// A plain decimal literal, as a person types it into a URL: no hex, no "Infinity", no empty string. Each
// alternative is unambiguous (the digits before the point are read by one \d+, those after it by one \d*),
// so a long run of digits that ends in garbage fails in one pass instead of being re-split at every digit.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** A raw value (a number, or a string holding a plain decimal) as a number, or undefined (NaN included). */
export function readNumber(value: unknown): number | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  let n: number;
  if (typeof value === 'number') n = value;
  else if (DECIMAL.test(text)) n = Number(text);
  else return undefined;
  return Number.isNaN(n) ? undefined : n;
}

/**
 * A number read by readNumber, rounded to the nearest integer and moved into `range` (±Infinity to the
 * nearer bound); undefined gives `fallback`. Callers that also need to know whether the value changed read
 * it once with readNumber and pass the result here.
 */
export function clampNumber(n: number | undefined, range: Range, fallback: number): number {
  if (n === undefined) return fallback;
  // Math.round on ±Infinity stays infinite, and the clamp then picks the nearer bound.
  const v = Math.min(range.max, Math.max(range.min, Math.round(n)));
  return v === 0 ? 0 : v; // -0 would fail a toEqual against 0 downstream
}

/**
 * The one reading of a raw field every input path shares (the simulator's clampScenario, the demos'
 * sliders and URL hash, the serve demo's boxes): a number rounds to the nearest integer and moves into
 * `range` (±Infinity to the nearer bound); anything that is not a number gives `fallback`.
 */
export function clampInt(value: unknown, range: Range, fallback: number): number {
  return clampNumber(readNumber(value), range, fallback);
}

/** The example scenario of the site: A = 10, C = 2, P = 3, s = 1. */
export const DEFAULT_SCENARIO: Readonly<Required<Scenario>> = Object.freeze({
  arrival: 10,
  copy: 2,
  pollEvery: 3,
  pollCost: 1,
});
