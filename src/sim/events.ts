/** A trace's events, sorted by tick: searching them. */
import type { TraceEvent } from './types';

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
