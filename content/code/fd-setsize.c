/*
 * select's wall, from the headers: FD_SETSIZE as <sys/select.h> defines it, and what FD_SET does with a
 * descriptor at or past it. Built with _FORTIFY_SOURCE (defined here; it needs the -O2 of the build), under
 * which glibc checks FD_SET's argument (__fdelt_chk) and aborts ("bit out of range 0 - FD_SETSIZE on fd_set"
 * in glibc 2.36, "buffer overflow detected" in older ones); without it,
 * FD_SET would write past the end of the fd_set: undefined behaviour.
 * Run: ./fd-setsize [FD]     prints fd_setsize=N; with FD, sets bit FD in an fd_set and prints fd_set=FD.
 * @see select(2), NOTES ("FD_SETSIZE defined as 1024") and BUGS; glibc debug/fdelt_chk.c
 */
#define _FORTIFY_SOURCE 2
#include <stdio.h>
#include <stdlib.h>
#include <sys/select.h>

int main(int argc, char **argv)
{
    printf("fd_setsize=%d\n", FD_SETSIZE);
    if (argc > 1) {
        int fd = atoi(argv[1]);
        fd_set set;
        FD_ZERO(&set);
        fflush(stdout);     /* the line above must be out before a possible abort */
        FD_SET(fd, &set);
        printf("fd_set=%d\n", FD_ISSET(fd, &set) ? fd : -1);
    }
    return 0;
}
