/**
 * Read-only questions about a finished trace. Nothing here changes a trace or needs more than the trace:
 * a demo seeks by asking stateAt for the cursor's tick, never by mutating drawn state.
 * Time is integer ticks; tick t is [t, t+1); a trace covers [0, done).
 */
import { CHAR_STATE, countChar } from './spans';
import type { Conduct, KernelState, PhaseVerdict, StatsSoFar, TickState, Trace, TraceEvent } from './types';
import { eventsBefore } from './events';
import { showValue } from './validate';

/**
 * Whether the app is blocked throughout each phase: a phase counts as blocked when it has at least one tick
 * and every app tick inside it is wait or copy. For A ≥ 1 this reproduces Stevens' Figure 6.6.
 * @see W. R. Stevens et al., UNIX Network Programming vol. 1, 3rd ed., Figure 6.6
 */
export function phaseVerdict(trace: Trace): PhaseVerdict {
  const blocked = (phase: 'wait' | 'copy'): boolean => {
    const span = trace.spans.phases.find((p) => p.phase === phase);
    if (span === undefined || span.to <= span.from) return false;
    return /^[wc]+$/.test(trace.timeline.slice(span.from, span.to));
  };
  return { wait: blocked('wait'), copy: blocked('copy') };
}

/**
 * What the process does through each phase (the cells of Stevens' Figure 6.6): blocked when phaseVerdict says
 * so, else polls if it polls at any tick of the phase, else runs.
 * @see W. R. Stevens et al., UNIX Network Programming vol. 1, 3rd ed., §6.2, Figure 6.6
 */
export function phaseConduct(trace: Trace): Record<'wait' | 'copy', Conduct> {
  const v = phaseVerdict(trace);
  const of = (phase: 'wait' | 'copy'): Conduct => {
    if (v[phase]) return 'blocked';
    const span = trace.spans.phases.find((p) => p.phase === phase);
    return span && trace.timeline.slice(span.from, span.to).includes('p') ? 'polls' : 'runs';
  };
  return { wait: of('wait'), copy: of('copy') };
}

/** The app, kernel, phase and events at tick t (floored and clamped to [0, done]); throws on a non-finite t. */
export function stateAt(trace: Trace, t: number): TickState {
  if (typeof t !== 'number' || !Number.isFinite(t)) {
    throw new RangeError(`t must be a finite number of ticks, got ${showValue(t)}`);
  }
  const tick = Math.min(trace.done, Math.max(0, Math.floor(t)));
  const ch = trace.timeline[tick];
  const kernel: KernelState =
    trace.spans.kernel.find((s) => s.from <= tick && tick < s.to)?.state ?? 'done';
  const phase = trace.spans.phases.find((p) => p.from <= tick && tick < p.to)?.phase ?? null;
  const events: TraceEvent[] = [];
  for (let i = eventsBefore(trace.events, tick); i < trace.events.length; i++) {
    const e = trace.events[i] as TraceEvent;
    if (e.t !== tick) break;
    events.push(e);
  }
  return { t: tick, app: ch === undefined ? null : (CHAR_STATE[ch] ?? null), kernel, phase, events };
}

/**
 * The run's counts at a moment: tick t (fractional while playing; the ticks before ⌊t⌋ count) with the first
 * `revealed` events happened. At t = done with every event revealed they equal trace.stats and trace.done, so a
 * demo can show its counts growing with the playhead instead of the run's totals from the start.
 */
export function statsAt(trace: Trace, t: number, revealed: number): StatsSoFar {
  const tick = Math.min(trace.done, Math.max(0, Math.floor(Number.isFinite(t) ? t : 0)));
  const past = trace.timeline.slice(0, tick);
  const count = (ch: string) => countChar(past, ch);
  const happened = trace.events.slice(0, Math.max(0, Math.min(trace.events.length, Math.floor(revealed))));
  const copy = happened.find((e) => e.label === 'copy datagram');
  const end = happened.length === trace.events.length && tick >= trace.done;
  return {
    done: end ? trace.done : null,
    phase1Blocked: count('w'),
    phase2Blocked: count('c'),
    work: count('.'),
    failedPolls: happened.filter((e) => e.label === 'EWOULDBLOCK').length,
    wastedCpu: count('p'),
    syscalls: happened.filter((e) => e.kind === 'call').length,
    detectLag: copy ? copy.t - trace.scenario.arrival : null,
  };
}
