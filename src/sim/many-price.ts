/**
 * The price of watching many sockets: for N watched descriptors of which K are ready, what one wait call of
 * select, poll and epoll_wait costs in descriptors examined and bytes copied between the program and the
 * kernel, and how many descriptors the program scans afterwards.
 *
 * Invariants:
 * - Counts, not times: every figure is an integer derived from N and K alone, 0 ≤ K ≤ N.
 * - The watched descriptors are the lowest ones, so select's nfds (highest descriptor + 1) is N; a real
 *   program's are 3 and up, which only adds a word now and then to the bitmaps.
 * - select and poll hand the whole set over on every call and the kernel polls every descriptor in it;
 *   epoll keeps the interest list in the kernel (one epoll_ctl ADD per descriptor, once) and a wait walks
 *   only the ready list, so its per-call price depends on K, not N.
 * - select cannot watch a descriptor ≥ FD_SETSIZE (1024): beyond it the price is null and `wall` says why.
 * - P packets arrived between the last wait and this one, spread over the K ready descriptors: each ready one
 *   got at least one (K ≤ P), and none arrived when K = 0. They change what happens before the wait, never
 *   the wait's own price: epoll's callback runs once per packet, but the ready list holds each ready
 *   descriptor once, so epoll_wait still returns K events; select and poll still examine and copy the same.
 * @see select(2), poll(2), epoll(7), epoll_wait(2), epoll_ctl(2); Linux fs/select.c, fs/eventpoll.c
 *   (ep_poll_callback: `} else if (!ep_is_linked(epi)) {` before list_add_tail_lockless onto ep->rdllist)
 */
import { clampNumber, readNumber, type Range } from './limits';
import { rangeText, showValue } from './validate';

/** The three ways to wait for one of many descriptors. */
export type WaitApi = 'select' | 'poll' | 'epoll';

/** The three in the order of their history: select (4.2BSD), poll (System V), epoll (Linux 2.5.44). */
export const WAIT_APIS: readonly WaitApi[] = Object.freeze(['select', 'poll', 'epoll'] as const);

/**
 * glibc's fd_set has room for descriptors 0 to 1023; FD_SET on a descriptor ≥ FD_SETSIZE is undefined
 * behaviour, and with _FORTIFY_SOURCE glibc's __fdelt_chk aborts (content/code/fd-setsize.c shows both).
 * @see select(2), NOTES and BUGS: "the glibc implementation makes fd_set a fixed-size type, with FD_SETSIZE
 *   defined as 1024"; glibc debug/fdelt_chk.c
 */
export const FD_SETSIZE = 1024;

/**
 * The kernel copies fd_set bitmaps in whole longs: FDS_BYTES(nfds) = ⌈nfds / 64⌉ × 8 bytes on a 64-bit kernel.
 * @see Linux fs/select.c (core_sys_select: get_fd_set, set_fd_set) and include/linux/poll.h (FDS_BYTES)
 */
const FD_SET_WORD_BYTES = 8;

/**
 * struct pollfd is int fd, short events, short revents: 8 bytes. The kernel copies the whole array in and
 * writes back only each entry's revents (2 bytes).
 * @see poll(2) (struct pollfd); Linux fs/select.c, do_sys_poll (copy_from_user of the entries, then
 *   unsafe_put_user(fds->revents, &ufds->revents) for every entry)
 */
export const POLLFD_BYTES = 8;

/** Bytes of revents in a struct pollfd: what poll writes back per entry. */
const POLLFD_REVENTS_BYTES = 2;

/**
 * struct epoll_event is a 32-bit events mask and a 64-bit data word, packed on x86-64: 12 bytes.
 * @see epoll_wait(2) (struct epoll_event); Linux include/uapi/linux/eventpoll.h (EPOLL_PACKED on x86-64)
 */
export const EPOLL_EVENT_BYTES = 12;

/**
 * At most this many packets per ready descriptor on average: Linux sizes a socket's default buffers for
 * _SK_MEM_PACKETS = 256 small packets, so more would be dropped before the program came to read.
 * @see Linux include/net/sock.h (_SK_MEM_PACKETS, SK_RMEM_MAX = _SK_MEM_OVERHEAD × _SK_MEM_PACKETS)
 */
export const PACKETS_PER_READY = 256;

/** What one wait call costs with N watched and K ready, and what the P packets before it did. */
export interface WaitPrice {
  api: WaitApi;
  n: number;
  k: number;
  /** packets that arrived since the last wait, over the K ready descriptors */
  p: number;
  /**
   * calls of the interface's wake-up callback the packets made before the wait: for epoll one ep_poll_callback
   * per packet (each delivery wakes the socket's wait queue, where EPOLL_CTL_ADD left epoll's entry); 0 for
   * select and poll, whose entries each call adds (poll_wait) and removes (poll_freewait) before it returns
   */
  callbacks: number;
  /**
   * epoll's ready list when the wait starts: K entries whatever P, for ep_poll_callback links an item only
   * if it is not linked yet (`!ep_is_linked(epi)`); null for select and poll, which keep no ready list
   */
  readyEntries: number | null;
  /**
   * descriptors whose poll method the kernel calls during the wait: all N for select (do_select skips only
   * words with no bit set) and poll (do_poll walks every entry); for epoll only the ready list (ep_send_events)
   */
  kernelExamines: number | null;
  /** bytes the call copies from the program into the kernel */
  bytesIn: number | null;
  /** bytes the call copies from the kernel back to the program */
  bytesOut: number | null;
  /** descriptors the program looks at afterwards to find the ready ones: FD_ISSET or revents on all N; epoll's K events */
  programScans: number | null;
  /** calls made once, before any wait: epoll_create1 and one epoll_ctl(EPOLL_CTL_ADD) per descriptor; 0 for select and poll */
  setupCalls: number;
  /** bytes setup copies in: one struct epoll_event per epoll_ctl */
  setupBytesIn: number;
  /** why this api cannot watch N descriptors at all, or null */
  wall: 'FD_SETSIZE' | null;
}

