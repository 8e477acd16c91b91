/*
 * Asynchronous I/O with io_uring, through liburing (Debian: liburing-dev; link with -luring). The process
 * puts a receive request in the submission ring with one system call, works, and finds the result in the
 * completion ring, which it reads as plain memory: no further system call, no helper thread, no signal.
 * Run: ./io-uring | ./sender
 * @see io_uring(7), io_uring_prep_recv(3), io_uring_peek_cqe(3)
 */
#include "common.h"

#include <errno.h>
#include <liburing.h>
#include <stdio.h>
#include <string.h>

static char buffer[BUF_LEN];

// region: recv
static ssize_t recv_async(int sock, char *buf, size_t len)
{
    struct io_uring ring;
    int err = io_uring_queue_init(8, &ring, 0);         /* io_uring_setup, rings mapped */
    if (err < 0) return err;

    struct io_uring_sqe *sqe = io_uring_get_sqe(&ring); /* a slot in the submission ring */
    io_uring_prep_recv(sqe, sock, buf, len, 0);         /* "receive into buf"            */
    io_uring_submit(&ring);                             /* the one io_uring_enter        */

    struct io_uring_cqe *cqe;
    while (io_uring_peek_cqe(&ring, &cqe) == -EAGAIN)   /* looks at the ring: no system call */
        do_other_work();            /* both phases happen meanwhile, without us */
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
