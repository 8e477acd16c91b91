/**
 * Spans: the trace's lanes as maximal runs [from, to) of one state. Invariants of every function here:
 * the runs of a lane are sorted, never zero-length, adjacent runs differ in state, and together they tile
 * [0, done) exactly. The two phases are the exception: always exactly two, the wait phase possibly empty.
 */
import type { AppSpan, AppState, KernelSpan, PhaseSpan } from './types';

/** Counts how often `ch` occurs in `s` (a timeline's ticks in one state). */
export function countChar(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** The app state of each timeline character: w wait, p poll, . work, c copy. */
export const CHAR_STATE: Readonly<Record<string, AppState>> = Object.freeze({
  w: 'wait',
  p: 'poll',
  '.': 'work',
  c: 'copy',
});

/** Run-length encodes a timeline into maximal app spans; throws on a character that is no app state. */
export function appSpans(timeline: string): AppSpan[] {
  const spans: AppSpan[] = [];
  let from = 0;
  for (let t = 1; t <= timeline.length; t++) {
    if (t < timeline.length && timeline[t] === timeline[from]) continue;
    const state = CHAR_STATE[timeline[from] as string];
    if (state === undefined) throw new RangeError(`timeline has no app state ${showChar(timeline[from])} at ${from}`);
    spans.push({ lane: 'app', state, from, to: t });
    from = t;
  }
  return spans;
}

/** Quotes a timeline character for an error message. */
function showChar(c: string | undefined): string {
  return JSON.stringify(c ?? '');
}

/** The kernel lane: empty [0, A), ready [A, copyStart), copying [copyStart, done); empty runs are left out. */
export function kernelSpans(arrival: number, copyStart: number, done: number): KernelSpan[] {
  const runs: KernelSpan[] = [
    { lane: 'kernel', state: 'empty', from: 0, to: arrival },
    { lane: 'kernel', state: 'ready', from: arrival, to: copyStart },
    { lane: 'kernel', state: 'copying', from: copyStart, to: done },
  ];
  return runs.filter((r) => r.to > r.from);
}

/** The two phases of Stevens §6.2: wait for data [0, A), copy to user [copyStart, copyStart + C). */
export function phaseSpans(arrival: number, copyStart: number, copy: number): PhaseSpan[] {
  return [
    { phase: 'wait', from: 0, to: arrival },
    { phase: 'copy', from: copyStart, to: copyStart + copy },
  ];
}