/** Inclusive bounds of N (watched), K (ready) and P (packets; further bounded by packetRange). */
export const PRICE_LIMITS = Object.freeze({
  n: Object.freeze({ min: 1, max: 100_000 }),
  k: Object.freeze({ min: 0, max: 100_000 }),
  p: Object.freeze({ min: 0, max: 100_000 }),
}) satisfies Record<string, Range>;

/** The packets allowed with K ready: from K (one each) to 256 × K, at most 100,000 (the figure's axis end); 0 when K = 0. */
export function packetRange(k: number): Range {
  return { min: k, max: Math.min(PRICE_LIMITS.p.max, PACKETS_PER_READY * k) };
}

/** Bytes of one fd_set bitmap covering descriptors 0 to nfds − 1, as the kernel copies it. */
export function fdSetBytes(nfds: number): number {
  return Math.ceil(nfds / (8 * FD_SET_WORD_BYTES)) * FD_SET_WORD_BYTES;
}

/** Checks N, K and P (integers, 1 ≤ N ≤ 100,000, 0 ≤ K ≤ N, P in packetRange(K)); throws a RangeError naming the field. */
export function validatePrice(n: unknown, k: unknown, p: unknown): { n: number; k: number; p: number } {
  const nr = PRICE_LIMITS.n;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < nr.min || n > nr.max) {
    throw new RangeError(`${rangeText('n', nr)}, got ${showValue(n)}`);
  }
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 0 || k > n) {
    throw new RangeError(`${rangeText('k', { min: 0, max: n })} (at most n), got ${showValue(k)}`);
  }
  const pr = packetRange(k);
  if (typeof p !== 'number' || !Number.isInteger(p) || p < pr.min || p > pr.max) {
    throw new RangeError(`${rangeText('p', pr)} (at least k, at most ${PACKETS_PER_READY} × k), got ${showValue(p)}`);
  }
  return { n, k: k === 0 ? 0 : k, p: p === 0 ? 0 : p };
}

/** N, K and P from sliders or a URL, each moved to the nearest allowed value (K at most N, P in packetRange(K)); never throws. */
export function clampPrice(n: unknown, k: unknown, p: unknown): { n: number; k: number; p: number } {
  const cn = clampNumber(readNumber(n), PRICE_LIMITS.n, 1000);
  const ck = clampNumber(readNumber(k), { min: 0, max: cn }, Math.min(1, cn));
  // Not a number: one packet per ready descriptor, the fewest that make K ready.
  const cp = clampNumber(readNumber(p), packetRange(ck), ck);
  return { n: cn, k: ck, p: cp };
}

/**
 * The price of one wait call of `api` with N watched descriptors, K of them ready after P packets (by default
 * one each); throws a RangeError on bad N, K or P.
 */
export function waitPrice(api: WaitApi, n: number, k: number, p: number = k): WaitPrice {
  ({ n, k, p } = validatePrice(n, k, p));
  const base = { api, n, k, p, callbacks: 0, readyEntries: null, setupCalls: 0, setupBytesIn: 0, wall: null };
  switch (api) {
    case 'select': {
      if (n > FD_SETSIZE) {
        return { ...base, kernelExamines: null, bytesIn: null, bytesOut: null, programScans: null, wall: 'FD_SETSIZE' };
      }
      // Only the read set: core_sys_select copies in and out each set that is not NULL.
      const bytes = fdSetBytes(n);
      return { ...base, kernelExamines: n, bytesIn: bytes, bytesOut: bytes, programScans: n };
    }
    case 'poll':
      return { ...base, kernelExamines: n, bytesIn: n * POLLFD_BYTES, bytesOut: n * POLLFD_REVENTS_BYTES, programScans: n };
    case 'epoll':
      // epoll_wait copies nothing in; ep_send_events copies out one epoll_event per ready item (epoll_put_uevent).
      return {
        ...base,
        // One ep_poll_callback per packet; the `!ep_is_linked(epi)` check keeps a linked item off the list twice.
        callbacks: p,
        readyEntries: k,
        kernelExamines: k,
        bytesIn: 0,
        bytesOut: k * EPOLL_EVENT_BYTES,
        programScans: k,
        setupCalls: 1 + n,
        setupBytesIn: n * EPOLL_EVENT_BYTES,
      };
    default:
      throw new RangeError(`api must be one of ${WAIT_APIS.join(', ')}, got ${showValue(api)}`);
  }
}

/** The price of one wait call for each of select, poll and epoll at the same N, K and P. */
export function priceTable(n: number, k: number, p: number = k): WaitPrice[] {
  return WAIT_APIS.map((api) => waitPrice(api, n, k, p));
}
