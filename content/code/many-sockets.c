/*
 * The price of watching many sockets, measured: N UDP sockets bound on 127.0.0.1 and one sender; each round
 * the sender sends one datagram to one socket, at an index that varies from round to round, and the program
 * waits for it with select, poll and epoll_wait in turn, finds the ready socket and reads the datagram.
 * What is timed is one wait as a program pays for it: select's rebuilding of its fd_set, the call, and the
 * scan for the ready descriptor (FD_ISSET over all N); poll's call and its scan of revents; epoll_wait's call
 * and its K = 1 event. The datagram is sent before the clock starts, so no wait sleeps: the time is the
 * price of looking, not of waiting. Each figure is the median over the rounds, and the three interfaces
 * take turns in blocks of rounds (BLOCK below).
 * In the way of libevent's test/bench.c and of the timing table in Michael Kerrisk, The Linux Programming
 * Interface (2010), §63.4.5, "Performance of epoll".
 * Run: ./many-sockets [--quick]    (--quick: fewer rounds, for the tests)
 * Output: comment lines (#) naming the kernel, the CPU, the descriptor limit and the load average (/proc/loadavg),
 * a header, one row per N:
 *   N  select_us  poll_us  epoll_us        ("-" where select cannot go: a descriptor >= FD_SETSIZE)
 * @see select(2) (FD_SETSIZE), poll(2), epoll(7), getrlimit(2) (RLIMIT_NOFILE)
 */
#define _GNU_SOURCE
#include "common.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

enum { SELECT, POLL, EPOLL, APIS };
/* Rounds run in blocks of BLOCK per interface, the interfaces taking turns block by block: a burst of load
 * elsewhere falls on all three alike, and a wait is not timed in the cache that poll's sweep of 10,000
 * sockets just emptied (only a block's first round is, and the median sets it aside). */
#define BLOCK 20
static const int SIZES[] = { 10, 100, 1000, 10000 };
#define NSIZES (int)(sizeof SIZES / sizeof SIZES[0])

static long long now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int cmp_ll(const void *a, const void *b)
{
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

/** The median of n samples, in microseconds (sorts them). */
static double median_us(long long *v, int n)
{
    qsort(v, (size_t)n, sizeof v[0], cmp_ll);
    long long m = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return (double)m / 1000.0;
}

/** Reads the one-byte datagram from a socket that must be ready; dies if it is not. */
static void take(int sock)
{
    char b[16];
    if (recv(sock, b, sizeof b, 0) != 1) die("recv: the ready socket had no datagram");
}

/** The N watched sockets in the three forms the interfaces take them. */
struct watched {
    int n;
    const int *socks;
    struct pollfd *pfds;
    int ep;
    int maxfd;
};

/** One wait with `api` for the datagram just sent to socket `target`, timed as the program pays for it (ns); reads the datagram. */
static long long one_wait(const struct watched *w, int api, int target)
{
    int found = -1;
    long long t0 = now_ns();
    // region: wait
    if (api == SELECT) {
        fd_set rset;                    /* rebuilt every time: select overwrites it */
        FD_ZERO(&rset);
        for (int i = 0; i < w->n; i++) FD_SET(w->socks[i], &rset);
        if (select(w->maxfd + 1, &rset, NULL, NULL, NULL) != 1) die("select");
        for (int i = 0; i < w->n; i++)
            if (FD_ISSET(w->socks[i], &rset)) found = i;
    } else if (api == POLL) {
        if (poll(w->pfds, (nfds_t)w->n, -1) != 1) die("poll");
        for (int i = 0; i < w->n; i++)
            if (w->pfds[i].revents & POLLIN) found = i;
    } else {
        struct epoll_event ev[8];
        if (epoll_wait(w->ep, ev, 8, -1) != 1) die("epoll_wait");
        found = (int)ev[0].data.u32;  /* only the ready one comes back */
    }
    // endregion
    long long ns = now_ns() - t0;
    if (found != target) die("the wait reported another socket than the one sent to");
    take(w->socks[found]);
    return ns;
}

/** The CPU's "model name" from /proc/cpuinfo, or "unknown". */
static void cpu_model(char *out, size_t len)
{
    snprintf(out, len, "unknown");
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (!f) return;
    char line[256];
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "model name", 10) != 0) continue;
        char *v = strchr(line, ':');
        if (v) {
            v += strspn(v + 1, " \t") + 1;
            v[strcspn(v, "\n")] = '\0';
            snprintf(out, len, "%s", v);
        }
        break;
    }
    fclose(f);
}

