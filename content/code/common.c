/*
 * The socket, the unit of work and the self-measurement shared by the receivers (see common.h for
 * what each reported fact means). Nothing here decides a fact from a duration: durations are printed
 * for the reader (wait_us, copy_us) and never compared with a threshold.
 */
#define _GNU_SOURCE
#include "common.h"

#include <arpa/inet.h>
#include <errno.h>
#include <linux/sockios.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

struct measure M;

static struct timespec t0;      /* the start of the input operation, CLOCK_REALTIME like the kernel's stamps */
static long sleeps_at_start;    /* voluntary context switches of this thread at t0 */
static char listen_line[32];    /* "LISTEN port=N\n", made before anyone can need it */
static size_t listen_len;
static volatile sig_atomic_t announced;
static timer_t fallback;        /* announces for a working program that never gets to work */
static bool fallback_armed;
static struct timespec last_work_end;   /* when the last unit of work ended, CLOCK_REALTIME */
static atomic_llong copy_ns = -1;       /* timed_recvfrom's last call that returned data; -1: none */
_Static_assert(ATOMIC_LLONG_LOCK_FREE == 2, "timed_recvfrom runs in signal handlers: lock-free atomics only");

void die(const char *what)
{
    perror(what);
    exit(1);
}

/** Voluntary context switches of the calling thread: the times it went to sleep in the kernel. */
static long sleeps(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_THREAD, &ru) < 0) die("getrusage");
    return ru.ru_nvcsw;
}

// region: socket
int udp_socket(void)
{
    int sock = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in addr = { .sin_family = AF_INET,
                                .sin_port = htons(0),  /* 0: the kernel picks a free port */
                                .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    if (sock < 0 || bind(sock, (struct sockaddr *)&addr, sizeof addr) < 0) die("socket/bind");
    return sock;
}
// endregion

/** Writes the LISTEN line once, with one write(2) (async-signal-safe), so the sender sees it at once. */
static void announce(void)
{
    if (announced) return;
    announced = 1;
    if (write(STDOUT_FILENO, listen_line, listen_len) < 0) _exit(1);
}

/** The fallback timer's handler: a program that should be working is stuck in a call, so announce. */
static void on_fallback(int signo)
{
    (void)signo;
    int saved_errno = errno;
    announce();
    errno = saved_errno;
}

/** Arms the alarm and the socket's receive timestamps, and prepares the LISTEN line. */
static void prepare(int sock)
{
    alarm(5);                   /* the default action of SIGALRM ends a program that waits too long */
    // The first SIOCGSTAMPNS turns on receive timestamps for the socket (it fails with ENOENT: no
    // datagram yet); report() reads the datagram's stamp with a second one. @see socket(7), SIOCGSTAMP
    struct timespec none;
    (void)ioctl(sock, SIOCGSTAMPNS, &none);
    struct sockaddr_in addr;
    socklen_t len = sizeof addr;
    if (getsockname(sock, (struct sockaddr *)&addr, &len) < 0) die("getsockname");
    listen_len = (size_t)snprintf(listen_line, sizeof listen_line, "LISTEN port=%u\n", ntohs(addr.sin_port));
}

/** Notes the start of the operation: the time and the thread's sleeps so far. */
static void start_clock(void)
{
    sleeps_at_start = sleeps();
    clock_gettime(CLOCK_REALTIME, &t0);
}

void start_waiting(int sock)
{
    // Announce, then take t0: t0 is as close as it can be to the call that waits, and the datagram
    // comes 200 ms after the LISTEN line (data_after_start checks that it did).
    prepare(sock);
    announce();
    start_clock();
}

void start_working(int sock)
{
    prepare(sock);
    // If the program does not reach its first unit of work within 100 ms, it is stuck in a call (a
    // "nonblocking" socket that blocks, a wait where there should be work): announce anyway, so it gets
    // its datagram and reports what it did, rather than hang until the alarm. SA_RESTART: the stuck
    // call goes on. A program that works announces after its first unit and disarms the timer.
    struct sigaction sa = { .sa_handler = on_fallback, .sa_flags = SA_RESTART };
    sigemptyset(&sa.sa_mask);
    struct sigevent sev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR2 };
    struct itimerspec in100ms = { .it_value = { .tv_sec = 0, .tv_nsec = 100000000L } };
    if (sigaction(SIGUSR2, &sa, NULL) < 0 || timer_create(CLOCK_MONOTONIC, &sev, &fallback) < 0 ||
        timer_settime(fallback, 0, &in100ms, NULL) < 0)
        die("fallback timer");
    fallback_armed = true;
    start_clock();
}

