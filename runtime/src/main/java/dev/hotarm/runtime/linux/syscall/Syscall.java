package dev.hotarm.runtime.linux.syscall;

import static dev.hotarm.runtime.linux.syscall.Arg.*;

/**
 * The AArch64 (asm-generic) system calls hotarm knows by name: number, name and how strace
 * shows each argument. A call listed here may still be answered with ENOSYS by the kernel.
 */
public enum Syscall {
    GETCWD(17, STR_OUT, ULONG),
    DUP(23, FD),
    DUP3(24, FD, FD, OPEN_FLAGS),
    FCNTL(25, FD, Arg.FCNTL, HEX),
    IOCTL(29, FD, Arg.IOCTL, PTR),
    FLOCK(32, FD, INT),
    MKDIRAT(34, DIRFD, PATH, MODE),
    UNLINKAT(35, DIRFD, PATH, AT_FLAGS),
    SYMLINKAT(36, PATH, DIRFD, PATH),
    LINKAT(37, DIRFD, PATH, DIRFD, PATH, AT_FLAGS),
    RENAMEAT(38, DIRFD, PATH, DIRFD, PATH),
    STATFS(43, PATH, PTR),
    FSTATFS(44, FD, PTR),
    TRUNCATE(45, PATH, LONG),
    FTRUNCATE(46, FD, LONG),
    FACCESSAT(48, DIRFD, PATH, INT),
    CHDIR(49, PATH),
    FCHDIR(50, FD),
    FCHMOD(52, FD, MODE),
    FCHMODAT(53, DIRFD, PATH, MODE),
    FCHOWNAT(54, DIRFD, PATH, INT, INT, AT_FLAGS),
    FCHOWN(55, FD, INT, INT),
    OPENAT(56, DIRFD, PATH, OPEN_FLAGS, OPEN_MODE),
    CLOSE(57, FD),
    PIPE2(59, PTR, OPEN_FLAGS),
    GETDENTS64(61, FD, PTR, ULONG),
    LSEEK(62, FD, LONG, WHENCE),
    READ(63, FD, BUF_OUT, ULONG),
    WRITE(64, FD, BUF_IN, ULONG),
    READV(65, FD, PTR, INT),
    WRITEV(66, FD, PTR, INT),
    PREAD64(67, FD, BUF_OUT, ULONG, LONG),
    PWRITE64(68, FD, BUF_IN, ULONG, LONG),
    SENDFILE(71, FD, FD, PTR, ULONG),
    PSELECT6(72, INT, PTR, PTR, PTR, PTR, PTR),
    PPOLL(73, PTR, INT, PTR, PTR, ULONG),
    READLINKAT(78, DIRFD, PATH, BUF_OUT, ULONG),
    NEWFSTATAT(79, DIRFD, PATH, PTR, AT_FLAGS),
    FSTAT(80, FD, PTR),
    SYNC(81),
    FSYNC(82, FD),
    FDATASYNC(83, FD),
    UTIMENSAT(88, DIRFD, PATH, PTR, AT_FLAGS),
    EXIT(93, INT),
    EXIT_GROUP(94, INT),
    WAITID(95, INT, INT, PTR, INT, PTR),
    SET_TID_ADDRESS(96, PTR),
    FUTEX(98, PTR, INT, INT, PTR, PTR, INT),
    SET_ROBUST_LIST(99, PTR, ULONG),
    NANOSLEEP(101, PTR, PTR),
    GETITIMER(102, INT, PTR),
    SETITIMER(103, INT, PTR, PTR),
    CLOCK_GETTIME(113, CLOCK, PTR),
    CLOCK_GETRES(114, CLOCK, PTR),
    CLOCK_NANOSLEEP(115, CLOCK, INT, PTR, PTR),
    SCHED_GETAFFINITY(123, INT, ULONG, PTR),
    SCHED_YIELD(124),
    KILL(129, INT, SIGNAL),
    TKILL(130, INT, SIGNAL),
    TGKILL(131, INT, INT, SIGNAL),
    SIGALTSTACK(132, PTR, PTR),
    RT_SIGSUSPEND(133, PTR, ULONG),
    RT_SIGACTION(134, SIGNAL, PTR, PTR, ULONG),
    RT_SIGPROCMASK(135, SIG_HOW, PTR, PTR, ULONG),
    RT_SIGRETURN(139),
    GETRESUID(148, PTR, PTR, PTR),
    GETRESGID(150, PTR, PTR, PTR),
    TIMES(153, PTR),
    SETPGID(154, INT, INT),
    GETPGID(155, INT),
    GETSID(156, INT),
    SETSID(157),
    GETGROUPS(158, INT, PTR),
    UNAME(160, PTR),
    GETRLIMIT(163, INT, PTR),
    SETRLIMIT(164, INT, PTR),
    GETRUSAGE(165, INT, PTR),
    UMASK(166, MODE),
    PRCTL(167, INT, HEX, HEX, HEX, HEX),
    GETCPU(168, PTR, PTR, PTR),
    GETTIMEOFDAY(169, PTR, PTR),
    GETPID(172),
    GETPPID(173),
    GETUID(174),
    GETEUID(175),
    GETGID(176),
    GETEGID(177),
    GETTID(178),
    SYSINFO(179, PTR),
    BRK(214, PTR),
    MUNMAP(215, PTR, ULONG),
    MREMAP(216, PTR, ULONG, ULONG, INT, PTR),
    CLONE(220, HEX, PTR, PTR, PTR, PTR),
    EXECVE(221, PATH, PTR, PTR),
    MMAP(222, PTR, ULONG, PROT, MAP_FLAGS, FD, HEX),
    FADVISE64(223, FD, LONG, LONG, INT),
    MPROTECT(226, PTR, ULONG, PROT),
    MSYNC(227, PTR, ULONG, INT),
    MADVISE(233, PTR, ULONG, INT),
    WAIT4(260, INT, PTR, INT, PTR),
    PRLIMIT64(261, INT, INT, PTR, PTR),
    RENAMEAT2(276, DIRFD, PATH, DIRFD, PATH, INT),
    GETRANDOM(278, PTR, ULONG, INT),
    MEMBARRIER(283, INT, INT, INT),
    STATX(291, DIRFD, PATH, AT_FLAGS, HEX, PTR),
    RSEQ(293, PTR, ULONG, INT, HEX),
    CLONE3(435, PTR, ULONG),
    FACCESSAT2(439, DIRFD, PATH, INT, AT_FLAGS);

    public final int number;
    private final Arg[] args;

    Syscall(int number, Arg... args) {
        this.number = number;
        this.args = args;
    }

    /** The name strace prints. */
    public String displayName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public int argCount() {
        return args.length;
    }

    public Arg arg(int i) {
        return args[i];
    }

    /** True for calls whose result is an address, shown in hex. */
    public boolean returnsAddress() {
        return this == BRK || this == MMAP || this == MREMAP;
    }

    private static final Syscall[] BY_NUMBER = new Syscall[512];

    static {
        for (Syscall s : values()) {
            if (BY_NUMBER[s.number] != null) {
                throw new AssertionError("two syscalls numbered " + s.number);
            }
            BY_NUMBER[s.number] = s;
        }
    }

    /** The call with this number, or null when hotarm does not know it by name. */
    public static Syscall byNumber(long number) {
        return number >= 0 && number < BY_NUMBER.length ? BY_NUMBER[(int) number] : null;
    }
}