int main(int argc, char **argv)
{
    bool quick = argc > 1 && strcmp(argv[1], "--quick") == 0;
    int rounds = quick ? 3 * BLOCK : 15 * BLOCK;
    alarm(60);  /* bounded: a full run takes a few seconds */

    /* As many descriptors as we are allowed: the soft limit (often 1024) up to the hard one. */
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) < 0) die("getrlimit");
    rlim_t soft = rl.rlim_cur;
    rl.rlim_cur = rl.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &rl) < 0) die("setrlimit");

    struct utsname u;
    if (uname(&u) < 0) die("uname");
    char cpu[200];
    cpu_model(cpu, sizeof cpu);
    printf("# many-sockets: microseconds per wait, the median of %d rounds; one datagram ready per round\n", rounds);
    printf("# kernel: %s\n# cpu: %s\n", u.release, cpu);
    printf("# rlimit_nofile: soft %llu raised to hard %llu\n", (unsigned long long)soft, (unsigned long long)rl.rlim_max);
    printf("# fd_setsize: %d\n", FD_SETSIZE);
    /* How busy the machine was: other processes' load stretches every figure, not their ratios. */
    char load[64] = "unknown";
    FILE *lf = fopen("/proc/loadavg", "r");
    if (lf) {
        if (fgets(load, sizeof load, lf)) load[strcspn(load, "\n")] = '\0';
        fclose(lf);
    }
    printf("# loadavg: %s\n", load);

    int sender = socket(AF_INET, SOCK_DGRAM, 0);
    if (sender < 0) die("socket");
    int *socks = malloc(sizeof *socks * 10000);
    struct sockaddr_in *addrs = malloc(sizeof *addrs * 10000);
    struct pollfd *pfds = malloc(sizeof *pfds * 10000);
    long long *samples[APIS];
    for (int a = 0; a < APIS; a++) samples[a] = malloc(sizeof(long long) * (size_t)rounds);
    if (!socks || !addrs || !pfds || !samples[0] || !samples[1] || !samples[2]) die("malloc");

    printf("N select_us poll_us epoll_us\n");
    for (int s = 0; s < NSIZES; s++) {
        int n = SIZES[s];
        /* n sockets, the sender, the epoll instance, stdin/out/err and a little room */
        rlim_t need = (rlim_t)n + 8;
        if (need > rl.rlim_max) {
            printf("# skip N=%d: it needs %llu descriptors and RLIMIT_NOFILE's hard limit is %llu\n", n,
                   (unsigned long long)need, (unsigned long long)rl.rlim_max);
            continue;
        }
        int maxfd = -1;
        for (int i = 0; i < n; i++) {
            socks[i] = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
            addrs[i] = (struct sockaddr_in){ .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
            socklen_t len = sizeof addrs[i];
            if (socks[i] < 0 || bind(socks[i], (struct sockaddr *)&addrs[i], sizeof addrs[i]) < 0 ||
                getsockname(socks[i], (struct sockaddr *)&addrs[i], &len) < 0)
                die("socket/bind");
            if (socks[i] > maxfd) maxfd = socks[i];
            pfds[i] = (struct pollfd){ .fd = socks[i], .events = POLLIN };
        }
        int ep = epoll_create1(0);
        if (ep < 0) die("epoll_create1");
        for (int i = 0; i < n; i++) {   /* once per descriptor, not per wait */
            struct epoll_event ev = { .events = EPOLLIN, .data.u32 = (uint32_t)i };
            if (epoll_ctl(ep, EPOLL_CTL_ADD, socks[i], &ev) < 0) die("epoll_ctl");
        }
        /* FD_SET on a descriptor >= FD_SETSIZE is undefined behaviour (glibc's _FORTIFY_SOURCE aborts). */
        bool can_select = maxfd < FD_SETSIZE;

        struct watched w = { .n = n, .socks = socks, .pfds = pfds, .ep = ep, .maxfd = maxfd };
        for (int b = 0; b < rounds / BLOCK; b++) {
            for (int a = 0; a < APIS; a++) {
                if (a == SELECT && !can_select) continue;
                for (int r = b * BLOCK; r < (b + 1) * BLOCK; r++) {
                    int target = (int)(((long long)r * 7919 + 13) % n);   /* a different socket each round */
                    if (sendto(sender, "x", 1, 0, (struct sockaddr *)&addrs[target], sizeof addrs[target]) != 1) die("sendto");
                    samples[a][r] = one_wait(&w, a, target);
                }
            }
        }
        if (can_select) printf("%d %.2f", n, median_us(samples[SELECT], rounds));
        else printf("%d -", n);
        printf(" %.2f %.2f\n", median_us(samples[POLL], rounds), median_us(samples[EPOLL], rounds));
        if (!can_select) printf("# select at N=%d: descriptor %d >= FD_SETSIZE %d\n", n, maxfd, FD_SETSIZE);
        fflush(stdout);
        close(ep);
        for (int i = 0; i < n; i++) close(socks[i]);
    }
    return 0;
}