void do_other_work(void)
{
    static volatile uint64_t sink;      /* volatile: the compiler must do the arithmetic */
    uint64_t x = sink;
    for (int i = 0; i < 100000; i++) x = x * 6364136223846793005u + 1442695040888963407u;
    sink = x;
    M.work_units++;
    clock_gettime(CLOCK_REALTIME, &last_work_end);
    if (fallback_armed) {               /* the sender's 200 ms start after the first unit */
        announce();
        timer_delete(fallback);
        fallback_armed = false;
    }
}

bool holds_datagram(const char *buf, ssize_t n)
{
    if (n != DATAGRAM_LEN) return false;
    for (ssize_t i = 0; i < n; i++)
        if ((unsigned char)buf[i] != datagram_byte((size_t)i)) return false;
    return true;
}

/** Nanoseconds from a to b. */
static long long ns_between(struct timespec a, struct timespec b)
{
    return (long long)(b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec);
}

ssize_t timed_recvfrom(int sock, void *buf, size_t len, int flags, struct sockaddr *from, socklen_t *fromlen)
{
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    ssize_t n = recvfrom(sock, buf, len, flags, from, fromlen);
    int saved_errno = errno;
    clock_gettime(CLOCK_MONOTONIC, &b);
    if (n >= 0) copy_ns = ns_between(a, b);
    errno = saved_errno;
    return n;
}

void report(int sock, const char *buf, ssize_t n)
{
    long slept = sleeps() - sleeps_at_start;
    if (!holds_datagram(buf, n)) {
        fprintf(stderr, "%s: got %zd bytes, not the sender's datagram\n", M.model, n);
        exit(1);
    }
    // When the datagram reached the socket, by the kernel's clock (the same clock as t0).
    struct timespec arrived;
    if (ioctl(sock, SIOCGSTAMPNS, &arrived) < 0) die("ioctl SIOCGSTAMPNS");
    long long wait_ns = ns_between(t0, arrived);

    // Was the thread running its own code when the datagram arrived? It was if it finished a unit of
    // work after the kernel's arrival stamp: a signal or a look at the ring found it working. A thread
    // asleep in a call at that moment did its last unit (if any) before. Two instants on one clock are
    // compared; no duration is.
    bool working_at_data = M.work_units > 0 && ns_between(arrived, last_work_end) > 0;
    bool wait_blocked = M.failed_checks == 0 && !working_at_data;
    bool copy_blocked = !(M.told_with_data && working_at_data);
    char copy_us[32] = "none";
    long long copied = copy_ns;
    if (copied >= 0) snprintf(copy_us, sizeof copy_us, "%lld.%lld", copied / 1000, copied % 1000 / 100);
    dprintf(STDOUT_FILENO,
            "RESULT model=%s api=%s wait_blocked=%s copy_blocked=%s calls_before_data=%ld work_units=%ld"
            " bytes=%zd working_at_data=%s sleeps=%ld data_after_start=%s wait_us=%lld copy_us=%s\n",
            M.model, M.api, wait_blocked ? "true" : "false", copy_blocked ? "true" : "false",
            M.calls_before_data, M.work_units, n, working_at_data ? "true" : "false", slept,
            wait_ns > 0 ? "true" : "false", wait_ns / 1000, copy_us);
}
