/**
 * Michael Kerrisk's 2006 timings of poll, select and epoll, for the pages to show beside this machine's run
 * (content/traces/many-sockets.txt). Copied from his slide as published: elapsed seconds for 100,000
 * monitoring operations, one randomly selected descriptor ready each time, on the kernel and machine of
 * 2006 (the slide names neither). Our program prints µs per wait: divide by 100,000 and multiply by 10⁶,
 * i.e. ×10 (epoll at N = 10: 0.65 s → 6.5 µs).
 * TODO(lead): The Linux Programming Interface (2010), §63.4.5, has its own table of the same test; its
 * figures are not copied here because they could not be checked against the book.
 * @see https://man7.org/conf/lca2006/Linux_2.6_changes/epoll_2d.html (linux.conf.au 2006, "The epoll API:
 *   Why epoll is better")
 */

/** One row of the slide: N and each interface's seconds for 100,000 operations. */
export interface KerriskRow {
  n: number;
  poll: number;
  select: number;
  epoll: number;
}

/** The slide's table, as published. */
export const KERRISK_2006: readonly KerriskRow[] = Object.freeze([
  { n: 10, poll: 1.12, select: 1.28, epoll: 0.65 },
  { n: 100, poll: 6.8, select: 7.1, epoll: 0.68 },
  { n: 1000, poll: 157, select: 151, epoll: 0.89 },
  { n: 10000, poll: 1750, select: 1087, epoll: 0.97 },
]);

/** Operations behind each of the slide's figures. */
export const KERRISK_2006_OPERATIONS = 100_000;
