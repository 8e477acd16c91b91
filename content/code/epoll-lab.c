/*
 * Level- versus edge-triggered epoll on a real socket: the script of the site's lab (src/sim/epoll-lab.ts),
 * which is the example of epoll(7) carried one step further. On a socketpair(AF_UNIX, SOCK_STREAM) a write
 * is in the peer's receive queue, and epoll's callback has run, when write returns, so every epoll_wait
 * here has timeout 0 and nothing depends on timing:
 *   1. epoll_ctl(EPOLL_CTL_ADD) the reading end, EPOLLIN [|EPOLLET] [|EPOLLONESHOT];
 *   2. the peer writes 2 packets of 1 kB;              3. epoll_wait (wait 1);
 *   4. read 1 kB once, or until EAGAIN (drain);        5. [epoll_ctl(EPOLL_CTL_MOD), the same events];
 *   6. epoll_wait (wait 2);                            7. the peer writes 1 kB more;  8. epoll_wait (wait 3).
 * A drain loop on a socket without O_NONBLOCK blocks in read when the socket is empty: SO_RCVTIMEO (20 ms)
 * ends that read with EAGAIN, which a blocking socket returns only when the timeout expired, so the
 * program can say "it would have slept for ever" and go on.
 * Run: ./epoll-lab            every combination of lt|et, drain, blocking, oneshot, rearm, then the facts;
 *      ./epoll-lab lt et+drain  only those scenarios (a scenario is lt or et, then +drain +blocking +oneshot +rearm).
 * Output: `RESULT program=epoll-lab`, then one `lab …` line per scenario and, with no arguments, one
 * `name=value` line per fact.
 * @see epoll(7) ("Level-triggered and edge-triggered", Q9), epoll_ctl(2), epoll_wait(2), socket(7) (SO_RCVTIMEO)
 */
#define _GNU_SOURCE
#include "common.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#define PACKETS 2
#define PACKET 1024
#define READ_SIZE 1024
#define MAX_LINES 40

struct scenario { bool et, drain, blocking, oneshot, rearm; int packets; };

/** What one run of the script saw: the lab's verdict (labVerdict in src/sim/epoll-lab.ts). */
struct verdict {
    int first;          /* events wait 1 returned */
    int again;          /* events wait 2 returned; -1: not reached (the read hung) */
    int buffered;       /* bytes in the socket at wait 2 (FIONREAD would need ioctl; we count them) */
    int after_new_data; /* events wait 3 returned; -1: not reached */
    bool hung;          /* a read on the empty blocking socket slept until SO_RCVTIMEO */
};

static char lines[MAX_LINES][160];
static int nlines;

/** epoll_wait with timeout 0: how many events, and that any returned event is the socket's. */
static int wait_now(int ep, int fd)
{
    struct epoll_event ev[4];
    int n = epoll_wait(ep, ev, 4, 0);
    if (n < 0) die("epoll_wait");
    for (int i = 0; i < n; i++)
        if (ev[i].data.fd != fd || !(ev[i].events & EPOLLIN)) die("epoll_wait: an unexpected event");
    return n;
}

/** The peer writes one packet of `len` bytes. */
static void send_packet(int peer, size_t len)
{
    static char data[PACKET];
    memset(data, 'x', sizeof data);
    if (write(peer, data, len) != (ssize_t)len) die("write");
}

/** Runs the script once on a fresh socketpair and epoll instance. */
static struct verdict run(struct scenario s)
{
    struct verdict v = { .again = -1, .after_new_data = -1 };
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0) die("socketpair");
    int fd = sv[0], peer = sv[1];
    if (s.blocking) {
        struct timeval tv = { .tv_sec = 0, .tv_usec = 20000 };
        if (setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) < 0) die("setsockopt");
    } else if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) < 0) {
        die("fcntl");
    }
    int ep = epoll_create1(0);
    if (ep < 0) die("epoll_create1");
    // region: lab
    struct epoll_event ev = { .events = EPOLLIN | (s.et ? EPOLLET : 0) | (s.oneshot ? EPOLLONESHOT : 0), .data.fd = fd };
    if (epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) < 0) die("epoll_ctl ADD");

    int buffered = 0;
    for (int i = 0; i < s.packets; i++) {
        send_packet(peer, PACKET);
        buffered += PACKET;
    }
    v.first = wait_now(ep, fd);

    char buf[READ_SIZE];
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n > 0) buffered -= (int)n;
        else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            // On a blocking socket EAGAIN means SO_RCVTIMEO expired: without it, read would still be asleep.
            if (s.blocking) v.hung = true;
        } else die("read");
        if (!s.drain || n < 0) break;
    }
    if (!v.hung) {
        if (s.rearm && epoll_ctl(ep, EPOLL_CTL_MOD, fd, &ev) < 0) die("epoll_ctl MOD");
        v.again = wait_now(ep, fd);
        v.buffered = buffered;
        send_packet(peer, PACKET);
        v.after_new_data = wait_now(ep, fd);
    }
    // endregion
    close(ep);
    close(peer);
    close(fd);
    return v;
}

