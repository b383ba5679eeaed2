/*
 * Linux system calls whose results vary from run to run, checked for sanity and printed as
 * yes/no facts: uname, process and user ids, clocks and sleeping, getrandom, getcwd, a pipe
 * within one process, dup2 and fcntl, resource limits, the auxiliary vector, and isatty on a
 * redirected stdout (the tests always redirect it).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

static void fact(const char *what, int holds)
{
    printf("%-44s %s\n", what, holds ? "yes" : "NO");
}

static double seconds(struct timespec t)
{
    return (double) t.tv_sec + (double) t.tv_nsec / 1e9;
}

int main(void)
{
    struct utsname u;
    fact("uname succeeds", uname(&u) == 0);
    printf("sysname %s, machine %s\n", u.sysname, u.machine);

    fact("getpid > 0", getpid() > 0);
    fact("gettid == getpid (one thread)", gettid() == getpid());
    fact("getppid > 0", getppid() > 0);
    fact("getuid == geteuid", getuid() == geteuid());
    fact("getgid == getegid", getgid() == getegid());

    struct timespec m1, m2, r;
    clock_gettime(CLOCK_MONOTONIC, &m1);
    clock_gettime(CLOCK_REALTIME, &r);
    fact("realtime after 2020", r.tv_sec > 1577836800);
    struct timeval tv;
    gettimeofday(&tv, NULL);
    time_t now = time(NULL);
    fact("time, gettimeofday, realtime agree", now - tv.tv_sec <= 2 && tv.tv_sec - r.tv_sec <= 2);
    struct timespec nap = {0, 20 * 1000 * 1000};
    fact("nanosleep 20 ms returns 0", nanosleep(&nap, NULL) == 0);
    clock_gettime(CLOCK_MONOTONIC, &m2);
    fact("monotonic clock advanced by >= 20 ms", seconds(m2) - seconds(m1) >= 0.019);
    fact("monotonic clock advanced by < 10 s", seconds(m2) - seconds(m1) < 10);
    struct timespec res;
    fact("clock_getres monotonic", clock_getres(CLOCK_MONOTONIC, &res) == 0 && res.tv_sec == 0);

    unsigned char random_bytes[32];
    ssize_t got = getrandom(random_bytes, sizeof random_bytes, 0);
    int nonzero = 0;
    for (size_t i = 0; i < sizeof random_bytes; i++)
        nonzero |= random_bytes[i];
    fact("getrandom fills 32 bytes", got == 32 && nonzero);

    char cwd[4096];
    fact("getcwd is absolute", getcwd(cwd, sizeof cwd) != NULL && cwd[0] == '/');

    int fds[2];
    fact("pipe2", pipe2(fds, O_CLOEXEC) == 0);
    fact("write to pipe", write(fds[1], "through the pipe", 16) == 16);
    char buffer[32] = {0};
    fact("read from pipe", read(fds[0], buffer, sizeof buffer) == 16
                           && strcmp(buffer, "through the pipe") == 0);
    fact("pipe end is close-on-exec", (fcntl(fds[0], F_GETFD) & FD_CLOEXEC) != 0);
    int copy = dup2(fds[1], 40);
    fact("dup2 to 40", copy == 40);
    fact("dup2 clears close-on-exec", fcntl(40, F_GETFD) == 0);
    close(fds[1]);
    fact("write end still open through the copy", write(40, "x", 1) == 1);
    close(40);
    fact("read after the data", read(fds[0], buffer, sizeof buffer) == 1);
    fact("read at end of pipe returns 0", read(fds[0], buffer, sizeof buffer) == 0);
    close(fds[0]);
    fact("read from closed fd fails with EBADF", read(fds[0], buffer, 1) < 0 && errno == EBADF);

    struct rlimit limit;
    fact("getrlimit stack", getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur > 65536);
    fact("isatty(1) on redirected stdout is false", !isatty(1));

    fact("AT_PAGESZ is the page size", getauxval(AT_PAGESZ) == (unsigned long) getpagesize());
    fact("AT_RANDOM is set", getauxval(AT_RANDOM) != 0);
    const char *execfn = (const char *) getauxval(AT_EXECFN);
    fact("AT_EXECFN names this program",
         execfn != NULL && strlen(execfn) >= 8 && strcmp(execfn + strlen(execfn) - 8,
                                                          "syscalls") == 0);
    fact("AT_UID matches getuid", getauxval(AT_UID) == getuid());
    return 0;
}
