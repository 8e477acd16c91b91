/*
 * Signal-driven I/O (Stevens, UNP vol. 1, Figure 6.4): the kernel sends SIGIO when the socket has data;
 * meanwhile the process works. The handler reads with recvfrom, which copies: phase 1 does not block the
 * process, phase 2 does. Run: ./signal-driven | ./sender
 */
#define _GNU_SOURCE                     /* F_SETOWN and O_ASYNC */
#include "common.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/socket.h>
#include <unistd.h>

static char buf[BUF_LEN];
/* A handler may touch only lock-free atomics and volatile sig_atomic_t (C11 7.14.1.1, POSIX XSH 2.4.3). */
_Static_assert(ATOMIC_INT_LOCK_FREE == 2 && ATOMIC_LONG_LOCK_FREE == 2 && ATOMIC_POINTER_LOCK_FREE == 2, "atomics");

// region: handler
static atomic_int sock = -1;            /* the UDP socket */
static _Atomic(char *) into;            /* where to receive: buf */
static atomic_long got = -1;            /* bytes received */
static volatile sig_atomic_t arrived;   /* a flag: C11 7.20.3 promises sig_atomic_t only -127..127 */

static void on_sigio(int signo)
{
    (void)signo;
    int saved_errno = errno;
    ssize_t n;
    /* SIGIO is not queued: one signal may stand for many datagrams, so drain until EAGAIN. */
    while ((n = timed_recvfrom(sock, into, BUF_LEN, 0, NULL, NULL)) >= 0) {   /* recvfrom, timed (common.c) */
        got = n;                        /* phase 2: the copy happens inside recvfrom */
        arrived = 1;
    }
    errno = saved_errno;                /* recvfrom set it to EAGAIN: the socket is empty */
}

static int enable_sigio(int fd)
{
    sock = fd;
    into = buf;
    struct sigaction sa = { .sa_handler = on_sigio };
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGIO, &sa, NULL) < 0) return -1;          /* 1. handler */
    if (fcntl(fd, F_SETOWN, getpid()) < 0) return -1;        /* 2. owner   */
    int flags = fcntl(fd, F_GETFL, 0);                       /* keep the other flags */
    if (flags < 0) return -1;
    return fcntl(fd, F_SETFL, flags | O_NONBLOCK | O_ASYNC); /* 3. O_ASYNC */
}
// endregion

int main(void)
{
    M = (struct measure){ .model = "signal-driven", .api = "SIGIO" };
    int fd = udp_socket();
    if (enable_sigio(fd) < 0) die("enable_sigio");
    M.calls_before_data = 1;            /* Stevens draws the sigaction; fcntl F_SETOWN and O_ASYNC go with it */
    start_working(fd);
    // region: work
    while (!arrived)
        do_other_work();                /* phase 1: the process runs; SIGIO interrupts it */
    // endregion
    report(fd, buf, (ssize_t)got);
    return 0;
}
