/*
 * Linux native AIO (io_setup, io_submit, io_getevents; raw system calls, as libaio would make them) on a
 * UDP socket. The name promises asynchronous I/O, and for files opened with O_DIRECT it mostly delivers,
 * though even then io_submit can block (allocating blocks, taking locks, a full device queue: why
 * RWF_NOWAIT exists, io_submit(2)); for a socket, io_submit itself does the whole read, so the process is
 * blocked in it through both phases.
 * This program shows that difference from Stevens' picture; it is not one of his five models.
 * Run: ./native-aio | ./sender
 * @see io_submit(2), and LWN, "Toward non-blocking asynchronous I/O" (2017)
 */
#define _DEFAULT_SOURCE                 /* syscall() under -std=c11 */
#include "common.h"

#include <errno.h>
#include <linux/aio_abi.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static char buf[BUF_LEN];

int main(void)
{
    M = (struct measure){ .model = "async", .api = "io_submit" };
    int sock = udp_socket();
    aio_context_t ctx = 0;
    if (syscall(SYS_io_setup, 1, &ctx) < 0) {
        printf("SKIP io_setup: %s\n", strerror(errno));
        return 0;
    }
    start_waiting(sock);                /* io_submit will not return before the data: announce first */
    // region: submit
    struct iocb cb = { .aio_fildes = (uint32_t)sock, .aio_lio_opcode = IOCB_CMD_PREAD,
                       .aio_buf = (uint64_t)(uintptr_t)buf, .aio_nbytes = sizeof buf };
    struct iocb *list[1] = { &cb };
    if (syscall(SYS_io_submit, ctx, 1, list) != 1) die("io_submit");   /* on a socket: blocks */
    struct io_event ev;
    if (syscall(SYS_io_getevents, ctx, 1, 1, &ev, NULL) != 1) die("io_getevents");
    // endregion
    M.calls_before_data = 1;            /* the io_submit */
    M.told_with_data = holds_datagram(buf, DATAGRAM_LEN);
    syscall(SYS_io_destroy, ctx);
    report(sock, buf, (ssize_t)ev.res);
    return 0;
}
