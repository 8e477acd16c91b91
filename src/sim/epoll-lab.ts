/**
 * The level- versus edge-triggered lab: one stream socket watched by one epoll instance, played through a
 * fixed script, the example of epoll(7) ("2 kB arrive, the wait returns, the program reads 1 kB, waits
 * again") extended by a drain loop, EPOLLONESHOT, a re-arm with EPOLL_CTL_MOD and a second arrival.
 *
 * Invariants:
 * - Time is integer ticks; every step takes one tick except an epoll_wait that finds nothing, which sleeps
 *   `timeout` ticks and returns 0. Steps follow each other without gaps; the trace is a pure function of
 *   the scenario (no clock, no randomness).
 * - epoll_wait looks only at the ready list, never at the socket: a descriptor is reported only if it is on
 *   the ready list, armed and readable when the wait checks it (ep_send_events re-polls each item).
 * - The ready list holds a descriptor at most once, however many packets arrived (events are combined).
 * - Data arriving queues an armed descriptor on the ready list in both modes (ep_poll_callback); the modes
 *   differ only in what a wait does after reporting it: level-triggered puts it back on the list (the next
 *   wait checks it again), edge-triggered does not; EPOLLONESHOT disarms it until EPOLL_CTL_MOD.
 * - EPOLL_CTL_MOD re-arms and, if the socket is readable, queues the descriptor at once (ep_modify).
 * - read on an empty socket returns EAGAIN if it is nonblocking; a blocking one sleeps for ever, and the
 *   trace ends there (`hung`).
 * - The buffer never goes below 0, and bytes read plus bytes left equal bytes arrived.
 * @see epoll(7) ("Level-triggered and edge-triggered", "Possible pitfalls", Q9), epoll_ctl(2)
 *   (EPOLLET, EPOLLONESHOT, EPOLL_CTL_MOD), epoll_wait(2), read(2) (EAGAIN); Linux fs/eventpoll.c:
 *   ep_poll_callback, ep_send_events, ep_modify.
 */
import { clampNumber, readNumber, type Range } from './limits';
import { rangeText, showValue } from './validate';

/** Level-triggered (the default) or edge-triggered (EPOLLET). */
type TriggerMode = 'lt' | 'et';

/** What the lab's program does: how it registers, how it reads, whether it re-arms. */
export interface LabScenario {
  /** level- or edge-triggered */
  mode: TriggerMode;
  /** packets in the first burst, one per tick (the epoll(7) example: 2 of 1 kB) */
  packets: number;
  /** bytes of each packet; the second burst is one packet of this size */
  packetBytes: number;
  /** bytes each read asks for */
  readSize: number;
  /** after a wait, read until EAGAIN instead of once */
  drain: boolean;
  /** the socket lacks O_NONBLOCK: a read on an empty socket sleeps for ever */
  blocking: boolean;
  /** registered with EPOLLONESHOT: reported once, then disarmed */
  oneshot: boolean;
  /** after reading, re-arm with epoll_ctl(EPOLL_CTL_MOD) */
  rearm: boolean;
  /** ticks an epoll_wait that finds nothing sleeps before it returns 0 */
  timeout: number;
}

/** The operation of one step. */
type LabOp = 'epoll_ctl' | 'arrive' | 'epoll_wait' | 'read';

/** One step of the lab's trace, [t, until): who acted, what it returned, and the state after it. */
export interface LabStep {
  t: number;
  until: number;
  actor: 'app' | 'kernel';
  op: LabOp;
  /** the call as the program writes it, with its result: `epoll_wait(5, …) = 1 [3]`, `read(3, 1024) = 1024` */
  label: string;
  /** epoll_wait: 1, 2 or 3 (the three waits of the script); absent on other steps */
  wait?: 1 | 2 | 3;
  /** bytes read or arrived; events returned (0: timed out); 0 for epoll_ctl; EAGAIN; or blocks (for ever) */
  result: number | 'EAGAIN' | 'blocks';
  /** the descriptors an epoll_wait returned */
  events?: readonly number[];
  /** bytes in the socket's receive buffer after the step */
  buffer: number;
  /** the epoll instance's ready list after the step */
  ready: readonly number[];
  /** whether the registration is armed (false after an EPOLLONESHOT report, until EPOLL_CTL_MOD) */
  armed: boolean;
}

/** The lab's whole run. */
export interface LabTrace {
  scenario: LabScenario;
  steps: LabStep[];
  /** the tick after the last step */
  end: number;
  /** a read blocked on an empty socket and never returned */
  hung: boolean;
}

/** The socket's descriptor (socketpair's first end, as in content/code/epoll-lab.c). */
const LAB_FD = 3;
/** The epoll instance's descriptor. */
const LAB_EPFD = 5;

