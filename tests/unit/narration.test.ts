/**
 * The narration's numbers against the trace: every number a sentence states (its tick, ticks since the
 * datagram was ready, done, blocked, work) is read back out of the sentence and compared with the value
 * this file computes from the trace's events and timeline, for every model, two scenarios and every locale.
 * A number no pattern below accounts for fails the test, so a new placeholder needs a rule here.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, MODELS, simulate } from '~/sim/index';
import type { Scenario, Trace, TraceEvent } from '~/sim/types';
import { cursorAtStep, endCursor, sceneAt } from '~/render/scene';
import { narrate, type NarrationText } from '~/render/text';
import { clockStops, narrateClock } from '~/render/clock';
import { DEMO_STRINGS } from '~/i18n/demo';
import { LOCALES, type Locale } from '~/i18n/locales';

/** What a stated number means; `expected` computes it from the trace, never from trace.stats. */
type Quantity = 'tick' | 'sinceReady' | 'done' | 'blocked' | 'work';

/** Where a locale's sentences state a number: one capture group per pattern, and what it must equal. */
interface Rule { re: RegExp; q: Quantity }

/** Per locale, the phrases that carry numbers, and the names with a digit that are not numbers (phase 1). */
const RULES: Record<Locale, { rules: Rule[]; names: RegExp }> = {
  en: {
    rules: [
      { re: /^Tick (\d+)[:.] /, q: 'tick' },
      { re: /(\d+) ticks after (?:the datagram|it) was ready/, q: 'sinceReady' },
      { re: /done at tick (\d+)/, q: 'done' },
      { re: /blocked (\d+) ticks/, q: 'blocked' },
      { re: /(\d+) ticks of useful work/, q: 'work' },
    ],
    names: /\b[Pp]hase [12]\b/g,
  },
  zh: {
    rules: [
      { re: /^第 (\d+) 拍[：。]/, q: 'tick' },
      { re: /晚了 (\d+) 拍/, q: 'sinceReady' },
      { re: /第 (\d+) 拍完成/, q: 'done' },
      { re: /阻塞 (\d+) 拍/, q: 'blocked' },
      { re: /有用的工作 (\d+) 拍/, q: 'work' },
    ],
    names: /$^/g,
  },
};

/** Ticks of the timeline in any of `states` (w wait, p poll, . work, c copy). */
function ticksIn(trace: Trace, states: string): number {
  return [...trace.timeline].filter((ch) => states.includes(ch)).length;
}

/** The value a quantity must have in a sentence about `e` (null: the idle summary, about no event). */
function expected(q: Quantity, trace: Trace, e: TraceEvent | null): number {
  const ready = trace.events.find((x) => x.label === 'datagram ready');
  if (!ready) throw new Error('no datagram ready event');
  const last = trace.events[trace.events.length - 1] as TraceEvent;
  switch (q) {
    case 'tick':
    case 'sinceReady':
      if (!e) throw new Error(`${q} in a sentence about no event`);
      return q === 'tick' ? e.t : e.t - ready.t;
    case 'done': return last.t;
    case 'blocked': return ticksIn(trace, 'wc');
    case 'work': return ticksIn(trace, '.');
  }
}

/** Checks every number in `sentence` against the trace; returns what it checked, for the coverage test. */
function checkNumbers(locale: Locale, sentence: string, trace: Trace, e: TraceEvent | null): Quantity[] {
  const { rules, names } = RULES[locale];
  let rest = sentence.replace(names, '');
  const seen: Quantity[] = [];
  for (const { re, q } of rules) {
    const m = re.exec(rest);
    if (!m) continue;
    expect(Number(m[1]), `${q} in "${sentence}"`).toBe(expected(q, trace, e));
    seen.push(q);
    rest = rest.replace(m[0], '');
  }
  expect(rest, `a number no rule explains in "${sentence}"`).not.toMatch(/\d/);
  return seen;
}

const SCENARIOS: Record<string, Required<Scenario>> = {
  default: DEFAULT_SCENARIO,
  'A=7, C=3, P=4': { arrival: 7, copy: 3, pollEvery: 4, pollCost: 1 },
};

for (const locale of LOCALES) {
  const s = DEMO_STRINGS[locale];
  for (const [name, sc] of Object.entries(SCENARIOS)) {
    const traces = MODELS.map((m) => simulate(m, sc));

    describe(`narration in ${locale}, ${name}`, () => {
      for (const trace of traces) {
        const text: NarrationText = {
          idle: s.ui['narr.idle'], start: s.ui['narr.start'], tick: s.ui['narr.tick'], events: s.narr[trace.model],
        };

        it(`${trace.model}: each event's sentence states its numbers as the trace has them`, () => {
          trace.events.forEach((e, i) => {
            const sentence = narrate(text, trace, sceneAt(trace, cursorAtStep(trace, i + 1)), false);
            expect(checkNumbers(locale, sentence, trace, e)).toContain('tick');
          });
        });

        it(`${trace.model}: the idle summary states done, blocked and work as the trace has them`, () => {
          const sentence = narrate(text, trace, sceneAt(trace, endCursor(trace)), true);
          expect(checkNumbers(locale, sentence, trace, null).sort()).toEqual(['blocked', 'done', 'work']);
        });
      }

      it('the comparison states each model\'s numbers as its own trace has them', () => {
        const names = s.models as Record<string, string>;
        for (const t of clockStops(traces)) {
          const sentence = narrateClock(s.ui['narr.compareAt'], s.ui['narr.compareNothing'], names, s.narr, traces, t);
          // The head states the tick; each model's part, up to the next model's name, is about its last event at t.
          // Longest names first: '阻塞 I/O' is the tail of '非阻塞 I/O'.
          const byName = new Map(traces.map((tr) => [names[tr.model], tr]));
          const alt = [...byName.keys()].sort((a, b) => b!.length - a!.length).map((n) => n!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
          const at = [...sentence.matchAll(new RegExp(`(${alt.join('|')}): `, 'g'))]
            .map((m) => ({ tr: byName.get(m[1])!, i: m.index, from: m.index + m[0].length }));
          const head = at.length ? sentence.slice(0, at[0]!.i) : sentence;
          expect(checkNumbers(locale, head, traces[0]!, { t, actor: 'app', label: 'recvfrom' })).toEqual(['tick']);
          at.forEach(({ tr, from }, k) => {
            const part = sentence.slice(from, k + 1 < at.length ? at[k + 1]!.i : undefined);
            const e = tr.events.filter((x) => x.t === t).pop();
            expect(e, `${tr.model} has an event at ${t}`).toBeDefined();
            checkNumbers(locale, part, tr, e!);
          });
        }
      });
    });
  }
}

describe('the narration rules', () => {
  it('catch a sentence that states the detection lag as the time to return', () => {
    const trace = simulate('nonblocking', DEFAULT_SCENARIO);
    const ret = trace.events[trace.events.length - 1] as TraceEvent;
    // A = 10, P = 3: the poll at 12 finds the datagram (2 ticks late); recvfrom returns at 14, 4 ticks after A.
    expect(() => checkNumbers('en', 'Tick 14: recvfrom returns OK, 2 ticks after the datagram was ready.', trace, ret)).toThrow();
    expect(checkNumbers('en', 'Tick 14: recvfrom returns OK, 4 ticks after the datagram was ready.', trace, ret)).toEqual(['tick', 'sinceReady']);
  });
});
