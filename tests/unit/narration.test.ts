/**
 * The narration, in two halves that hold without reading any wording. What is said (tell, tellClock) is held to
 * the trace: which event or state, and every number, computed here from the trace's events, timeline and kernel
 * spans for every model, every tick and two scenarios. How it is said (the locale's templates) is held to its
 * placeholders: each template uses only the numbers its sentence has, states no number of its own, and exists
 * for every event and state a model can reach, in every locale. So a change of wording touches the strings
 * alone, and a wrong number fails here whatever the words.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, MODELS, simulate } from '~/sim/index';
import type { AppState, Scenario, Trace, TraceEvent } from '~/sim/types';
import { cursorAtStep, cursorAtTick, endCursor, sceneAt } from '~/figure/scene';
import { narrationText, say, tell, type Said } from '~/narration/narrate';
import { clockEnd, clockStops, clockTrack } from '~/playback/shared-clock';
import { changedColumns, clockText, sayClock, tellClock, type ClockText } from '~/narration/compare';
import { DEMO_STRINGS } from '~/i18n/demo';
import { LOCALES } from '~/i18n/locales';

const SCENARIOS: Record<string, Required<Scenario>> = {
  default: DEFAULT_SCENARIO,
  'A=7, C=3, P=4, s=2': { arrival: 7, copy: 3, pollEvery: 4, pollCost: 2 },
  'A=0': { ...DEFAULT_SCENARIO, arrival: 0 },
};

const APP_STATE: Record<string, AppState> = { w: 'wait', p: 'poll', '.': 'work', c: 'copy' };

/** What the state of tick `at`, said as tick t, must be: computed from the timeline, the kernel spans and the events. */
function expectedState(trace: Trace, t: number, at: number): Said {
  const ready = trace.events.find((x) => x.label === 'datagram ready')!;
  const ch = trace.timeline[at]!;
  let since = at;
  while (since > 0 && trace.timeline[since - 1] === ch) since--;
  const k = trace.spans.kernel.find((s) => s.from <= at && at < s.to)!;
  const calls = trace.events.filter((x) => x.kind === 'call');
  return {
    kind: 'state', t, app: APP_STATE[ch]!, kernel: k.state,
    vars: {
      since, k: calls.filter((x) => x.t <= at).length, next: calls.find((x) => x.t > at)?.t ?? trace.done,
      ready: ready.t, n: at - k.from, c: k.to - k.from,
    },
  };
}

/** What an event's sentence must be: its key (label@0 at A = 0), and ticks since ready and the end from the trace. */
function expectedEvent(trace: Trace, e: TraceEvent): Said {
  const ready = trace.events.find((x) => x.label === 'datagram ready')!;
  const last = trace.events.at(-1)!;
  return {
    kind: 'event', t: e.t,
    event: { key: ready.t === 0 ? `${e.label}@0` : e.label, label: e.label, vars: { sinceReady: e.t - ready.t, done: last.t } },
  };
}

describe('what a model demo says, against the trace', () => {
  for (const [name, sc] of Object.entries(SCENARIOS)) {
    for (const trace of MODELS.map((m) => simulate(m, sc))) {
      it(`${trace.model}, ${name}: each event, each tick of the scrubber, each pending tick, the idle sentence`, () => {
        trace.events.forEach((e, i) => {
          expect(tell(trace, sceneAt(trace, cursorAtStep(trace, i + 1)), false)).toEqual(expectedEvent(trace, e));
        });
        for (let t = 0; t <= trace.done; t++) {
          const e = trace.events.filter((x) => x.t === t).pop();
          const said = tell(trace, sceneAt(trace, cursorAtTick(trace, t)), false);
          // A tick with events says its last one; a tick without, the state during it (at done: the last event is at done).
          expect(said, `tick ${t}`).toEqual(e ? expectedEvent(trace, e) : expectedState(trace, t, t));
        }
        for (let t = 1; t <= trace.done; t++) {
          const step = trace.events.findIndex((x) => x.t === t);
          if (step >= 0) expect(tell(trace, sceneAt(trace, { t, step }), false), `tick ${t} pending`).toEqual(expectedState(trace, t, t - 1));
        }
        expect(tell(trace, sceneAt(trace, { t: 0, step: 0 }), false)).toEqual({ kind: 'start' });
        // Idle, the whole run is drawn and nothing is said of its numbers (the page's experiments ask for them).
        expect(tell(trace, sceneAt(trace, endCursor(trace)), true)).toEqual({ kind: 'idle' });
      });
    }
  }
});

