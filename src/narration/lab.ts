/**
 * The lab's narration, in two steps like narrate.ts: tellLab() reads off the two traces what happens at a
 * cursor (which sentence for each mode, and its numbers), language-free; sayLab() puts it in the locale's
 * words (src/i18n/<locale>/strings.ts, `many.lab`). Pure; the templates come in as data.
 * Invariants: at step k the tick said is k − 1 (the last one revealed); a mode whose run is over is said to be
 * done, or still asleep in read if it hung; idle says each run's verdict (labVerdict).
 */
import { DEFAULT_LAB, labStepAt, labVerdict, simulateLab, type LabTrace } from '~/sim/epoll-lab';
import { rowKind, type RowKind } from '~/figure/lab-figure';
import { fill } from '~/i18n/fill';

/** What one mode does at a tick: a step's kind as it begins, a wait still asleep, the end, or a read asleep for ever. */
export type StepKey = RowKind | 'sleeping' | 'over' | 'hung';

/** One mode's verdict over the whole run. */
export type VerdictKey = 'again' | 'stranded' | 'empty' | 'hung';

/** A sentence's key and numbers: {bytes} read or arrived, {buffer} left after, {wait} 1–3, {left} ticks of sleep left, {timeout}. */
export interface ModeSaid<K extends string> { key: K; vars: Record<string, number> }

/** What is said at a cursor. */
export type LabSaid =
  | { kind: 'idle'; lt: ModeSaid<VerdictKey>; et: ModeSaid<VerdictKey>; third: { lt: boolean | null; et: boolean | null } }
  | { kind: 'start' }
  | { kind: 'tick'; t: number; lt: ModeSaid<StepKey>; et: ModeSaid<StepKey> };

/** The lab's templates. */
export interface LabNarration {
  idle: string;
  start: string;
  /** '{t}', '{lt}', '{et}': one tick of both runs */
  tick: string;
  /** a run's verdict, '{third}' its third wait's clause */
  verdict: Record<VerdictKey, string>;
  third: { yes: string; no: string };
  steps: Record<StepKey, string>;
}

/** One mode at tick t. */
export function tellStep(trace: LabTrace, t: number): ModeSaid<StepKey> {
  const step = labStepAt(trace, t);
  if (!step) return { key: trace.hung ? 'hung' : 'over', vars: {} };
  const vars = {
    bytes: typeof step.result === 'number' ? step.result : 0, buffer: step.buffer, wait: step.wait ?? 0,
    timeout: trace.scenario.timeout, left: step.until - t,
  };
  return { key: step.t === t ? rowKind(step) : 'sleeping', vars };
}

/** One mode's verdict: reported again at wait 2, or not with bytes stranded, or not with nothing left, or hung. */
export function tellVerdict(trace: LabTrace): ModeSaid<VerdictKey> {
  const v = labVerdict(trace);
  if (v.hung) return { key: 'hung', vars: {} };
  const buffer = v.bufferedAtSecondWait ?? 0;
  return { key: v.reportedAgain ? 'again' : buffer > 0 ? 'stranded' : 'empty', vars: { buffer, timeout: trace.scenario.timeout } };
}

/** What is said at cursor step k: both verdicts when idle, the start at k = 0, else tick k − 1 of both runs. */
export function tellLab(lt: LabTrace, et: LabTrace, k: number, idle: boolean): LabSaid {
  if (idle) {
    return {
      kind: 'idle', lt: tellVerdict(lt), et: tellVerdict(et),
      third: { lt: labVerdict(lt).reportedAfterNewData, et: labVerdict(et).reportedAfterNewData },
    };
  }
  if (k <= 0) return { kind: 'start' };
  return { kind: 'tick', t: k - 1, lt: tellStep(lt, k - 1), et: tellStep(et, k - 1) };
}

/** A verdict clause with its third wait, in the locale's words. */
export function sayVerdict(text: LabNarration, v: ModeSaid<VerdictKey>, third: boolean | null): string {
  const then = third === null ? '' : third ? text.third.yes : text.third.no;
  return fill(text.verdict[v.key], { ...v.vars, third: then });
}

/** What is said, in the locale's words. */
export function sayLab(text: LabNarration, s: LabSaid): string {
  switch (s.kind) {
    case 'idle': return fill(text.idle, { lt: sayVerdict(text, s.lt, s.third.lt), et: sayVerdict(text, s.et, s.third.et) });
    case 'start': return text.start;
    case 'tick': return fill(text.tick, { t: s.t, lt: fill(text.steps[s.lt.key], s.lt.vars), et: fill(text.steps[s.et.key], s.et.vars) });
  }
}

/**
 * The longest (in characters) sentence the narration can say on these pairs of runs, numbers written with four
 * digits: the server writes it hidden under the narration so that the box keeps its height while it plays. With
 * `idleHint` null, the longest of those said while it plays (the idle one, the whole run's, left out).
 */
export function longestLab(text: LabNarration, idleHint: string | null, pairs: [LabTrace, LabTrace][]): string {
  let best = '';
  const keep = (said: string): void => {
    const s = said.replace(/\d+/g, '0000');
    if (s.length > best.length) best = s;
  };
  for (const [lt, et] of pairs) {
    if (idleHint !== null) keep(`${sayLab(text, tellLab(lt, et, 0, true))}${idleHint}`);
    const end = Math.max(lt.end, et.end) + 2;
    for (let k = 0; k <= end; k++) keep(sayLab(text, tellLab(lt, et, k, false)));
  }
  return best;
}

/**
 * longestLab over every program the lab's controls allow (each read size, 256 B to 4 KB, with each set of flags):
 * `sizer` with the idle hint, `sizerPlaying` over what is said while it plays (a phone's box is that tall then).
 */
export function labSizers(text: LabNarration, idleHint: string): { sizer: string; sizerPlaying: string } {
  const pairs: [LabTrace, LabTrace][] = [];
  for (const readSize of [256, 512, 1024, 2048, 4096]) {
    for (let bits = 0; bits < 16; bits++) {
      const s = { ...DEFAULT_LAB, readSize, drain: !!(bits & 1), blocking: !!(bits & 2), oneshot: !!(bits & 4), rearm: !!(bits & 8) };
      pairs.push([simulateLab({ ...s, mode: 'lt' }), simulateLab({ ...s, mode: 'et' })]);
    }
  }
  return { sizer: longestLab(text, idleHint, pairs), sizerPlaying: longestLab(text, null, pairs) };
}
