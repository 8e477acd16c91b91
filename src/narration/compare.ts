/**
 * The comparison's narration on the shared clock, a whole tick at a time, in two steps like a model's
 * (narrate.ts): tellClock() reads off the traces what happens at a clock cursor, language-free; sayClock() puts
 * it in the locale's words. A tick's sentence says what happened at it, each event once with the models it
 * happened in (the figure's own names for events), then what every process is doing through the tick, models
 * grouped by their state, so at any tick the reader hears all five columns. Pure.
 */
import type { AppState, EventLabel, ModelId, Trace } from '~/sim/types';
import { fill } from '~/i18n/fill';
import type { Cursor } from '~/figure/scene';
import { clockStops, revealedTick } from '~/playback/shared-clock';

/** What a process is doing through a tick, for the comparison: its app state, or done. */
type ClockState = AppState | 'done';

/** What the comparison says at a clock cursor, without words. */
export type ClockSaid =
  | { kind: 'start' }
  | {
    kind: 'tick'; t: number;
    /** the events revealed at t, each label once with the models it happened in (empty between events) */
    events: { label: EventLabel; models: ModelId[] }[];
    /** what each process does through the tick, by state */
    groups: { state: ClockState; models: ModelId[] }[];
  };

/** The comparison's templates. */
export interface ClockText {
  start: string;
  /** a tick with events: 'Tick {t}: {events}. {states}.' */
  tick: string;
  /** a tick without: 'Tick {t}: {states}.' */
  quiet: string;
  /** one event and where: '{label} ({models})' */
  event: string;
  /** all five models, as one */
  all: string;
  /** between events and between states */
  sep: string;
  /** each state's part: '{models}: …' */
  state: Record<ClockState, string>;
  /** a list of models: 'A, B and C' (`listSep` between, `listLast` before the last) */
  listSep: string;
  listLast: string;
}

/** The order states are said in: as a run goes. */
const STATE_ORDER: readonly ClockState[] = ['wait', 'poll', 'work', 'copy', 'done'];

/** What happens at clock cursor `c`: the revealed tick's events, and each process's state through it (t − 1's while t's events are pending). */
export function tellClock(traces: readonly Trace[], c: Cursor): ClockSaid {
  const t = Math.floor(c.t);
  const revealed = revealedTick(traces, c) === t;
  const at = !revealed && clockStops(traces).includes(t) ? t - 1 : t;
  if (at < 0) return { kind: 'start' };
  const events: { label: EventLabel; models: ModelId[] }[] = [];
  if (revealed) {
    for (const tr of traces) {
      for (const e of tr.events) {
        if (e.t !== t) continue;
        const g = events.find((x) => x.label === e.label);
        if (!g) events.push({ label: e.label, models: [tr.model] });
        else if (!g.models.includes(tr.model)) g.models.push(tr.model);
      }
    }
  }
  const stateOf = (tr: Trace): ClockState =>
    at >= tr.done ? 'done' : tr.spans.app.find((s) => s.from <= at && at < s.to)?.state ?? 'done';
  const groups = STATE_ORDER
    .map((state) => ({ state, models: traces.filter((tr) => stateOf(tr) === state).map((tr) => tr.model) }))
    .filter((g) => g.models.length > 0);
  return { kind: 'tick', t, events, groups };
}

/** The columns that changed at the cursor: the models with an event revealed at its tick. */
export function changedColumns(said: ClockSaid, traces: readonly Trace[]): number[] {
  if (said.kind !== 'tick') return [];
  const changed = new Set(said.events.flatMap((e) => e.models));
  return traces.flatMap((tr, i) => (changed.has(tr.model) ? [i] : []));
}

/** A list in the locale's words: 'A', 'A and B', 'A, B and C'. */
function list(text: ClockText, items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : items.slice(0, -1).join(text.listSep) + text.listLast + items.at(-1);
}

/** What the comparison says, in the locale's words: `labels` are the figure's names for events. */
export function sayClock(text: ClockText, names: Record<string, string>, labels: Record<string, string>, said: ClockSaid): string {
  if (said.kind === 'start') return text.start;
  const models = (ms: ModelId[], total: number) => (ms.length === total && total > 1 ? text.all : list(text, ms.map((m) => names[m] ?? m)));
  const total = said.groups.reduce((n, g) => n + g.models.length, 0);
  const states = said.groups.map((g) => fill(text.state[g.state], { models: models(g.models, total) })).join(text.sep);
  if (said.events.length === 0) return fill(text.quiet, { t: said.t, states });
  const events = said.events.map((e) => fill(text.event, { label: labels[e.label] ?? e.label, models: models(e.models, total) })).join(text.sep);
  return fill(text.tick, { t: said.t, events, states });
}

/** The UI strings the comparison's narration is made of. */
export type ClockUi = Record<
  | 'narr.compareStart' | 'narr.compareTick' | 'narr.compareQuiet' | 'narr.compareEvent' | 'narr.compareAll' | 'narr.compareSep'
  | 'narr.compareWait' | 'narr.comparePoll' | 'narr.compareWork' | 'narr.compareCopy' | 'narr.compareDone' | 'narr.listSep' | 'narr.listLast',
  string
>;

/** The comparison's templates from the UI strings. */
export function clockText(ui: ClockUi): ClockText {
  return {
    start: ui['narr.compareStart'], tick: ui['narr.compareTick'], quiet: ui['narr.compareQuiet'], event: ui['narr.compareEvent'],
    all: ui['narr.compareAll'], sep: ui['narr.compareSep'], listSep: ui['narr.listSep'], listLast: ui['narr.listLast'],
    state: {
      wait: ui['narr.compareWait'], poll: ui['narr.comparePoll'], work: ui['narr.compareWork'], copy: ui['narr.compareCopy'], done: ui['narr.compareDone'],
    },
  };
}