describe('what the comparison says, a whole tick at a time, against the traces', () => {
  const ORDER = ['wait', 'poll', 'work', 'copy', 'done'];
  /** Each process's state through tick `at`, grouped, in the order a run goes. */
  const groupsAt = (traces: Trace[], at: number) => ORDER
    .map((state) => ({ state, models: traces.filter((tr) => (at >= tr.done ? 'done' : APP_STATE[tr.timeline[at]!]!) === state).map((tr) => tr.model) }))
    .filter((g) => g.models.length);

  for (const [name, sc] of Object.entries(SCENARIOS)) {
    const traces = MODELS.map((m) => simulate(m, sc));
    it(`${name}: each step says every event at its tick with its models, and every tick says all five processes' states`, () => {
      const track = clockTrack(traces);
      expect(clockStops(traces)).toEqual([...new Set(traces.flatMap((tr) => tr.events.map((e) => e.t)))].sort((a, b) => a - b));
      expect(tellClock(traces, track.atStep(0))).toEqual({ kind: 'start' });
      for (let k = 1; k <= track.steps; k++) {
        const c = track.atStep(k);
        const t = c.t;
        const said = tellClock(traces, c);
        if (said.kind !== 'tick') throw new Error(`step ${k}: ${said.kind}`);
        // Every event at t appears once, under its label, with exactly the models that have it at t.
        const labels = new Set(traces.flatMap((tr) => tr.events.filter((e) => e.t === t).map((e) => e.label)));
        expect(said.events.map((e) => e.label).sort()).toEqual([...labels].sort());
        for (const e of said.events) {
          expect(e.models, `${e.label} at ${t}`).toEqual(traces.filter((tr) => tr.events.some((x) => x.t === t && x.label === e.label)).map((tr) => tr.model));
        }
        expect(said.groups, `step ${k}, tick ${t}`).toEqual(groupsAt(traces, t));
        expect(changedColumns(said, traces)).toEqual(traces.flatMap((tr, i) => (tr.events.some((e) => e.t === t) ? [i] : [])));
      }
      for (let t = 0; t <= clockEnd(traces); t++) {
        const said = tellClock(traces, track.atTick(t));
        if (said.kind !== 'tick') throw new Error(`tick ${t}: ${said.kind}`);
        expect(said.groups, `tick ${t}`).toEqual(groupsAt(traces, t));
        // Pending: the clock held before tick t's events says the state of t − 1 and no event.
        if (t > 0 && traces.some((tr) => tr.events.some((e) => e.t === t))) {
          const pending = tellClock(traces, { t, step: track.atTick(t).step - 1 });
          expect(pending).toEqual({ kind: 'tick', t, events: [], groups: groupsAt(traces, t - 1) });
        }
      }
    });
  }

  it('at tick 11 of the default run, three processes are blocked in the copy and two run', () => {
    const traces = MODELS.map((m) => simulate(m, DEFAULT_SCENARIO));
    expect(tellClock(traces, clockTrack(traces).atTick(11))).toEqual({
      kind: 'tick', t: 11, events: [],
      groups: [{ state: 'work', models: ['nonblocking', 'async'] }, { state: 'copy', models: ['blocking', 'multiplexing', 'signal-driven'] }],
    });
  });
});

/** A template's placeholders. */
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** The template's own words, placeholders out: they may name phase 1 and phase 2, and state no other number. */
const ownNumbers = (s: string) => s.replace(/\{\w+\}/g, '').match(/\d+/g)?.filter((d) => d !== '1' && d !== '2') ?? [];

