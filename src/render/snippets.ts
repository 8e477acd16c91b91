/**
 * The short C snippet of each model and, per event label, the 1-based line that event belongs to.
 * Plain data: Demo.astro highlights the code at build time; the island only picks a line.
 * The code follows Stevens' figures (UNP vol. 1, §6.2) and the man pages recvfrom(2), fcntl(2),
 * select(2), sigaction(2), aio_read(3); `buf`, `fd`, `do_other_work` and `process` stand for the program.
 */
import type { EventLabel, ModelId } from '../sim/types';

/** A snippet and the line each event label maps to. */
export interface Snippet { code: string; lines: Partial<Record<EventLabel, number>> }

/** The five snippets, by model. */
export const SNIPPETS: Readonly<Record<ModelId, Snippet>> = {
  blocking: {
    code: `char buf[MAXLINE];
/* sleeps until a datagram arrives, then until it is copied */
ssize_t n = recvfrom(fd, buf, sizeof buf, 0, NULL, NULL);
if (n < 0)
    err_sys("recvfrom");
process(buf, n);`,
    lines: { recvfrom: 3, 'datagram ready': 3, 'copy datagram': 3, 'copy complete': 3, 'return OK': 6 },
  },
  nonblocking: {
    code: `ssize_t n;
fcntl(fd, F_SETFL, fcntl(fd, F_GETFL, 0) | O_NONBLOCK);
while ((n = recvfrom(fd, buf, sizeof buf, 0, NULL, NULL)) < 0) {
    if (errno != EAGAIN && errno != EWOULDBLOCK)
        err_sys("recvfrom");
    do_other_work();        /* then poll again */
}
process(buf, n);`,
    lines: {
      recvfrom: 3, EWOULDBLOCK: 4, 'datagram ready': 6, 'copy datagram': 3, 'copy complete': 3, 'return OK': 8,
    },
  },
  multiplexing: {
    code: `fd_set rset;
FD_ZERO(&rset);
FD_SET(fd, &rset);
if (select(fd + 1, &rset, NULL, NULL, NULL) < 0)   /* sleeps */
    err_sys("select");
if (FD_ISSET(fd, &rset)) {
    ssize_t n = recvfrom(fd, buf, sizeof buf, 0, NULL, NULL);
    process(buf, n);
}`,
    lines: {
      select: 4, 'datagram ready': 4, 'return readable': 6, recvfrom: 7, 'copy datagram': 7, 'copy complete': 7,
      'return OK': 8,
    },
  },
  'signal-driven': {
    code: `static void on_sigio(int signo) {
    ssize_t n;   /* SIGIO is not queued: drain until EAGAIN */
    while ((n = recvfrom(fd, buf, sizeof buf, 0, NULL, NULL)) >= 0)
        process(buf, n);
}

struct sigaction sa = { .sa_handler = on_sigio };
sigaction(SIGIO, &sa, NULL);
fcntl(fd, F_SETOWN, getpid());
fcntl(fd, F_SETFL, fcntl(fd, F_GETFL, 0) | O_ASYNC | O_NONBLOCK);
for (;;)
    do_other_work();`,
    lines: {
      sigaction: 8, return: 10, 'datagram ready': 12, 'deliver SIGIO': 1, recvfrom: 3, 'copy datagram': 3,
      'copy complete': 3, 'return OK': 4,
    },
  },
  async: {
    code: `struct aiocb cb = {
    .aio_fildes = fd, .aio_buf = buf, .aio_nbytes = sizeof buf,
    .aio_sigevent = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1 },
};
aio_read(&cb);              /* returns at once */
for (;;)
    do_other_work();        /* until SIGUSR1 says: complete */

/* in the SIGUSR1 handler: the data is already in buf */
ssize_t n = aio_return(&cb);`,
    lines: {
      aio_read: 5, return: 5, 'datagram ready': 7, 'copy datagram': 7, 'copy complete': 7,
      'deliver signal specified in aio_read': 10,
    },
  },
};

/** A highlighted snippet as the island receives it: per line, [text, colour] pairs, and the line map. */
export interface CodeTokens { tokens: [string, string][][]; lines: Partial<Record<EventLabel, number>> }
