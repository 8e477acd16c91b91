/**
 * The narration's numbers and states against the trace: every number a sentence states (its tick, ticks since
 * the datagram was ready, done, blocked, work, and in a tick's state sentence where the wait began, the poll's
 * number, the next poll, when the datagram was ready and how far the copy is) is read back out of the sentence
 * and compared with the value this file computes from the trace's events, timeline and kernel spans, for every
 * model, every tick, two scenarios and every locale. A number no pattern below accounts for fails the test, so
 * a new placeholder needs a rule here. A state sentence must also use the phrases of the process's state (the
 * timeline's character) and the kernel's (its span) at that tick.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, MODELS, simulate } from '~/sim/index';
import type { AppState, KernelState, Scenario, Trace, TraceEvent } from '~/sim/types';
import { cursorAtStep, cursorAtTick, endCursor, sceneAt } from '~/figure/scene';
import { narrate, type NarrationText } from '~/narration/narrate';
import { clockColumns, clockEnd, clockTrack } from '~/playback/shared-clock';
import { narrateClock } from '~/narration/compare';
import { DEMO_STRINGS } from '~/i18n/demo';
import { LOCALES, type Locale } from '~/i18n/locales';

/** What a stated number means; `expected` computes it from the trace, never from trace.stats. */
type Quantity =
  | 'tick' | 'sinceReady' | 'done' | 'blocked' | 'work'
  | 'since' | 'pollNo' | 'nextPoll' | 'readyAt' | 'copied' | 'copyLen';

/** Where a locale's sentences state a number: one capture group per pattern, and what it must equal. */
interface Rule { re: RegExp; q: Quantity }

