/** What each guided experiment (src/lessons/experiments.ts) asks about, for the tests of every tier. */
import type { Trace } from '~/sim/types';

/**
 * The value experiment `id` asks about, read straight off a trace of the public simulate(), not through the
 * module under test (its judge() and measure); throws for an experiment this table does not know.
 */
export function experimentValue(id: string, t: Trace): number {
  switch (id) {
    case 'blocking-early': case 'multiplexing-wait': return t.stats.phase1Blocked;
    case 'signal-copy': case 'async-copy': return t.stats.phase2Blocked;
    case 'blocking-total': return t.stats.phase1Blocked + t.stats.phase2Blocked;
    case 'nonblocking-p1': case 'signal-work': return t.stats.work;
    case 'nonblocking-polls': return t.stats.failedPolls;
    case 'nonblocking-lag': return t.stats.detectLag;
    case 'multiplexing-calls': return t.stats.syscalls;
    case 'async-signal': return t.events.filter((e) => e.label === 'deliver signal specified in aio_read')[0]!.t;
    default: throw new Error(`no expectation for ${id}`);
  }
}
