/**
 * The demos' parameters and their URL hash. Pure: strings in, a valid scenario and structured notes out.
 * Every value is read as clampScenario reads it (a decimal, rounded; garbage → the default) and clamped
 * to the slider bounds, which lie inside the simulator's LIMITS, so a figure is always drawable; a note records each field that had to change, never the raw
 * text (nothing from a URL is ever echoed back), and so does each part of the hash the demo did not read.
 * Hash format: `#arrival=10&copy=2&poll=3&step=5` (the comparison uses `t=7`, a tick, instead of `step`). A hash
 * with none of these keys is an in-page anchor and is left alone; one longer than HASH_MAX is not read.
 */
import { clampNumber, DEFAULT_SCENARIO, LIMITS, readNumber, type Range } from '~/sim/limits';
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
 * Runs whose narration says every kind of sentence (components/ModelDemo.astro reserves the narration's height for
 * the longest, its numbers widened to three digits): the defaults, a datagram ready at once (some models say other
 * things then), and the sliders' largest values, polling every tick and as seldom as allowed. A function, so
 * that the islands' bundle, which never calls it, does not carry it.
 */
export function wordiestScenarios(): Required<Scenario>[] {
  const { arrival, copy, pollEvery } = DEMO_BOUNDS;
  return [DEFAULT_SCENARIO, { arrival: 0, copy: 1, pollEvery: 1, pollCost: 1 },
    ...[1, pollEvery.max].map((p) => ({ arrival: arrival.max, copy: copy.max, pollEvery: p, pollCost: 1 }))];
}

/** What a note is about: a parameter, or a position (a model's step, the comparison's tick). */
export type NoteField = ParamName | 'step' | 't';

/** A value that had to change: which field, what was used instead, and the allowed range. */
export interface ValueNote { kind: 'value'; field: NoteField; used: number; min: number; max: number }

/**
 * Why something was changed or left unused; no note ever holds text from the URL.
 * value: out of range or not a number. ignored: a position key this demo does not read (`t` on a model,
 * `step` on the comparison). unused: a parameter this demo does not use (`poll` off the nonblocking page).
 * spelling: one of our keys in other letters or %-escaped (`Arrival`, `%61rrival`), not read.
 * repeat: a key given more than once (the first number counts). semicolon: a `;` where `&` belongs (what
 * follows it in that part is not read). long: a hash over `max` characters, of which nothing is read.
 */
export type ParamNote =
  | ValueNote
  | { kind: 'ignored' | 'unused' | 'spelling' | 'repeat'; field: NoteField }
  | { kind: 'semicolon' }
  | { kind: 'long'; max: number };

/** Raw parameter values, as typed or as read from a hash (NaN: not a number); absent fields take the default. */
export type RawParams = Partial<Record<ParamName, string | number>>;

/** A valid scenario (pollCost 1) from raw values, with one note per field that was out of range or garbage. */
export function resolveParams(raw: RawParams): { scenario: Required<Scenario>; notes: ParamNote[] } {
  const notes: ParamNote[] = [];
  // The simulator's reading (readNumber, then clampNumber), with structured notes instead of its English messages.
  const pick = (f: ParamName): number => {
    const b = DEMO_BOUNDS[f];
    const given = raw[f];
    const n = readNumber(given);
    const v = clampNumber(n, b, DEFAULT_SCENARIO[f]);
    if (given !== undefined && n !== v) notes.push({ kind: 'value', field: f, used: v, min: b.min, max: b.max });
    return v;
  };
  const scenario = { arrival: pick('arrival'), copy: pick('copy'), pollEvery: pick('pollEvery'), pollCost: 1 };
  return { scenario, notes };
}

/** The hash key of each field (`poll` is pollEvery's). */
export const HASH_KEYS: Readonly<Record<NoteField, string>> = { arrival: 'arrival', copy: 'copy', pollEvery: 'poll', step: 'step', t: 't' };

