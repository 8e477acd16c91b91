/**
 * The short English note on each event (TraceEvent.detail), added by simulate(). It lives apart from the
 * engine so the demos, which call the engine directly and never show these notes, do not ship them.
 */
import type { EventLabel, ModelId, TraceEvent } from './types';

const COPY = "kernel copies the datagram into the app's buffer";

/**
 * The note for each label, or per model where the label means something else in each (the unit tests hold
 * every event of every model to having one).
 */
const DETAILS: Readonly<Record<EventLabel, string | Partial<Record<ModelId, string>>>> = {
  recvfrom: {
    blocking: 'blocks until a datagram arrives and is copied',
    multiplexing: 'reads the ready datagram; blocks for the copy',
    'signal-driven': 'the SIGIO handler reads the datagram; blocks for the copy',
  },
  EWOULDBLOCK: 'no datagram yet: returns -1, errno EWOULDBLOCK',
  'datagram ready': 'the datagram is complete in the kernel buffer',
  'copy datagram': {
    blocking: COPY, nonblocking: COPY, multiplexing: COPY, 'signal-driven': COPY, async: `${COPY} while the app works`,
  },
  'copy complete': "the datagram is in the app's buffer",
  'return OK': "recvfrom returns the datagram's length",
  select: 'blocks until the socket is readable',
  'return readable': 'select returns: the socket is readable',
  sigaction: 'installs a handler for SIGIO',
  return: {
    // Signal-driven I/O also needs fcntl(F_SETOWN) and O_ASYNC. @see Stevens, UNP vol. 1, §25.2
    'signal-driven': 'sigaction returns; with fcntl F_SETOWN and O_ASYNC set, the app works on',
    async: 'aio_read returns at once; the app works on',
  },
  'deliver SIGIO': 'the socket is readable: the SIGIO handler runs',
  aio_read: 'asks the kernel to read a datagram and signal when it is done',
  'deliver signal specified in aio_read': 'the read is complete: the app is told',
};

/** The notes that differ when the datagram is ready before the first call (A = 0: 'datagram ready' comes first). */
const AT_ZERO: Partial<Record<EventLabel, string | Partial<Record<ModelId, string>>>> = {
  recvfrom: { blocking: 'finds the datagram already there; blocks for the copy' },
  'datagram ready': 'the datagram is complete in the kernel buffer before the first call',
  select: 'returns at once: the socket is already readable',
};

/** `events` of a `model` trace, each with its detail. Nonblocking's recvfroms are numbered polls. */
export function withDetails(model: ModelId, events: readonly TraceEvent[]): TraceEvent[] {
  const polls = events.filter((e) => e.label === 'recvfrom').length;
  const atZero = events[0]?.label === 'datagram ready';
  let poll = 0;
  return events.map((e) => {
    const z = atZero ? AT_ZERO[e.label] : undefined;
    const d = (typeof z === 'string' ? z : z?.[model]) ?? DETAILS[e.label];
    let detail = typeof d === 'string' ? d : d[model] ?? '';
    if (model === 'nonblocking' && e.label === 'recvfrom') {
      poll++;
      detail = poll < polls ? `poll ${poll}: is a datagram ready?` : `poll ${poll} finds the datagram; blocks for the copy`;
    }
    return { ...e, detail };
  });
}
