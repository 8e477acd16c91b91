/*
 * Asynchronous I/O with POSIX aio_read (Stevens, UNP vol. 1, Figure 6.5): the process describes the whole
 * read, goes on working, and is told by a signal once the datagram is in its buffer. On Linux, glibc does
 * this with a helper thread that makes an ordinary blocking read, then sends the signal (see the page's
 * trace). Run: ./aio | ./sender   (before glibc 2.34, aio_read and common.c's timer_create need -lrt)
 * @see aio(7), aio_read(3), sigevent(7)
 */
#define _POSIX_C_SOURCE 200809L         /* sigaction, siginfo_t, SI_ASYNCIO under -std=c11 */
#include "common.h"

#include <aio.h>
#include <errno.h>
#include <signal.h>

static char buf[BUF_LEN];

// region: aio
static struct aiocb cb;
static volatile sig_atomic_t done;

static void on_complete(int signo, siginfo_t *si, void *ctx)
{
    (void)signo; (void)ctx;
    if (si->si_code == SI_ASYNCIO) done = 1;   /* an aio request completed */
}

static ssize_t read_async(int sock)
{
    struct sigaction sa = { .sa_sigaction = on_complete, .sa_flags = SA_SIGINFO };
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGUSR1, &sa, NULL) < 0) die("sigaction");
    cb.aio_fildes = sock;
    cb.aio_buf = buf;
    cb.aio_nbytes = sizeof buf;
    cb.aio_sigevent.sigev_notify = SIGEV_SIGNAL;   /* when done, send ... */
    cb.aio_sigevent.sigev_signo = SIGUSR1;         /* ... this signal     */
    if (aio_read(&cb) < 0) die("aio_read");

    while (!done) do_other_work();  /* neither phase blocks us */
    int err = aio_error(&cb);       /* the status first (POSIX): 0, or the read's errno */
    if (err < 0) die("aio_error");
    if (err > 0) { errno = err; die("aio_read"); }
    return aio_return(&cb);         /* bytes read, as read() would have returned */
}
// endregion

int main(void)
{
    M = (struct measure){ .model = "async", .api = "aio_read" };
    int sock = udp_socket();
    start_working(sock);            /* the first unit of work, after aio_read, tells the sender */
    M.calls_before_data = 1;        /* the aio_read */
    ssize_t n = read_async(sock);
    // Told by the signal; since then only aio_error and aio_return ran, neither touches buf: data there?
    M.told_with_data = holds_datagram(buf, n);
    report(sock, buf, n);
    return 0;
}