/**
 * The hash keys as the alternatives of a pattern (`arrival|copy|…`): what client:interact wakes a timeline island
 * for. A function, so that the islands' bundle, which never calls it, does not carry it.
 */
export function hashKeyPattern(): string {
  return Object.values(HASH_KEYS).join('|');
}

/**
 * The longest hash read, `#` excluded. A demo's own hash is under 50 characters (#arrival=100&copy=20&poll=20&step=99);
 * an embed page puts at most three 32-character query values in front of it. Of a longer one no value is read, and
 * only its first HASH_MAX characters are looked at (for our keys), so no crafted link makes the reading slow.
 */
export const HASH_MAX = 512;

/** What a hash holds for one demo: its raw parameters and position (numbers, NaN for garbage), notes, and whether it is ours. */
export interface HashState { raw: RawParams; position?: number; notes: ParamNote[]; ours: boolean }

/** Which keys a demo reads: poll or not, and its kind of position. */
export interface HashReader { poll: boolean; position: 'step' | 't' }

/**
 * Splits a location hash into what `demo` reads. Only `&` separates parts and only an exact key is ours; each
 * value is read once (decoded; a malformed escape stays text, which is garbage), and a key's first number
 * counts. Whatever is left unread gets a note (ParamNote says which). A hash with none of our keys, however
 * spelled, is an in-page anchor: not ours, no notes.
 */
export function parseHash(hash: string, demo: HashReader): HashState {
  const got: Partial<Record<NoteField, number>> = {};
  const notes: ParamNote[] = [];
  // Each note once (a key given three times is one 'repeat').
  const note = (n: ParamNote): void => {
    if (!notes.some((m) => JSON.stringify(m) === JSON.stringify(n))) notes.push(n);
  };
  const fieldOf = (key: string) => (Object.keys(HASH_KEYS) as NoteField[]).find((f) => HASH_KEYS[f] === key);
  // %-escapes and + decoded; a malformed escape leaves the text as it is (garbage as a value, no key of ours).
  const decode = (text: string): string => {
    try {
      return decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return text;
    }
  };
  let ours = false;
  const body = hash.replace(/^#/, '');
  const long = body.length > HASH_MAX;
  // A too-long hash is only looked at for our keys (is it ours?), within its first HASH_MAX characters.
  for (const item of body.slice(0, HASH_MAX).split('&')) {
    const part = item.split(';')[0]!;
    if (part !== item) note({ kind: 'semicolon' });
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq);
    const field = fieldOf(key);
    const like = fieldOf(decode(key).toLowerCase());
    ours ||= !!like;
    if (!field) {
      if (like) note({ kind: 'spelling', field: like });
    } else if (field === 'pollEvery' && !demo.poll) note({ kind: 'unused', field });
    else if ((field === 'step' || field === 't') && field !== demo.position) note({ kind: 'ignored', field });
    else if (!long) {
      const had = got[field];
      if (had !== undefined) note({ kind: 'repeat', field });
      // The first number counts: a later value replaces only garbage (NaN) or nothing.
      if (had === undefined || Number.isNaN(had)) got[field] = readNumber(decode(part.slice(eq + 1))) ?? NaN;
    }
  }
  const { step, t, ...raw } = got;
  // Of a hash that is too long no value was read: it says only that.
  return { raw, position: demo.position === 'step' ? step : t, notes: long && ours ? [{ kind: 'long', max: HASH_MAX }] : notes, ours };
}

/** A position (read by parseHash: a number, NaN for garbage) within [0, max], with a note when it had to change. */
export function resolvePosition(field: 'step' | 't', n: number | undefined, max: number, notes: ParamNote[]): number | undefined {
  if (n === undefined) return undefined;
  const v = clampNumber(Number.isNaN(n) ? undefined : n, { min: 0, max }, max);
  if (n !== v) notes.push({ kind: 'value', field, used: v, min: 0, max });
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
