/*
 * Asynchronous I/O with io_uring, through liburing (Debian: liburing-dev; link with -luring). The process
 * puts a receive request in the submission ring with one system call, works, and finds the result in the
 * completion ring, which it reads as plain memory: no further system call, no helper thread, no signal.
 * Run: ./io-uring | ./sender
 * @see io_uring(7), io_uring_prep_recv(3), io_uring_peek_cqe(3)
 */
#define _POSIX_C_SOURCE 200809L         /* what liburing.h needs of <signal.h> under -std=c11 */
#include "common.h"

#include <errno.h>
#include <liburing.h>
#include <stdio.h>
#include <string.h>

static char buffer[BUF_LEN];

/** die() for liburing's calls, which return -errno instead of setting errno. */
static void die_err(const char *what, int neg_errno)
{
    errno = -neg_errno;
    die(what);
}

// region: recv
static ssize_t recv_async(int sock, char *buf, size_t len)
{
    struct io_uring ring;
    int err = io_uring_queue_init(8, &ring, 0);         /* io_uring_setup, rings mapped */
    if (err < 0) return err;                            /* the kernel refused io_uring   */

    struct io_uring_sqe *sqe = io_uring_get_sqe(&ring); /* a slot in the submission ring */
    if (!sqe) die_err("io_uring_get_sqe", -EBUSY);      /* ring full: not with one entry */
    io_uring_prep_recv(sqe, sock, buf, len, 0);         /* "receive into buf"            */
    err = io_uring_submit(&ring);                       /* the one io_uring_enter        */
    if (err < 0) die_err("io_uring_submit", err);

    struct io_uring_cqe *cqe;
    while ((err = io_uring_peek_cqe(&ring, &cqe)) == -EAGAIN)  /* reads the ring: no call here */
        do_other_work();            /* both phases happen meanwhile; the copy runs as task work on this thread */
    if (err < 0) die_err("io_uring_peek_cqe", err);     /* and cqe was never set */
    ssize_t n = cqe->res;           /* bytes received, or -errno */
    io_uring_cqe_seen(&ring, cqe);
    io_uring_queue_exit(&ring);
    return n;
}
// endregion

int main(void)
{
    M = (struct measure){ .model = "async", .api = "io_uring" };
    int sock = udp_socket();
    start_working(sock);            /* the first unit of work, after the submission, tells the sender */
    M.calls_before_data = 1;        /* the io_uring_enter of io_uring_submit */
    ssize_t n = recv_async(sock, buffer, sizeof buffer);
    if (n < 0 && M.work_units == 0) {
        // Kernels can turn io_uring off (sysctl kernel.io_uring_disabled, seccomp in containers): say so
        // in a line the tests recognise, rather than fail as if the model were wrong.
        printf("SKIP io_uring: %s\n", strerror((int)-n));
        return 0;
    }
    // Found in the completion ring; since then only liburing's bookkeeping ran: is the data there?
    M.told_with_data = holds_datagram(buffer, n);
    report(sock, buffer, n);
    return 0;
}
