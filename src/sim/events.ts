/** A trace's events, sorted by tick: searching them, and which of them happen inside the kernel. */
import type { EventLabel, TraceEvent } from './types';

/**
 * The steps that happen inside the kernel, with no arrow to or from the process: the datagram is ready in the
 * socket's receive buffer, the kernel copies it to the process's buffer, the copy is complete. Every other
 * kernel event is a return or a signal to the process.
 * @see W. R. Stevens, UNIX Network Programming vol. 1, 3rd ed., §6.2, Figures 6.1–6.5 (the kernel column)
 */
const KERNEL_STEPS: ReadonlySet<EventLabel> = new Set<EventLabel>(['datagram ready', 'copy datagram', 'copy complete']);

/** Whether an event with this label happens inside the kernel rather than between the kernel and the process. */
export function isKernelStep(label: EventLabel): boolean {
  return KERNEL_STEPS.has(label);
}

/** The number of events at ticks before `t`: the index of the first event at or after `t` (binary search). */
export function eventsBefore(events: readonly TraceEvent[], t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid] as TraceEvent).t < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