/** `lt+drain+oneshot`: the scenario's name, as the arguments spell it. */
static void name(struct scenario s, char *out, size_t len)
{
    snprintf(out, len, "%s%s%s%s%s", s.et ? "et" : "lt", s.drain ? "+drain" : "", s.blocking ? "+blocking" : "",
             s.oneshot ? "+oneshot" : "", s.rearm ? "+rearm" : "");
}

/** Parses `lt+drain…`; exits on anything else. */
static struct scenario parse(const char *arg)
{
    struct scenario s = { .packets = PACKETS };
    if (strncmp(arg, "lt", 2) == 0) s.et = false;
    else if (strncmp(arg, "et", 2) == 0) s.et = true;
    else goto bad;
    for (const char *p = arg + 2; *p;) {
        if (strncmp(p, "+drain", 6) == 0) { s.drain = true; p += 6; }
        else if (strncmp(p, "+blocking", 9) == 0) { s.blocking = true; p += 9; }
        else if (strncmp(p, "+oneshot", 8) == 0) { s.oneshot = true; p += 8; }
        else if (strncmp(p, "+rearm", 6) == 0) { s.rearm = true; p += 6; }
        else goto bad;
    }
    return s;
bad:
    fprintf(stderr, "usage: epoll-lab [lt|et[+drain][+blocking][+oneshot][+rearm] ...]\n");
    exit(2);
}

/** Runs one scenario and keeps its `lab …` line for the report. */
static struct verdict record(struct scenario s)
{
    struct verdict v = run(s);
    char n[64];
    name(s, n, sizeof n);
    if (nlines < MAX_LINES)
        snprintf(lines[nlines++], sizeof lines[0],
                 "lab scenario=%s first_wait_events=%d reported_again=%d buffered=%d after_new_data=%d hung=%d",
                 n, v.first, v.again, v.buffered, v.after_new_data, v.hung);
    return v;
}

int main(int argc, char **argv)
{
    alarm(5);   /* bounded: nothing here should take more than a second */
    struct verdict all[32];
    if (argc > 1) {
        for (int i = 1; i < argc; i++) record(parse(argv[i]));
    } else {
        for (int bits = 0; bits < 32; bits++)
            all[bits] = record((struct scenario){ .et = bits & 1, .drain = bits & 2, .blocking = bits & 4,
                                                  .oneshot = bits & 8, .rearm = bits & 16, .packets = PACKETS });
    }
    /* The report is written last, in one go: `RESULT` opens it (scripts/traces.mjs ends its window there). */
    printf("RESULT program=epoll-lab scenarios=%d\n", nlines);
    for (int i = 0; i < nlines; i++) printf("%s\n", lines[i]);
    if (argc == 1) {
        enum { ET = 1, DRAIN = 2, BLOCKING = 4, ONESHOT = 8, REARM = 16 };
        struct verdict lt = all[0], et = all[ET];
        printf("ready_once=%d\n", lt.first == 1);   /* two writes, one event */
        printf("lt_after_partial_read=%d\n", lt.again == 1);
        printf("et_after_partial_read=%d\n", et.again == 1);
        printf("et_buffered_while_silent=%d\n", et.buffered);
        printf("et_after_drain_and_write=%d\n", all[ET | DRAIN].again == 0 && all[ET | DRAIN].after_new_data == 1);
        printf("blocking_drain_hangs=%d\n", all[ET | DRAIN | BLOCKING].hung);
        printf("et_mod_reports_buffered=%d\n", all[ET | REARM].again == 1);
        printf("oneshot_first=%d\n", all[ONESHOT].first == 1);
        printf("oneshot_after_partial_read=%d\n", all[ONESHOT].again == 1);
        printf("oneshot_after_write=%d\n", all[ONESHOT].after_new_data == 1);
        printf("oneshot_after_mod=%d\n", all[ONESHOT | REARM].again == 1);
    }
    return 0;
}