/** Inclusive bounds of the lab's numeric fields, chosen so that a drain loop has at most 65 reads. */
export const LAB_LIMITS = Object.freeze({
  packets: Object.freeze({ min: 1, max: 4 }),
  packetBytes: Object.freeze({ min: 256, max: 4096 }),
  readSize: Object.freeze({ min: 256, max: 4096 }),
  timeout: Object.freeze({ min: 1, max: 10 }),
}) satisfies Record<string, Range>;

/** The epoll(7) example, level-triggered: two packets of 1 kB, one read of 1 kB. */
export const DEFAULT_LAB: Readonly<LabScenario> = Object.freeze({
  mode: 'lt',
  packets: 2,
  packetBytes: 1024,
  readSize: 1024,
  drain: false,
  blocking: false,
  oneshot: false,
  rearm: false,
  timeout: 2,
});

const TRIGGER_MODES: readonly TriggerMode[] = ['lt', 'et'];
const NUMBERS = ['packets', 'packetBytes', 'readSize', 'timeout'] as const;
const FLAGS = ['drain', 'blocking', 'oneshot', 'rearm'] as const;

/** Checks a lab scenario and returns a fresh copy, defaults filled in for absent fields; throws a RangeError naming the field. */
export function validateLab(s: unknown): LabScenario {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) {
    throw new RangeError(`lab scenario must be an object, got ${showValue(s)}`);
  }
  const input = s as Record<string, unknown>;
  const out: LabScenario = { ...DEFAULT_LAB };
  if (input.mode !== undefined) {
    if (!TRIGGER_MODES.includes(input.mode as TriggerMode)) {
      throw new RangeError(`mode must be one of lt, et, got ${showValue(input.mode)}`);
    }
    out.mode = input.mode as TriggerMode;
  }
  for (const k of NUMBERS) {
    const v = input[k];
    if (v === undefined) continue;
    const r = LAB_LIMITS[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < r.min || v > r.max) {
      throw new RangeError(`${rangeText(k, r)}, got ${showValue(v)}`);
    }
    out[k] = v;
  }
  for (const k of FLAGS) {
    const v = input[k];
    if (v === undefined) continue;
    if (typeof v !== 'boolean') throw new RangeError(`${k} must be true or false, got ${showValue(v)}`);
    out[k] = v;
  }
  return out;
}

/** A flag from a slider, a checkbox or a URL: true, false, "true", "false", "1", "0", 1, 0; else undefined. */
function readFlag(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 1 || v === '1' || v === 'true') return true;
  if (v === 0 || v === '0' || v === 'false') return false;
  return undefined;
}

/** Coerces any input into a valid lab scenario (nearest allowed value, or the default) with one English note per changed field; never throws. */
export function clampLab(input: unknown): { scenario: LabScenario; notes: string[] } {
  const fields: Record<string, unknown> =
    typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const notes: string[] = [];
  const scenario: LabScenario = { ...DEFAULT_LAB };
  if (fields.mode !== undefined) {
    if (TRIGGER_MODES.includes(fields.mode as TriggerMode)) scenario.mode = fields.mode as TriggerMode;
    else notes.push(`mode must be one of lt, et; got ${showValue(fields.mode)}, used the default ${DEFAULT_LAB.mode}`);
  }
  for (const k of NUMBERS) {
    const v = fields[k];
    if (v === undefined) continue;
    const n = readNumber(v);
    const r = LAB_LIMITS[k];
    scenario[k] = clampNumber(n, r, DEFAULT_LAB[k]);
    if (n === undefined) notes.push(`${rangeText(k, r)}; got ${showValue(v)}, used the default ${DEFAULT_LAB[k]}`);
    else if (scenario[k] !== n) notes.push(`${rangeText(k, r)}; got ${showValue(v)}, used ${scenario[k]}`);
  }
  for (const k of FLAGS) {
    const v = fields[k];
    if (v === undefined) continue;
    const b = readFlag(v);
    scenario[k] = b ?? DEFAULT_LAB[k];
    if (b === undefined) notes.push(`${k} must be true or false; got ${showValue(v)}, used the default ${DEFAULT_LAB[k]}`);
  }
  return { scenario, notes };
}

/** The events a scenario registers, as epoll_ctl's flags: `EPOLLIN|EPOLLET|EPOLLONESHOT`. */
export function labEvents(s: Pick<LabScenario, 'mode' | 'oneshot'>): string {
  return ['EPOLLIN', ...(s.mode === 'et' ? ['EPOLLET'] : []), ...(s.oneshot ? ['EPOLLONESHOT'] : [])].join('|');
}

