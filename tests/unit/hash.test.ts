/**
 * The demos' URL hash against hostile and careless input (src/playback/params.ts, read by src/playback/param-state.svelte.ts):
 * a crafted link must answer at once with the safe default and a note, and whatever the hash holds that the demo
 * does not read gets a note in the page's language, never the text itself.
 */
import { describe, expect, it } from 'vitest';
import { clampInt, DEFAULT_SCENARIO, readNumber } from '~/sim/limits';
import { clampScenario } from '~/sim/clamp';
import { HASH_MAX, parseHash, resolveParams, resolvePosition, type HashReader, type ParamNote } from '~/playback/params';
import { noteSentence } from '~/narration/notes';
import { DEMO_STRINGS } from '~/i18n/demo';
import { LOCALES } from '~/i18n/locales';

const MODEL: HashReader = { poll: false, position: 'step' };
const NONBLOCKING: HashReader = { poll: true, position: 'step' };
const COMPARE: HashReader = { poll: true, position: 't' };

/** What a demo shows for a hash, as param-state.svelte.ts reads it: the scenario, the position and every note. */
function read(hash: string, demo: HashReader, max = 50) {
  const h = parseHash(hash, demo);
  const { scenario, notes } = resolveParams(h.raw);
  const all: ParamNote[] = [...notes];
  const position = resolvePosition(demo.position, h.position, max, all);
  return { ours: h.ours, scenario, position, notes: [...all, ...h.notes] };
}

// 200,000 digits and then one character that is not a digit: the input on which a pattern that backtracks over
// the digits takes quadratic time.
const DIGITS = '1'.repeat(200_000);

describe('a crafted long hash answers at once, with the defaults and a note', () => {
  // A hang would be caught here: the whole test must take well under this, on two busy cores.
  const QUICK = { timeout: 5_000 };

  it('reads a 200,000-digit number ending in garbage in one pass (the pattern has one way to match)', QUICK, () => {
    expect(readNumber(`${DIGITS}x`)).toBeUndefined();
    expect(readNumber(`${DIGITS}.${DIGITS}x`)).toBeUndefined();
    expect(clampInt(`${DIGITS}x`, { min: 0, max: 100 }, 10)).toBe(10);
    const r = clampScenario({ arrival: `${DIGITS}x`, copy: 2 });
    expect(r.scenario.arrival).toBe(DEFAULT_SCENARIO.arrival);
    expect(r.notes).toHaveLength(1);
  });

  for (const [name, hash, demo] of [
    ['#arrival= on a model page', `#arrival=${DIGITS}x`, MODEL],
    ['#t= on the summary', `#t=${DIGITS}x`, COMPARE],
    ['an embed page (its query values in front of the page hash)', `#arrival=5&copy=3&poll=2&step=${DIGITS}x`, NONBLOCKING],
  ] as const) {
    it(`${name}: nothing read, the defaults, one note`, QUICK, () => {
      const r = read(hash, demo);
      expect(r).toEqual({ ours: true, scenario: { ...DEFAULT_SCENARIO }, position: undefined, notes: [{ kind: 'long', max: HASH_MAX }] });
    });
  }

  it('says so in every language, with the limit', () => {
    for (const locale of LOCALES) {
      const text = noteSentence(DEMO_STRINGS[locale].ui, { kind: 'long', max: HASH_MAX });
      expect(text).toContain(String(HASH_MAX));
    }
  });

  it('leaves a long in-page anchor alone, and reads a hash of exactly the limit', () => {
    expect(parseHash(`#${'a'.repeat(HASH_MAX * 4)}`, MODEL)).toEqual({ raw: {}, notes: [], ours: false });
    const h = `#arrival=7&copy=3&step=${'0'.repeat(HASH_MAX - 'arrival=7&copy=3&step=4'.length)}4`;
    expect(h.length).toBe(HASH_MAX + 1);
    expect(read(h, MODEL)).toEqual({ ours: true, scenario: { ...DEFAULT_SCENARIO, arrival: 7, copy: 3 }, position: 4, notes: [] });
    expect(read(`${h}0`, MODEL).notes).toEqual([{ kind: 'long', max: HASH_MAX }]);
  });
});

