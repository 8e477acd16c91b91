/*
 * The tiny sender: `./blocking | ./sender [delay_ms [bytes]]`. It copies its input to its output line by
 * line; on the first "LISTEN port=N" it waits delay_ms (200) and sends one datagram of `bytes` (65,000)
 * bytes to 127.0.0.1:N, byte i being datagram_byte(i). Loopback only: it never sends anywhere else.
 */
#define _POSIX_C_SOURCE 200809L         /* nanosleep under -std=c11 */
#include "common.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/** Sends one datagram of len bytes to 127.0.0.1:port after delay_ms milliseconds. */
static void send_after(unsigned port, long delay_ms, size_t len)
{
    static char data[BUF_LEN];
    if (len > sizeof data) len = sizeof data;
    for (size_t i = 0; i < len; i++) data[i] = (char)datagram_byte(i);

    int sock = socket(AF_INET, SOCK_DGRAM, 0);
    if (sock < 0) die("socket");
    struct sockaddr_in to = { .sin_family = AF_INET,
                              .sin_port = htons((unsigned short)port),
                              .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    struct timespec delay = { .tv_sec = delay_ms / 1000, .tv_nsec = (delay_ms % 1000) * 1000000L };
    nanosleep(&delay, NULL);
    if (sendto(sock, data, len, 0, (struct sockaddr *)&to, sizeof to) != (ssize_t)len) die("sendto");
    close(sock);
}

int main(int argc, char **argv)
{
    long delay_ms = argc > 1 ? atol(argv[1]) : 200;
    size_t len = argc > 2 ? (size_t)atol(argv[2]) : DATAGRAM_LEN;
    alarm(10);                  /* never outlive a receiver that hangs */

    char line[256];
    int sent = 0;
    while (fgets(line, sizeof line, stdin)) {
        fputs(line, stdout);
        fflush(stdout);
        unsigned port;
        if (!sent && sscanf(line, "LISTEN port=%u", &port) == 1) {
            send_after(port, delay_ms, len);
            sent = 1;
        }
    }
    return sent ? 0 : 1;
}
