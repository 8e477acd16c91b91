/*
 * Nonblocking I/O (Stevens, UNP vol. 1, Figure 6.2): with O_NONBLOCK, recvfrom fails with EAGAIN at
 * once while there is no datagram, so the process polls, doing a unit of work between polls; the poll
 * that finds the datagram copies it before it returns. Run: ./nonblocking | ./sender
 */
#include "common.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>

static char buf[BUF_LEN];
static long failed_polls;

// region: receive
/* Polls sock until a datagram is there; between polls, the process does its own work. */
static ssize_t poll_loop(int sock)
{
    /* F_GETFL first: F_SETFL with O_NONBLOCK alone would clear the other status flags. */
    int flags = fcntl(sock, F_GETFL, 0);
    if (flags < 0 || fcntl(sock, F_SETFL, flags | O_NONBLOCK) < 0) die("fcntl");

    for (;;) {   /* timed_recvfrom: recvfrom, timing the call that copies (common.c) */
        ssize_t n = timed_recvfrom(sock, buf, sizeof buf, 0, NULL, NULL);
        if (n >= 0) return n;               /* data was there: copied, done */
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            failed_polls++;
            do_other_work();                /* nothing yet: come back later */
            continue;
        }
        if (errno != EINTR) die("recvfrom");
    }
}
// endregion

int main(void)
{
    M = (struct measure){ .model = "nonblocking", .api = "recvfrom" };
    int sock = udp_socket();
    start_working(sock);
    ssize_t n = poll_loop(sock);
    M.failed_checks = M.calls_before_data = failed_polls;
    report(sock, buf, n);
    return 0;
}