/** Checks a template: only these placeholders, no number of its own (`numbers`: the ones it may state, as the start's tick 0). */
function checkTemplate(where: string, template: string | undefined, allowed: readonly string[], numbers: string[] = []): void {
  expect(template, `${where}: missing`).toMatch(/\S/);
  for (const p of placeholders(template!)) expect(allowed, `${where}: {${p}} in "${template}"`).toContain(p);
  expect(ownNumbers(template!).filter((d) => !numbers.includes(d)), `${where}: a number of its own in "${template}"`).toEqual([]);
}

const EVENT_VARS = ['sinceReady', 'done'] as const;
const STATE_VARS = ['since', 'k', 'next', 'ready', 'n', 'c'] as const;

describe.each(LOCALES)('the templates in %s', (locale) => {
  const s = DEMO_STRINGS[locale];

  it('every sentence a model can reach exists and uses only its own placeholders', () => {
    checkTemplate('narr.idle', s.ui['narr.idle'], []);
    checkTemplate('narr.start', s.ui['narr.start'], [], ['0']);
    checkTemplate('narr.tick', s.ui['narr.tick'], ['t', 'text']);
    checkTemplate('narr.state', s.ui['narr.state'], ['t', 'app', 'kernel']);
    for (const k of ['narr.empty', 'narr.ready', 'narr.copying'] as const) checkTemplate(k, s.ui[k], STATE_VARS);
    for (const [name, sc] of Object.entries(SCENARIOS)) {
      for (const trace of MODELS.map((m) => simulate(m, sc))) {
        const events = s.narr[trace.model];
        for (const e of trace.events) {
          const key = sc.arrival === 0 && events[`${e.label}@0`] !== undefined ? `${e.label}@0` as const : e.label;
          checkTemplate(`${trace.model} ${key} (${name})`, events[key], EVENT_VARS);
        }
        for (const st of new Set([...trace.timeline].map((ch) => APP_STATE[ch]!))) checkTemplate(`${trace.model} ${st}`, events[st], STATE_VARS);
      }
    }
  });

  it('the comparison\'s templates use only their own placeholders', () => {
    const c: ClockText = clockText(s.ui);
    checkTemplate('start', c.start, [], ['0']);
    checkTemplate('tick', c.tick, ['t', 'events', 'states']);
    checkTemplate('quiet', c.quiet, ['t', 'states']);
    checkTemplate('event', c.event, ['label', 'models']);
    checkTemplate('all', c.all, []);
    for (const [k, v] of Object.entries(c.state)) checkTemplate(`state ${k}`, v, ['models']);
  });

  it('every sentence said, filled, has no placeholder left and states the numbers it was told', () => {
    for (const [, sc] of Object.entries(SCENARIOS)) {
      const traces = MODELS.map((m) => simulate(m, sc));
      for (const trace of traces) {
        const text = narrationText(s.ui, s.narr[trace.model]);
        for (let t = 0; t <= trace.done; t++) {
          const said = tell(trace, sceneAt(trace, cursorAtTick(trace, t)), false);
          const sentence = say(text, said);
          expect(sentence).not.toMatch(/[{}]/);
          // The tick leads every sentence of a moment (the locale puts it in its own words around it).
          expect(sentence).toContain(String(t));
        }
        // Idle says no number at all: the page's experiments ask for the run's numbers before the reader plays it.
        expect(say(text, tell(trace, sceneAt(trace, endCursor(trace)), true))).not.toMatch(/\d/);
      }
      const track = clockTrack(traces);
      for (let k = 1; k <= track.steps; k++) {
        const c = track.atStep(k);
        const said = tellClock(traces, c);
        const sentence = sayClock(clockText(s.ui), s.models, s.labels, said);
        expect(sentence).not.toMatch(/[{}]/);
        expect(sentence).toContain(String(c.t));
        if (said.kind === 'tick') for (const e of said.events) expect(sentence).toContain(s.labels[e.label]);
      }
    }
  });
});

describe('the template checks', () => {
  it('catch a number of its own and a placeholder the sentence does not have', () => {
    expect(() => checkTemplate('x', 'recvfrom returns 4 ticks after the datagram was ready', EVENT_VARS)).toThrow();
    expect(() => checkTemplate('x', 'next poll at tick {next}', EVENT_VARS)).toThrow();
    expect(() => checkTemplate('x', 'still blocked since tick {since}, phase 1', STATE_VARS)).not.toThrow();
  });
});
