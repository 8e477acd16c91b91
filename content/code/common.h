/*
 * Shared by the receivers in this folder: a UDP socket on loopback, one unit of useful work, and the
 * measurement each program makes of itself and prints as ONE line on stdout, for example
 *   RESULT model=nonblocking api=recvfrom wait_blocked=false copy_blocked=true calls_before_data=1873 ...
 *
 * The protocol with ./sender (run `./blocking | ./sender`): a receiver binds 127.0.0.1 on a port the
 * kernel picks and writes "LISTEN port=N"; the sender copies its input to its output and, on that line,
 * waits 200 ms and sends one 65,000-byte datagram. No one knows the port before the LISTEN line, so no
 * datagram can arrive before it. A program that waits inside a call writes the line just before that
 * call; a program that keeps working writes it after its first unit of work, so by construction it has
 * done some work (and a polling program has failed one poll) before the data can exist. Should such a
 * program get stuck in a call instead, a 100 ms timer writes the line, so that it still gets its
 * datagram and reports what it really did (wait_blocked=true) instead of hanging.
 *
 * The yes/no facts are decided by what the thread did, never by how long anything took, so a loaded
 * machine cannot flip them:
 *   wait_blocked  the thread slept through the wait inside a call: no call came back "nothing yet"
 *                 (EAGAIN) to let it run, and it was not running its own code when the datagram arrived
 *                 (working_at_data: it finished a unit of work after the kernel's arrival timestamp, so
 *                 a signal or a look at the completion ring found it working). A busy poll therefore
 *                 reports false even though it does no work. The kernel's count of voluntary context
 *                 switches (sleeps=) says independently whether the thread went to sleep.
 *   copy_blocked  the datagram reached the buffer inside a receiving call the thread made and returned
 *                 from (recvfrom returned the bytes). It is false only when the thread, working when the
 *                 datagram arrived, was told of completion (by a signal or the completion ring) and the
 *                 datagram was already in its buffer at that moment, byte for byte.
 *   calls_before_data  the calls Stevens draws on the process's side before the datagram is ready
 *                 (UNP vol. 1, Figures 6.1-6.5): failed polls for nonblocking, else the one call that
 *                 starts the wait; the simulator's stats.syscallsBeforeData counts the same arrows.
 *   data_after_start  the kernel's receive timestamp of the datagram (SIOCGSTAMPNS, socket(7)) is later
 *                 than the start of the operation; if not, the run measured nothing and is repeated.
 *   copy_us       phase 2 alone: how long the recvfrom took that returned the datagram, where the program
 *                 calls it once the socket is known readable (timed_recvfrom, CLOCK_MONOTONIC); "none"
 *                 where no call of this thread holds the copy alone (blocking, aio, io_uring, io_submit).
 *                 For the reader; no fact is decided by it. Under strace it includes the tracer's stops.
 *
 * Every program stops itself after 5 s (alarm), so nothing hangs when no datagram comes.
 */
#ifndef IO_MODELS_COMMON_H
#define IO_MODELS_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/socket.h>
#include <sys/types.h>

/** Bytes in the one datagram the sender sends (Stevens-style UDP, under loopback's 65,536-byte MTU). */
#define DATAGRAM_LEN 65000
/** Size of every receive buffer: larger than any UDP payload. */
#define BUF_LEN 65536

/** The measurement of one run; the programs fill in the counts, report() derives the facts. */
struct measure {
    const char *model;          /* a model id of the site: blocking, nonblocking, ... */
    const char *api;            /* the interface used: recvfrom, select, aio_read, io_uring, ... */
    long work_units;            /* units of useful work done before the thread took up the data */
    long failed_checks;         /* system calls that came back "nothing yet" (EAGAIN) */
    long calls_before_data;     /* see above */
    bool told_with_data;        /* told of completion with the datagram already in the buffer */
};

/** The one measurement of this process. */
extern struct measure M;

/** Exits with a message naming the failed call; every failure is fatal in these small programs. */
void die(const char *what);

/** A UDP socket bound to 127.0.0.1 on a port the kernel picks. */
int udp_socket(void);

/** Starts the operation (and the 5 s alarm) and writes the LISTEN line: for programs that next wait in a call. */
void start_waiting(int sock);

/** Starts the operation (and the 5 s alarm); the first unit of work writes the LISTEN line: for programs that work. */
void start_working(int sock);

/** One unit of useful work: arithmetic the compiler cannot drop (about 0.1 ms), counted in M. */
void do_other_work(void);

/** Byte i of the sender's datagram: never 0, so a zeroed buffer cannot pass for it. */
static inline unsigned char datagram_byte(size_t i) { return (unsigned char)(1 + i % 251); }

/** True when buf holds the sender's datagram, byte for byte. */
bool holds_datagram(const char *buf, ssize_t n);

/**
 * recvfrom, timed: the same arguments and result; when it returns data, its duration is kept for copy_us.
 * For a call that should find the datagram there. Async-signal-safe (recvfrom, clock_gettime, a lock-free atomic).
 */
ssize_t timed_recvfrom(int sock, void *buf, size_t len, int flags, struct sockaddr *from, socklen_t *fromlen);

/** Checks n bytes in buf against the datagram and prints the RESULT line; `n` is what the program got. */
void report(int sock, const char *buf, ssize_t n);

#endif