describe('what the demo does not read is noted, never dropped in silence', () => {
  /** Each case: the hash, the demo, what it shows (arrival, copy, pollEvery; position) and its notes. */
  const cases: [string, string, HashReader, [number, number, number, number | undefined], ParamNote[]][] = [
    ['a key in capitals', '#Arrival=5&copy=4', MODEL, [10, 4, 3, undefined], [{ kind: 'spelling', field: 'arrival' }]],
    ['a %-escaped key', '#%61rrival=5&c%6Fpy=4', MODEL, [10, 2, 3, undefined],
      [{ kind: 'spelling', field: 'arrival' }, { kind: 'spelling', field: 'copy' }]],
    ['";" as a separator', '#arrival=5;copy=4', MODEL, [5, 2, 3, undefined], [{ kind: 'semicolon' }]],
    ['a key twice, the second garbage: the first number stays', '#arrival=5&arrival=abc', MODEL, [5, 2, 3, undefined],
      [{ kind: 'repeat', field: 'arrival' }]],
    ['a key twice, the first garbage: the first number counts', '#arrival=abc&arrival=6&arrival=7', MODEL, [6, 2, 3, undefined],
      [{ kind: 'repeat', field: 'arrival' }]],
    ['poll where the demo has no P', '#poll=999&arrival=4', MODEL, [4, 2, 3, undefined], [{ kind: 'unused', field: 'pollEvery' }]],
    ['the other kind of position', '#t=3&step=2', MODEL, [10, 2, 3, 2], [{ kind: 'ignored', field: 't' }]],
    ['the comparison: step is not its position, poll is read', '#step=3&poll=4&t=5&t=6', COMPARE, [10, 2, 4, 5],
      [{ kind: 'ignored', field: 'step' }, { kind: 'repeat', field: 't' }]],
  ];
  for (const [name, hash, demo, [arrival, copy, pollEvery, position], notes] of cases) {
    it(`${name} (${hash})`, () => {
      expect(read(hash, demo)).toEqual({ ours: true, scenario: { arrival, copy, pollEvery, pollCost: 1 }, position, notes });
    });
  }

  it('an equals sign alone, or keys that are not ours, are an anchor, not a demo state', () => {
    for (const h of ['#=', '#foo=1', '#what-happens-in-each-phase', '#%E0%A4%A=1', '#a=1;b=2']) {
      expect(parseHash(h, NONBLOCKING).ours, h).toBe(false);
    }
  });

  it('a value is decoded once and read once; a malformed escape is garbage, noted as such', () => {
    expect(read('#arrival=%31%32&copy=+3+', MODEL).scenario).toEqual({ arrival: 12, copy: 3, pollEvery: 3, pollCost: 1 });
    expect(read('#arrival=%E0%A4%A', MODEL).notes).toEqual([{ kind: 'value', field: 'arrival', used: 10, min: 0, max: 100 }]);
    expect(read('#arrival=5=6', MODEL).notes).toEqual([{ kind: 'value', field: 'arrival', used: 10, min: 0, max: 100 }]);
  });

  for (const locale of LOCALES) {
    it(`every note is a sentence of ${locale} naming the field, and none repeats the address`, () => {
      const ui = DEMO_STRINGS[locale].ui;
      for (const [, hash, , , notes] of cases) {
        for (const n of notes) {
          const text = noteSentence(ui, n);
          expect(text, `${hash} ${n.kind}`).not.toMatch(/\{\w+\}/);
          if ('field' in n) {
            const field = n.field === 'step' || n.field === 't' ? ui[`note.${n.field}`] : ui[`param.${n.field}`];
            expect(text.startsWith(field), `${hash} ${n.kind}`).toBe(true);
          }
          // Only the site's own key names appear, never what the address held.
          expect(text).not.toMatch(/Arrival|%61|999|abc/);
        }
      }
      expect(noteSentence(ui, { kind: 'spelling', field: 'pollEvery' })).toContain('poll');
      expect(noteSentence(ui, { kind: 'semicolon' })).toContain('&');
    });
  }
});
