/**
 * A trace whose events the tests of the cursor, the scene and the player count on: the README's blocking example
 * (A = 10, C = 2, done 12) with Figure 6.1's five events stated here, so that an event added to a model
 * (src/sim/engine.ts) does not move their steps.
 */
import { DEFAULT_SCENARIO, simulate, type Trace } from '~/sim/index';

/** Blocking at A = 10, C = 2: recvfrom at 0; ready and copy at 10; complete and return OK at 12. */
export const FIVE_EVENTS: Trace = {
  ...simulate('blocking', DEFAULT_SCENARIO),
  events: [
    { t: 0, kind: 'call', label: 'recvfrom' },
    { t: 10, kind: 'kernel', label: 'datagram ready' },
    { t: 10, kind: 'kernel', label: 'copy datagram' },
    { t: 12, kind: 'kernel', label: 'copy complete' },
    { t: 12, kind: 'return', label: 'return OK' },
  ],
};
