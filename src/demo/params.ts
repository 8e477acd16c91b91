/**
 * The demos' parameters and their URL hash. Pure: strings in, a valid scenario and structured notes out.
 * Every value is read as clampScenario reads it (a decimal, rounded; garbage → the default) and clamped
 * to the slider bounds, which lie inside the simulator's LIMITS, so a figure is always drawable; a note records each field that had to change, never the raw
 * text (nothing from a URL is ever echoed back). Hash format: `#arrival=10&copy=2&poll=3&step=5`
 * (the comparison uses `t=7`, a tick, instead of `step`). A hash with none of these keys is an in-page
 * anchor and is left alone.
 */
import { clampInt, DEFAULT_SCENARIO, LIMITS, readNumber, type Range } from '~/sim/limits';
import type { Scenario } from '~/sim/types';

/** A field the reader can set, by its scenario name. */
export type ParamName = 'arrival' | 'copy' | 'pollEvery';

/** The sliders' bounds: inside the simulator's LIMITS, small enough for a legible figure. */
export const DEMO_BOUNDS: Readonly<Record<ParamName, Range>> = {
  arrival: { min: Math.max(LIMITS.arrival.min, 0), max: Math.min(LIMITS.arrival.max, 100) },
  copy: { min: Math.max(LIMITS.copy.min, 1), max: Math.min(LIMITS.copy.max, 20) },
  pollEvery: { min: Math.max(LIMITS.pollEvery.min, 1), max: Math.min(LIMITS.pollEvery.max, 20) },
};

/**
 * A value that had to change: which field, what was used instead, and the allowed range; or, `ignored`,
 * a position key the demo does not read (`step` on the comparison, `t` on a model), left unused.
 */
export interface ParamNote { field: ParamName | 'step' | 't'; used: number; min: number; max: number; ignored?: true }

/** Raw parameter text, as typed or as found in a hash; absent fields take the default. */
export type RawParams = Partial<Record<ParamName, string | number>>;

/** A valid scenario (pollCost 1) from raw values, with one note per field that was out of range or garbage. */
export function resolveParams(raw: RawParams): { scenario: Required<Scenario>; notes: ParamNote[] } {
  const notes: ParamNote[] = [];
  // The simulator's reading (clampInt), with structured notes instead of its English messages.
  const pick = (f: ParamName): number => {
    const b = DEMO_BOUNDS[f];
    const given = raw[f];
    const v = clampInt(given, b, DEFAULT_SCENARIO[f]);
    if (given !== undefined && readNumber(given) !== v) notes.push({ field: f, used: v, min: b.min, max: b.max });
    return v;
  };
  const scenario = { arrival: pick('arrival'), copy: pick('copy'), pollEvery: pick('pollEvery'), pollCost: 1 };
  return { scenario, notes };
}

/** What a hash holds: raw parameters, a raw position (step or t), and whether it is ours at all. */
export interface HashState { raw: RawParams; step?: string; t?: string; ours: boolean }

/** Splits a location hash into our keys; unknown keys are ignored, malformed escapes read as garbage. */
export function parseHash(hash: string): HashState {
  const raw: RawParams = {};
  const out: HashState = { raw, ours: false };
  const body = hash.replace(/^#/, '');
  if (!body.includes('=')) return out;
  // URLSearchParams decodes + and %XX; a malformed escape stays text, which then reads as garbage.
  new URLSearchParams(body).forEach((value, key) => {
    const f = key === 'poll' ? 'pollEvery' : key;
    if (f === 'arrival' || f === 'copy' || f === 'pollEvery') raw[f] = value;
    else if (key === 'step' || key === 't') out[key] = value;
    else return;
    out.ours = true;
  });
  return out;
}

/** A position from hash text within [0, max], with a note when it was garbage or out of range. */
export function resolvePosition(
  field: 'step' | 't', text: string | undefined, max: number, notes: ParamNote[],
): number | undefined {
  if (text === undefined) return undefined;
  const v = clampInt(text, { min: 0, max }, max);
  if (readNumber(text) !== v) notes.push({ field, used: v, min: 0, max });
  return v;
}

/** The hash for a scenario and a position; `poll` only where it matters. */
export function formatHash(s: Required<Scenario>, withPoll: boolean, pos?: { step: number } | { t: number }): string {
  let h = `#arrival=${s.arrival}&copy=${s.copy}`;
  if (withPoll) h += `&poll=${s.pollEvery}`;
  if (pos && 'step' in pos) h += `&step=${pos.step}`;
  else if (pos) h += `&t=${pos.t}`;
  return h;
}