/** Runs the lab's script on a scenario (validated first) and returns its trace. */
export function simulateLab(input: LabScenario): LabTrace {
  const s = validateLab(input);
  const events = labEvents(s);
  const steps: LabStep[] = [];
  let t = 0;
  let buffer = 0;
  let linked = false; // on the ready list
  let armed = true;
  let hung = false;

  const push = (step: Omit<LabStep, 't' | 'until' | 'buffer' | 'ready' | 'armed'>, ticks = 1) => {
    steps.push({ t, until: t + ticks, ...step, buffer, ready: linked ? [LAB_FD] : [], armed });
    t += ticks;
  };

  // ep_poll_callback: a disarmed item ignores the wake-up; an item already on the list is not added twice.
  const arrive = (bytes: number) => {
    buffer += bytes;
    if (armed) linked = true;
    push({ actor: 'kernel', op: 'arrive', label: `data arrives: ${bytes} bytes`, result: bytes });
  };

  // ep_send_events: re-poll each item on the list; report the readable ones; then EPOLLONESHOT disarms,
  // level-triggered puts the item back on the list, edge-triggered leaves it off.
  const wait = (n: 1 | 2 | 3) => {
    const ready = linked && armed && buffer > 0;
    linked = false;
    if (ready) {
      if (s.oneshot) armed = false;
      else if (s.mode === 'lt') linked = true;
      push({ actor: 'app', op: 'epoll_wait', wait: n, label: `epoll_wait(${LAB_EPFD}, …) = 1 [${LAB_FD}]`, result: 1, events: [LAB_FD] });
    } else {
      push({ actor: 'app', op: 'epoll_wait', wait: n, label: `epoll_wait(${LAB_EPFD}, …, ${s.timeout}) = 0 (timed out)`, result: 0, events: [] }, s.timeout);
    }
  };

  // One read; false when it did not return data (EAGAIN, or asleep for ever).
  const read = (): boolean => {
    const call = `read(${LAB_FD}, ${s.readSize})`;
    if (buffer > 0) {
      const n = Math.min(buffer, s.readSize);
      buffer -= n;
      push({ actor: 'app', op: 'read', label: `${call} = ${n}`, result: n });
      return true;
    }
    if (s.blocking) {
      hung = true;
      push({ actor: 'app', op: 'read', label: `${call} blocks: the socket is empty and blocking`, result: 'blocks' });
    } else {
      push({ actor: 'app', op: 'read', label: `${call} = -1 EAGAIN`, result: 'EAGAIN' });
    }
    return false;
  };

  push({ actor: 'app', op: 'epoll_ctl', label: `epoll_ctl(${LAB_EPFD}, EPOLL_CTL_ADD, ${LAB_FD}, ${events}) = 0`, result: 0 });
  for (let i = 0; i < s.packets; i++) arrive(s.packetBytes);
  wait(1);
  if (s.drain) {
    while (read()) {
      // until EAGAIN, or asleep for ever
    }
  } else {
    read();
  }
  if (!hung) {
    if (s.rearm) {
      armed = true;
      // ep_modify: the new mask is polled at once and a readable item queued if it is not already.
      if (buffer > 0) linked = true;
      push({ actor: 'app', op: 'epoll_ctl', label: `epoll_ctl(${LAB_EPFD}, EPOLL_CTL_MOD, ${LAB_FD}, ${events}) = 0`, result: 0 });
    }
    wait(2);
    arrive(s.packetBytes);
    wait(3);
  }
  return { scenario: s, steps, end: t, hung };
}

/** The step under tick t (a sleeping wait covers several ticks), or undefined outside [0, end). */
export function labStepAt(trace: LabTrace, t: number): LabStep | undefined {
  return trace.steps.find((s) => s.t <= t && t < s.until);
}

/** The lab's yes/no facts, as content/code/epoll-lab.c prints them for the real kernel. */
export interface LabVerdict {
  /** events the first wait returned for the descriptor, however many packets had arrived */
  firstWaitEvents: number;
  /** the second wait (after the read, before more data) reported the socket; null if a read hung first */
  reportedAgain: boolean | null;
  /** bytes still buffered when the second wait returned; null if a read hung first */
  bufferedAtSecondWait: number | null;
  /** the third wait (after one more packet) reported the socket; null if a read hung first */
  reportedAfterNewData: boolean | null;
  /** a read slept for ever on an empty blocking socket */
  hung: boolean;
}

/** Reads the facts off a lab trace. */
export function labVerdict(trace: LabTrace): LabVerdict {
  const events = (n: number) => trace.steps.find((s) => s.wait === n)?.events?.length;
  const second = trace.steps.find((s) => s.wait === 2);
  const third = events(3);
  return {
    firstWaitEvents: events(1) ?? 0,
    reportedAgain: second ? second.events!.length > 0 : null,
    bufferedAtSecondWait: second ? second.buffer : null,
    reportedAfterNewData: third === undefined ? null : third > 0,
    hung: trace.hung,
  };
}
