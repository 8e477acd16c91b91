/*
 * Blocking I/O (Stevens, UNP vol. 1, Figure 6.1): one recvfrom, which waits for the datagram and then
 * copies it. The process is blocked in both phases. Run: ./blocking | ./sender
 */
#include "common.h"

#include <errno.h>
#include <sys/socket.h>

static char buf[BUF_LEN];

// region: receive
/* Receives one datagram into buf; blocked in recvfrom through both phases. */
static ssize_t receive(int sock)
{
    for (;;) {
        /* Blocks through both phases: wait for a datagram, then copy it into buf. */
        ssize_t n = recvfrom(sock, buf, sizeof buf, 0, NULL, NULL);
        if (n >= 0) return n;
        if (errno != EINTR) die("recvfrom");   /* EINTR: interrupted by a signal, try again */
    }
}
// endregion

int main(void)
{
    M = (struct measure){ .model = "blocking", .api = "recvfrom" };
    int sock = udp_socket();
    start_waiting(sock);
    M.calls_before_data = 1;        /* the recvfrom, entered before the datagram exists */
    ssize_t n = receive(sock);
    report(sock, buf, n);
    return 0;
}