/** Per locale, the phrases that carry numbers, and the names with a digit that are not numbers (phase 1). */
const RULES: Record<Locale, { rules: Rule[]; names: RegExp }> = {
  en: {
    rules: [
      { re: /^Tick (\d+)[:.,] /, q: 'tick' },
      { re: /(\d+) ticks after (?:the datagram|it) was ready/, q: 'sinceReady' },
      { re: /done at tick (\d+)/, q: 'done' },
      { re: /blocked (\d+) ticks/, q: 'blocked' },
      { re: /(\d+) ticks of useful work/, q: 'work' },
      { re: /ready since tick (\d+)/, q: 'readyAt' },
      { re: /since tick (\d+)/, q: 'since' },
      { re: /failed poll #(\d+)/, q: 'pollNo' },
      { re: /next poll at tick (\d+)/, q: 'nextPoll' },
      { re: /(\d+)(?= of \d+ ticks done)/, q: 'copied' },
      { re: /of (\d+) ticks done/, q: 'copyLen' },
    ],
    names: /\b[Pp]hase [12]\b/g,
  },
  zh: {
    rules: [
      { re: /^第 (\d+) 拍[：。，]/, q: 'tick' },
      { re: /晚了 (\d+) 拍/, q: 'sinceReady' },
      { re: /第 (\d+) 拍完成/, q: 'done' },
      { re: /阻塞 (\d+) 拍/, q: 'blocked' },
      { re: /有用的工作 (\d+) 拍/, q: 'work' },
      { re: /自第 (\d+) 拍起已就绪/, q: 'readyAt' },
      { re: /自第 (\d+) 拍起一直/, q: 'since' },
      { re: /第 (\d+) 次轮询/, q: 'pollNo' },
      { re: /下一次轮询在第 (\d+) 拍/, q: 'nextPoll' },
      { re: /已完成 (\d+) 拍/, q: 'copied' },
      { re: /共 (\d+) 拍/, q: 'copyLen' },
    ],
    names: /$^/g,
  },
};

/** What a sentence is about: an event (null: the idle summary), or the state during tick `at`, stated as tick t. */
type About = { e: TraceEvent | null } | { t: number; at: number };

/** Ticks of the timeline in any of `states` (w wait, p poll, . work, c copy). */
function ticksIn(trace: Trace, states: string): number {
  return [...trace.timeline].filter((ch) => states.includes(ch)).length;
}

/** The kernel's span during tick `at`. */
function kernelAt(trace: Trace, at: number) {
  const k = trace.spans.kernel.find((s) => s.from <= at && at < s.to);
  if (!k) throw new Error(`no kernel span at ${at}`);
  return k;
}

/** The value a quantity must have in a sentence about `about`. */
function expected(q: Quantity, trace: Trace, about: About): number {
  const ready = trace.events.find((x) => x.label === 'datagram ready');
  if (!ready) throw new Error('no datagram ready event');
  const last = trace.events[trace.events.length - 1] as TraceEvent;
  const { pollEvery: P } = trace.scenario;
  if ('at' in about) {
    const { t, at } = about;
    switch (q) {
      case 'tick': return t;
      case 'since': {
        let from = at;
        while (from > 0 && trace.timeline[from - 1] === trace.timeline[at]) from--;
        return from;
      }
      // Polls are at 0, P, 2P, … (src/sim/README.md): during tick `at`, the last one began at ⌊at/P⌋·P.
      case 'pollNo': return Math.floor(at / P) + 1;
      case 'nextPoll': return (Math.floor(at / P) + 1) * P;
      case 'readyAt': return ready.t;
      case 'copied': return at - kernelAt(trace, at).from;
      case 'copyLen': return trace.scenario.copy;
      default: throw new Error(`${q} in a state sentence`);
    }
  }
  const { e } = about;
  switch (q) {
    case 'tick':
    case 'sinceReady':
      if (!e) throw new Error(`${q} in a sentence about no event`);
      return q === 'tick' ? e.t : e.t - ready.t;
    case 'done': return last.t;
    case 'blocked': return ticksIn(trace, 'wc');
    case 'work': return ticksIn(trace, '.');
    default: throw new Error(`${q} in an event sentence`);
  }
}

/** Checks every number in `sentence` against the trace; returns what it checked, for the coverage test. */
function checkNumbers(locale: Locale, sentence: string, trace: Trace, about: About): Quantity[] {
  const { rules, names } = RULES[locale];
  let rest = sentence.replace(names, '');
  const seen: Quantity[] = [];
  for (const { re, q } of rules) {
    const m = re.exec(rest);
    if (!m) continue;
    expect(Number(m[1]), `${q} in "${sentence}"`).toBe(expected(q, trace, about));
    seen.push(q);
    rest = rest.replace(m[0], '');
  }
  expect(rest, `a number no rule explains in "${sentence}"`).not.toMatch(/\d/);
  expect(sentence, 'an unfilled placeholder').not.toMatch(/[{}]/);
  return seen;
}

/** A template's words before its first placeholder: what any sentence filled from it must contain. */
const stem = (template: string | undefined) => (template ?? '<missing>').split('{')[0] as string;

const APP_STATE: Record<string, AppState> = { w: 'wait', p: 'poll', '.': 'work', c: 'copy' };

const SCENARIOS: Record<string, Required<Scenario>> = {
  default: DEFAULT_SCENARIO,
  'A=7, C=3, P=4, s=2': { arrival: 7, copy: 3, pollEvery: 4, pollCost: 2 },
};

for (const locale of LOCALES) {
  const s = DEMO_STRINGS[locale];
  for (const [name, sc] of Object.entries(SCENARIOS)) {
    const traces = MODELS.map((m) => simulate(m, sc));

    describe(`narration in ${locale}, ${name}`, () => {
      for (const trace of traces) {
        const text: NarrationText = {
          idle: s.ui['narr.idle'], start: s.ui['narr.start'], tick: s.ui['narr.tick'], state: s.ui['narr.state'],
          kernel: { empty: s.ui['narr.empty'], ready: s.ui['narr.ready'], copying: s.ui['narr.copying'] },
          events: s.narr[trace.model],
        };

        /** Checks a state sentence: tick t, the app's and the kernel's phrases and numbers of tick `at`. */
        const checkState = (sentence: string, t: number, at: number) => {
          const app = APP_STATE[trace.timeline[at] as string] as AppState;
          const kernel: KernelState = kernelAt(trace, at).state;
          expect(sentence, `${trace.model} at ${t}: the process ${app}`).toContain(stem(text.events[app]));
          expect(sentence, `${trace.model} at ${t}: the kernel ${kernel}`).toContain(stem(text.kernel[kernel]));
          expect(checkNumbers(locale, sentence, trace, { t, at })).toContain('tick');
        };

        it(`${trace.model}: each event's sentence states its numbers as the trace has them`, () => {
          trace.events.forEach((e, i) => {
            const sentence = narrate(text, trace, sceneAt(trace, cursorAtStep(trace, i + 1)), false);
            expect(checkNumbers(locale, sentence, trace, { e })).toContain('tick');
          });
        });

        it(`${trace.model}: at every tick of the scrubber, the sentence states that tick and where the run is`, () => {
          for (let t = 0; t <= trace.done; t++) {
            const sentence = narrate(text, trace, sceneAt(trace, cursorAtTick(trace, t)), false);
            const e = trace.events.filter((x) => x.t === t).pop();
            if (e) {
              // A tick with events: the last one's sentence.
              expect(sentence).toContain(stem(text.events[e.label]));
              expect(checkNumbers(locale, sentence, trace, { e })).toContain('tick');
            } else {
              checkState(sentence, t, t);
            }
          }
        });

        it(`${trace.model}: while a tick's events are pending, the sentence states that tick and the state before it`, () => {
          for (let t = 1; t <= trace.done; t++) {
            const step = trace.events.findIndex((x) => x.t === t);
            if (step < 0) continue;
            checkState(narrate(text, trace, sceneAt(trace, { t, step }), false), t, t - 1);
          }
          expect(narrate(text, trace, sceneAt(trace, { t: 0, step: 0 }), false)).toBe(text.start);
        });

        it(`${trace.model}: the idle summary states done, blocked and work as the trace has them`, () => {
          const sentence = narrate(text, trace, sceneAt(trace, endCursor(trace)), true);
          expect(checkNumbers(locale, sentence, trace, { e: null }).sort()).toEqual(['blocked', 'done', 'work']);
        });
      }

      it('the comparison names one model at a time, the highlighted one, with its numbers from its own trace', () => {
        const names = s.models as Record<string, string>;
        const clockText = { start: s.ui['narr.compareStart'], at: s.ui['narr.compareAt'], nothing: s.ui['narr.compareNothing'] };
        // Longest names first: '阻塞 I/O' is the tail of '非阻塞 I/O'.
        const alt = MODELS.map((m) => names[m]!).sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        const nameRe = new RegExp(alt.join('|'), 'g');
        const track = clockTrack(traces);
        const told = (c: { t: number; step: number }) => narrateClock(clockText, names, s.narr, traces, c);
        const said = new Set<string>();
        for (let k = 0; k <= track.steps; k++) {
          const c = track.atStep(k);
          const { text, current } = told(c);
          const t = Math.floor(c.t);
          const named = [...text.matchAll(nameRe)].map((m) => m[0]);
          if (k === 0) {
            expect([text, current]).toEqual([clockText.start, -1]);
            continue;
          }
          // Step k reveals one model's events at its tick: that model is named, once, and it is the current column.
          const tr = traces[current]!;
          expect(named, text).toEqual([names[tr.model]]);
          const e = tr.events.filter((x) => x.t === t).pop()!;
          expect(e, `${tr.model} has an event at ${t}`).toBeDefined();
          const cut = text.indexOf(names[tr.model]!);
          expect(checkNumbers(locale, text.slice(0, cut), tr, { e })).toEqual(['tick']);
          checkNumbers(locale, text.slice(cut + names[tr.model]!.length), tr, { e });
          // The column shows this model's events up to t and no other column has one at t still hidden before it.
          const cols = clockColumns(traces, c);
          expect(sceneAt(tr, cols[current]!).current).toEqual(e);
          said.add(tr.model);
        }
        expect([...said].sort()).toEqual([...MODELS].sort());
        for (let t = 0; t <= clockEnd(traces); t++) {
          const { text, current } = told(track.atTick(t));
          const at = traces.map((tr, i) => (tr.events.some((x) => x.t === t) ? i : -1)).filter((i) => i >= 0);
          expect(current, `tick ${t}: the last model with events there`).toBe(at.length ? at.at(-1) : -1);
          expect([...text.matchAll(nameRe)]).toHaveLength(at.length ? 1 : 0);
          const about = { e: { t, actor: 'app', label: 'recvfrom' } as TraceEvent };
          expect(checkNumbers(locale, at.length ? text.slice(0, text.indexOf(names[traces[current]!.model]!)) : text, traces[0]!, about)).toEqual(['tick']);
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
    expect(() => checkNumbers('en', 'Tick 14: recvfrom returns OK, 2 ticks after the datagram was ready.', trace, { e: ret })).toThrow();
    expect(checkNumbers('en', 'Tick 14: recvfrom returns OK, 4 ticks after the datagram was ready.', trace, { e: ret })).toEqual(['tick', 'sinceReady']);
  });

  it('catch a state sentence that lags the clock or names the wrong poll', () => {
    const trace = simulate('nonblocking', DEFAULT_SCENARIO);
    // Tick 4 of A = 10, P = 3: working after poll #2, next poll at 6.
    const good = 'Tick 4: doing its own work between polls, next poll at tick 6; no datagram yet.';
    expect(checkNumbers('en', good, trace, { t: 4, at: 4 })).toEqual(['tick', 'nextPoll']);
    expect(() => checkNumbers('en', good, trace, { t: 5, at: 5 })).toThrow();
    expect(() => checkNumbers('en', 'Tick 5: still paying CPU for failed poll #1; no datagram yet.', trace, { t: 5, at: 5 })).toThrow();
  });
});
