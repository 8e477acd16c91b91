/*
 * I/O multiplexing (Stevens, UNP vol. 1, Figure 6.3): the process blocks in select, poll or epoll_wait,
 * which watch several sockets at once, then reads the ready one with recvfrom, which copies. Blocked in
 * both phases: in the wait call for phase 1, in recvfrom for phase 2.
 * Run: ./multiplexing select|poll|epoll-lt|epoll-et | ./sender
 * The datagram goes to the last of NSOCK sockets; the others stay idle, as most of a server's do.
 */
#include "common.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

#define NSOCK 3

static char buf[BUF_LEN];

// region: select
/* Waits in select until one of the sockets is readable, then reads it. */
static ssize_t select_once(const int *socks, int nsocks)
{
    for (;;) {
        fd_set rset;                    /* select overwrites the set: rebuild it every time */
        FD_ZERO(&rset);
        int maxfd = -1;
        for (int i = 0; i < nsocks; i++) {
            FD_SET(socks[i], &rset);
            if (socks[i] > maxfd) maxfd = socks[i];
        }
        /* Phase 1: blocked here, in select, until some socket is readable. */
        if (select(maxfd + 1, &rset, NULL, NULL, NULL) < 0) {
            if (errno == EINTR) continue;
            die("select");
        }
        for (int i = 0; i < nsocks; i++) {
            if (!FD_ISSET(socks[i], &rset)) continue;
            /* Phase 2: the copy happens inside recvfrom (timed_recvfrom: recvfrom, timed; common.c). */
            ssize_t n = timed_recvfrom(socks[i], buf, sizeof buf, 0, NULL, NULL);
            if (n >= 0) return n;
            /* EAGAIN: not ready after all (a report is a hint); EINTR: a signal came first */
            if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) die("recvfrom");
        }
    }
}
// endregion

// region: poll
/* The same with poll: an array instead of a bit set, and no FD_SETSIZE limit. */
static ssize_t poll_once(const int *socks, int nsocks)
{
    struct pollfd fds[NSOCK];
    for (int i = 0; i < nsocks; i++)
        fds[i] = (struct pollfd){ .fd = socks[i], .events = POLLIN };
    for (;;) {
        /* Phase 1: blocked in poll. The results go to revents, so the array is reused as is. */
        if (poll(fds, (nfds_t)nsocks, -1) < 0) {
            if (errno == EINTR) continue;
            die("poll");
        }
        for (int i = 0; i < nsocks; i++) {
            if (!(fds[i].revents & POLLIN)) continue;
            ssize_t n = timed_recvfrom(fds[i].fd, buf, sizeof buf, 0, NULL, NULL);   /* phase 2 */
            if (n >= 0) return n;
            if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) die("recvfrom");
        }
    }
}
// endregion

// region: epoll
/* The same with epoll: the interest set lives in the kernel; edge-triggered if `edge`. */
static ssize_t epoll_once(const int *socks, int nsocks, bool edge)
{
    int ep = epoll_create1(0);
    if (ep < 0) die("epoll_create1");
    for (int i = 0; i < nsocks; i++) {  /* once per descriptor, not once per wait */
        struct epoll_event ev = { .events = EPOLLIN | (edge ? EPOLLET : 0), .data.fd = socks[i] };
        if (epoll_ctl(ep, EPOLL_CTL_ADD, socks[i], &ev) < 0) die("epoll_ctl");
    }
    ssize_t got = -1;
    while (got < 0) {
        struct epoll_event ready[NSOCK];
        int nready = epoll_wait(ep, ready, NSOCK, -1);  /* phase 1: only ready fds come back */
        if (nready < 0) {
            if (errno == EINTR) continue;
            die("epoll_wait");
        }
        for (int i = 0; i < nready; i++) {
            ssize_t n;
            do {                        /* edge-triggered: read until EAGAIN, or the rest */
                n = timed_recvfrom(ready[i].data.fd, buf, sizeof buf, 0, NULL, NULL);   /* is never reported */
                if (n >= 0) got = n;    /* phase 2: the copy happens inside recvfrom */
            } while (edge && n >= 0);
            if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) die("recvfrom");
        }
    }
    close(ep);
    return got;
}
// endregion

int main(int argc, char **argv)
{
    const char *api = argc > 1 ? argv[1] : "select";
    M = (struct measure){ .model = "multiplexing", .api = api };
    int socks[NSOCK];
    for (int i = 0; i < NSOCK; i++) {
        socks[i] = udp_socket();
        // O_NONBLOCK: a readiness report is a hint, and a read after it must never block (select(2), BUGS).
        int flags = fcntl(socks[i], F_GETFL, 0);
        if (flags < 0 || fcntl(socks[i], F_SETFL, flags | O_NONBLOCK) < 0) die("fcntl");
    }
    int data_sock = socks[NSOCK - 1];   /* the one the sender is told about */

    ssize_t n;
    if (strcmp(api, "select") == 0) {
        start_waiting(data_sock);
        n = select_once(socks, NSOCK);
    } else if (strcmp(api, "poll") == 0) {
        start_waiting(data_sock);
        n = poll_once(socks, NSOCK);
    } else if (strcmp(api, "epoll-lt") == 0 || strcmp(api, "epoll-et") == 0) {
        start_waiting(data_sock);
        n = epoll_once(socks, NSOCK, api[6] == 'e');
    } else {
        fprintf(stderr, "usage: %s select|poll|epoll-lt|epoll-et\n", argv[0]);
        return 2;
    }
    M.calls_before_data = 1;            /* the wait call, entered before the datagram exists */
    report(data_sock, buf, n);
    return 0;
}
