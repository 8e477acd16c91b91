/** The comparison's narration at a cursor of the shared clock. Pure. */
import type { Trace } from '~/sim/types';
import { fill } from '~/i18n/fill';
import type { Cursor } from '~/figure/scene';
import { clockStops } from '~/playback/shared-clock';
import { eventSentence, type Sentences } from './narrate';

/** The comparison's templates: the start, a stop ('Tick {t}, {model}: {text}') and a tick with no stop. */
export interface ClockText { start: string; at: string; nothing: string }

/**
 * The comparison at clock cursor `c`, about one column: if the latest revealed stop is at c's tick, its model
 * and its last event there, and `current` is that trace's index; else that nothing happens (current −1).
 */
export function narrateClock(
  text: ClockText, names: Record<string, string>, sentences: Record<string, Sentences>,
  traces: readonly Trace[], c: Cursor,
): { text: string; current: number } {
  const t = Math.floor(c.t);
  const stop = c.step > 0 ? clockStops(traces)[c.step - 1] : undefined;
  const tr = stop && stop.t === t ? traces[stop.i] : undefined;
  if (!stop || !tr) return { text: c.step ? fill(text.nothing, { t }) : text.start, current: -1 };
  const e = tr.events.filter((x) => x.t === t).pop();
  const said = e ? eventSentence(sentences[tr.model] ?? {}, tr, e) : '';
  return { text: fill(text.at, { t, model: names[tr.model] ?? tr.model, text: said }), current: stop.i };
}
