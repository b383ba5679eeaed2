package dev.hotarm.runtime.linux.syscall;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exception.GuestExit;
import dev.hotarm.runtime.exception.GuestFault;
import dev.hotarm.runtime.exec.SupervisorCallHandler;
import dev.hotarm.runtime.linux.AddressSpace;
import dev.hotarm.runtime.memory.GuestMemory;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import static dev.hotarm.runtime.linux.syscall.Errno.*;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The Linux system calls of one guest process: reads X8 and X0-X5, answers in X0 (negative
 * errno on failure). File calls go to the host C library, so guest descriptors are host
 * descriptors; memory calls are emulated on {@link GuestMemory}.
 *
 * <p>Everything per process (address space, descriptors the guest owns, signal state, pid)
 * lives in this object, not in statics, so threads and forked processes can come later.
 */
public final class LinuxKernel implements SupervisorCallHandler {
    static final int AT_FDCWD = -100;
    static final int AT_EMPTY_PATH = 0x1000;
    static final int STATX_BASIC_STATS = 0x7ff;
    static final int PATH_MAX = 4096;
    /** Linux caps one read or write at this many bytes. */
    static final long MAX_RW = 0x7fff_f000L;

    private final AddressSpace space;
    private final GuestMemory memory;
    private final String exePath;
    private final int pid;
    private final Consumer<String> strace;
    private final Signals signals = new Signals();
    /** Host descriptors the guest opened or inherited; the JVM's own stay out of its reach. */
    private final BitSet fds = new BitSet();
    /** Resource limits the guest set: kept here so they never constrain the JVM itself. */
    private final Map<Integer, long[]> rlimits = new HashMap<>();
    private byte[] comm;
    private long clearChildTid;

    public LinuxKernel(AddressSpace space, String exePath, Consumer<String> strace) {
        this.space = space;
        this.memory = space.memory();
        this.exePath = exePath;
        this.strace = strace;
        this.pid = (int) ProcessHandle.current().pid();
        String base = exePath.substring(exePath.lastIndexOf('/') + 1);
        this.comm = base.getBytes(StandardCharsets.UTF_8);
        fds.set(0, 3);
    }

    public Signals signals() {
        return signals;
    }

    public int pid() {
        return pid;
    }

    /** Lets the guest use a host descriptor it did not open itself (tests, redirections). */
    public void adoptFd(int fd) {
        fds.set(fd);
    }

    @Override
    public void supervisorCall(CpuState cpu, int imm16) {
        long number = cpu.x[8];
        long[] a = {cpu.x[0], cpu.x[1], cpu.x[2], cpu.x[3], cpu.x[4], cpu.x[5]};
        long result;
        try (Arena arena = Arena.ofConfined()) {
            result = dispatch(arena, number, a);
        } catch (GuestFault f) {
            result = -EFAULT;
        } catch (PathTooLong e) {
            result = -ENAMETOOLONG;
        } catch (GuestExit e) {
            if (strace != null) {
                strace.accept(Strace.format(memory, number, a, 0, false));
            }
            throw e;
        }
        cpu.x[0] = result;
        if (strace != null) {
            strace.accept(Strace.format(memory, number, a, result, true));
        }
    }

    /** Runs one call; public so tests can drive calls without a CPU. */
    public long call(long number, long... args) {
        CpuState cpu = new CpuState();
        System.arraycopy(args, 0, cpu.x, 0, args.length);
        cpu.x[8] = number;
        supervisorCall(cpu, 0);
        return cpu.x[0];
    }

    private long dispatch(Arena arena, long number, long[] a) {
        Syscall sc = Syscall.byNumber(number);
        if (sc == null) {
            return -ENOSYS;
        }
        int fd = (int) a[0];
        return switch (sc) {
            case READ -> read(arena, fd, a[1], a[2], -1);
            case PREAD64 -> read(arena, fd, a[1], a[2], a[3]);
            case WRITE -> write(arena, fd, a[1], a[2], -1);
            case PWRITE64 -> write(arena, fd, a[1], a[2], a[3]);
            case READV -> readv(arena, fd, a[1], (int) a[2]);
            case WRITEV -> writev(arena, fd, a[1], (int) a[2]);
            case SENDFILE -> sendfile(arena, (int) a[0], (int) a[1], a[2], a[3]);
            case OPENAT -> openat(arena, (int) a[0], a[1], (int) a[2], (int) a[3]);
            case CLOSE -> close(fd);
            case LSEEK -> owned(fd) ? Host.lseek(fd, a[1], (int) a[2]) : -EBADF;
            case FSTAT -> owned(fd) ? stat(arena, fd, MemorySegment.NULL, AT_EMPTY_PATH, a[1])
                    : -EBADF;
            case NEWFSTATAT -> dirOk(fd) ? stat(arena, fd, path(arena, a[1]), (int) a[3], a[2])
                    : -EBADF;
            case STATX -> statx(arena, a);
            case FACCESSAT -> dirOk(fd) ? Host.faccessat(fd, path(arena, a[1]), (int) a[2], 0)
                    : -EBADF;
            case FACCESSAT2 -> dirOk(fd)
                    ? Host.faccessat(fd, path(arena, a[1]), (int) a[2], (int) a[3]) : -EBADF;
            case READLINKAT -> readlinkat(arena, fd, a[1], a[2], a[3]);
            case GETCWD -> getcwd(arena, a[0], a[1]);
            case CHDIR -> Host.chdir(path(arena, a[0]));
            case FCHDIR -> owned(fd) ? Host.fchdir(fd) : -EBADF;
            case MKDIRAT -> dirOk(fd) ? Host.mkdirat(fd, path(arena, a[1]), (int) a[2]) : -EBADF;
            case UNLINKAT -> dirOk(fd) ? Host.unlinkat(fd, path(arena, a[1]), (int) a[2])
                    : -EBADF;
            case RENAMEAT -> renameat(arena, a, 0);
            case RENAMEAT2 -> renameat(arena, a, (int) a[4]);
            case SYMLINKAT -> dirOk((int) a[1])
                    ? Host.symlinkat(path(arena, a[0]), (int) a[1], path(arena, a[2])) : -EBADF;
            case LINKAT -> dirOk(fd) && dirOk((int) a[2]) ? Host.linkat(fd, path(arena, a[1]),
                    (int) a[2], path(arena, a[3]), (int) a[4]) : -EBADF;
            case FCHMODAT -> dirOk(fd) ? Host.fchmodat(fd, path(arena, a[1]), (int) a[2], 0)
                    : -EBADF;
            case FCHMOD -> owned(fd) ? Host.fchmod(fd, (int) a[1]) : -EBADF;
            case FCHOWNAT -> dirOk(fd) ? Host.fchownat(fd, path(arena, a[1]), (int) a[2],
                    (int) a[3], (int) a[4]) : -EBADF;
            case FCHOWN -> owned(fd) ? Host.fchown(fd, (int) a[1], (int) a[2]) : -EBADF;
            case TRUNCATE -> Host.truncate(path(arena, a[0]), a[1]);
            case FTRUNCATE -> owned(fd) ? Host.ftruncate(fd, a[1]) : -EBADF;
            case FSYNC, FDATASYNC -> owned(fd) ? Host.fsync(fd) : -EBADF;
            case SYNC -> 0;
            case UTIMENSAT -> utimensat(arena, a);
            case STATFS -> statfs(arena, a[0], -1, a[1]);
            case FSTATFS -> owned(fd) ? statfs(arena, 0, fd, a[1]) : -EBADF;
            case GETDENTS64 -> getdents64(arena, fd, a[1], a[2]);
            case FCNTL -> fcntl(arena, fd, (int) a[1], a[2]);
            case DUP -> owned(fd) ? adopt(Host.dup(fd)) : -EBADF;
            case DUP3 -> dup3(fd, (int) a[1], (int) a[2]);
            case PIPE2 -> pipe2(arena, a[0], (int) a[1]);
            case IOCTL -> ioctl(arena, fd, a[1], a[2]);
            case PPOLL -> ppoll(arena, a[0], a[1], a[2]);
            case FLOCK, FADVISE64 -> owned(fd) ? 0 : -EBADF;
            case UMASK -> Host.umask((int) a[0] & 0777);

            case BRK -> space.brk(a[0]);
            case MMAP -> mmap(arena, a[0], a[1], (int) a[2], (int) a[3], (int) a[4], a[5]);
            case MUNMAP -> munmap(a[0], a[1]);
            case MPROTECT -> mprotect(a[0], a[1], (int) a[2]);
            case MREMAP -> mremap(a[0], a[1], a[2], (int) a[3], a[4]);
            case MADVISE, MSYNC -> (a[0] & GuestMemory.PAGE_MASK) != 0 ? -EINVAL : 0;

            case EXIT, EXIT_GROUP -> throw new GuestExit((int) a[0] & 0xff);
            case SET_TID_ADDRESS -> {
                clearChildTid = a[0];
                yield pid;
            }
            case SET_ROBUST_LIST -> a[1] == 24 ? 0 : -EINVAL;
            case FUTEX -> futex(a[0], (int) a[1], (int) a[2]);
            case GETPID, GETTID -> pid;
            case GETPPID -> Host.getppid();
            case GETUID -> Host.getuid();
            case GETEUID -> Host.geteuid();
            case GETGID -> Host.getgid();
            case GETEGID -> Host.getegid();
            case GETRESUID -> getres(Host.getuid(), Host.geteuid(), a);
            case GETRESGID -> getres(Host.getgid(), Host.getegid(), a);
            case GETGROUPS -> getgroups(arena, (int) a[0], a[1]);
            case GETPGID -> Host.getpgid((int) a[0] == pid ? 0 : (int) a[0]);
            case GETSID -> Host.getsid((int) a[0] == pid ? 0 : (int) a[0]);
            case SETPGID -> 0;
            case SETSID -> -EPERM;
            case UNAME -> uname(arena, a[0]);
            case SYSINFO -> copyOut(arena, a[0], 112, Host::sysinfo);
            case TIMES -> times(arena, a[0]);
            case GETRUSAGE -> {
                memory.write(a[1], new byte[144]);
                yield 0;
            }
            case PRLIMIT64 -> prlimit(arena, (int) a[0], (int) a[1], a[2], a[3]);
            case GETRLIMIT -> prlimit(arena, 0, (int) a[0], 0, a[1]);
            case SETRLIMIT -> prlimit(arena, 0, (int) a[0], a[1], 0);
            case PRCTL -> prctl((int) a[0], a[1]);
            case GETCPU -> getcpu(a[0], a[1]);
            case SCHED_GETAFFINITY -> schedGetaffinity(arena, a[1], a[2]);
            case SCHED_YIELD -> {
                Thread.yield();
                yield 0;
            }
            case GETRANDOM -> getrandom(arena, a[0], a[1], (int) a[2]);

            case CLOCK_GETTIME -> copyOut(arena, a[1], 16, b -> Host.clockGettime((int) a[0], b));
            case CLOCK_GETRES -> a[1] == 0 ? Host.clockGetres((int) a[0], MemorySegment.NULL)
                    : copyOut(arena, a[1], 16, b -> Host.clockGetres((int) a[0], b));
            case GETTIMEOFDAY -> gettimeofday(arena, a[0], a[1]);
            case NANOSLEEP -> sleep(arena, 1, 0, a[0], a[1]);
            case CLOCK_NANOSLEEP -> sleep(arena, (int) a[0], (int) a[1], a[2], a[3]);

            case RT_SIGACTION -> rtSigaction((int) a[0], a[1], a[2], a[3]);
            case RT_SIGPROCMASK -> rtSigprocmask((int) a[0], a[1], a[2], a[3]);
            case SIGALTSTACK -> sigaltstack(a[0], a[1]);
            case KILL -> (int) a[0] == pid || a[0] == 0 ? raise((int) a[1]) : -ESRCH;
            case TKILL -> (int) a[0] == pid ? raise((int) a[1]) : -ESRCH;
            case TGKILL -> (int) a[0] == pid && (int) a[1] == pid ? raise((int) a[2]) : -ESRCH;
            case WAIT4, WAITID -> -ECHILD;

            // Not yet: processes, threads, signal delivery and these rarer calls. glibc falls
            // back from rseq and clone3; the others fail as on a kernel without them.
            case CLONE, CLONE3, EXECVE, RSEQ, MEMBARRIER, PSELECT6, RT_SIGSUSPEND,
                 RT_SIGRETURN, GETITIMER, SETITIMER -> -ENOSYS;
        };
    }

    // ---------------------------------------------------------------- guest <-> native

    /** A guest path as a native C string; paths of PATH_MAX bytes or more fail. */
    private MemorySegment path(Arena arena, long address) {
        byte[] s = memory.readCString(address, PATH_MAX);
        if (s.length >= PATH_MAX) {
            throw new PathTooLong();
        }
        return cString(arena, s);
    }

    private static MemorySegment cString(Arena arena, byte[] s) {
        MemorySegment seg = arena.allocate(s.length + 1L);
        MemorySegment.copy(s, 0, seg, JAVA_BYTE, 0, s.length);
        return seg;
    }

    private static final class PathTooLong extends RuntimeException {
        PathTooLong() {
            super(null, null, false, false);
        }
    }

    private MemorySegment fromGuest(Arena arena, long address, long length) {
        MemorySegment seg = arena.allocate(Math.max(length, 1));
        memory.readTo(address, seg, 0, length);
        return seg;
    }

    private void toGuest(MemorySegment seg, long address, long length) {
        memory.writeFrom(seg, 0, address, length);
    }

    private interface NativeCall {
        long apply(MemorySegment buffer);
    }

    /** Calls into a native buffer of {@code size} bytes and copies it to the guest on success. */
    private long copyOut(Arena arena, long address, int size, NativeCall call) {
        memory.checkAccess(address, size, GuestMemory.WRITE);
        MemorySegment buf = arena.allocate(size);
        long r = call.apply(buf);
        if (r >= 0) {
            toGuest(buf, address, size);
        }
        return r;
    }

    private boolean owned(int fd) {
        return fd >= 0 && fds.get(fd);
    }

    private boolean dirOk(int dirfd) {
        return dirfd == AT_FDCWD || owned(dirfd);
    }

    private long adopt(long fd) {
        if (fd >= 0) {
            fds.set((int) fd);
        }
        return fd;
    }

    // ---------------------------------------------------------------- reading and writing

    private long read(Arena arena, int fd, long buf, long count, long offset) {
        if (!owned(fd)) {
            return -EBADF;
        }
        count = Math.min(count, MAX_RW);
        memory.checkAccess(buf, count, GuestMemory.WRITE);
        MemorySegment seg = arena.allocate(Math.max(count, 1));
        long n = offset < 0 ? Host.read(fd, seg, count) : Host.pread(fd, seg, count, offset);
        if (n > 0) {
            toGuest(seg, buf, n);
        }
        return n;
    }

    private long write(Arena arena, int fd, long buf, long count, long offset) {
        if (!owned(fd)) {
            return -EBADF;
        }
        count = Math.min(count, MAX_RW);
        MemorySegment seg = fromGuest(arena, buf, count);
        long n = offset < 0 ? Host.write(fd, seg, count) : Host.pwrite(fd, seg, count, offset);
        return brokenPipe(n);
    }

    /** A write to a pipe without readers raises SIGPIPE, whose default action ends us. */
    private long brokenPipe(long n) {
        // With a handler installed the handler would run and the write fail with EPIPE; the
        // handler cannot run yet, so only the failure is reported.
        if (n == -EPIPE && signals.handler(Signals.SIGPIPE) == Signals.SIG_DFL
                && signals.fatal(Signals.SIGPIPE)) {
            throw new GuestExit(128 + Signals.SIGPIPE);
        }
        return n;
    }

    private long[] iovecs(long iov, int count) {
        if (count < 0 || count > 1024) {
            return null;
        }
        long[] v = new long[2 * count];
        long total = 0;
        for (int i = 0; i < 2 * count; i++) {
            v[i] = memory.read64(iov + 8L * i);
        }
        for (int i = 0; i < count; i++) {
            total += v[2 * i + 1];
            if (v[2 * i + 1] < 0 || total < 0 || total > MAX_RW) {
                return null;
            }
        }
        return v;
    }

    private long readv(Arena arena, int fd, long iov, int count) {
        long[] v = iovecs(iov, count);
        if (v == null) {
            return -EINVAL;
        }
        if (!owned(fd)) {
            return -EBADF;
        }
        long total = 0;
        for (int i = 0; i < count; i++) {
            memory.checkAccess(v[2 * i], v[2 * i + 1], GuestMemory.WRITE);
            total += v[2 * i + 1];
        }
        total = Math.min(total, MAX_RW);
        MemorySegment seg = arena.allocate(Math.max(total, 1));
        long n = Host.read(fd, seg, total);
        long done = 0;
        for (int i = 0; i < count && done < n; i++) {
            long part = Math.min(v[2 * i + 1], n - done);
            toGuest(seg.asSlice(done), v[2 * i], part);
            done += part;
        }
        return n;
    }

    private long writev(Arena arena, int fd, long iov, int count) {
        long[] v = iovecs(iov, count);
        if (v == null) {
            return -EINVAL;
        }
        if (!owned(fd)) {
            return -EBADF;
        }
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += v[2 * i + 1];
        }
        // One host write keeps the gathered pieces together, as writev does.
        MemorySegment seg = arena.allocate(Math.max(total, 1));
        long at = 0;
        for (int i = 0; i < count; i++) {
            memory.readTo(v[2 * i], seg, at, v[2 * i + 1]);
            at += v[2 * i + 1];
        }
        return brokenPipe(Host.write(fd, seg, total));
    }

    private long sendfile(Arena arena, int out, int in, long offsetPtr, long count) {
        if (!owned(out) || !owned(in)) {
            return -EBADF;
        }
        count = Math.min(count, 1 << 20);
        MemorySegment seg = arena.allocate(Math.max(count, 1));
        long offset = offsetPtr == 0 ? -1 : memory.read64(offsetPtr);
        long n = offset < 0 ? Host.read(in, seg, count) : Host.pread(in, seg, count, offset);
        if (n <= 0) {
            return n;
        }
        long w = brokenPipe(Host.write(out, seg, n));
        if (w >= 0 && offsetPtr != 0) {
            memory.write64(offsetPtr, offset + w);
        } else if (w >= 0 && w < n) {
            Host.lseek(in, w - n, 1);
        }
        return w;
    }

    // ---------------------------------------------------------------- files and directories

    private boolean isSelfExe(byte[] path) {
        String p = new String(path, StandardCharsets.UTF_8);
        return p.equals("/proc/self/exe") || p.equals("/proc/" + pid + "/exe");
    }

    private long openat(Arena arena, int dirfd, long pathAddr, int flags, int mode) {
        if (!dirOk(dirfd)) {
            return -EBADF;
        }
        byte[] p = memory.readCString(pathAddr, PATH_MAX);
        if (p.length >= PATH_MAX) {
            return -ENAMETOOLONG;
        }
        if (isSelfExe(p)) {
            p = exePath.getBytes(StandardCharsets.UTF_8);
        }
        String name = new String(p, StandardCharsets.UTF_8);
        if (name.equals("/proc/self/maps") || name.equals("/proc/" + pid + "/maps")) {
            return syntheticFile(arena, "maps", ProcFiles.maps(space, exePath), flags);
        }
        return adopt(Host.openat(dirfd, cString(arena, p), OpenFlags.toHost(flags), mode));
    }

    /**
     * A /proc file that must describe the guest, not the JVM: its text in an anonymous
     * host file (memfd), so reads, seeks and fstat behave like a real file's.
     */
    private long syntheticFile(Arena arena, String name, String text, int flags) {
        final int mfdCloexec = 1;
        if ((flags & OpenFlags.O_ACCMODE) != 0) {
            return -EACCES;
        }
        long fd = Host.memfdCreate(cString(arena, name.getBytes(StandardCharsets.US_ASCII)),
                (flags & OpenFlags.O_CLOEXEC) != 0 ? mfdCloexec : 0);
        if (fd < 0) {
            return fd;
        }
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        MemorySegment seg = arena.allocate(Math.max(b.length, 1));
        MemorySegment.copy(b, 0, seg, JAVA_BYTE, 0, b.length);
        Host.write((int) fd, seg, b.length);
        Host.lseek((int) fd, 0, 0);
        return adopt(fd);
    }

    private long close(int fd) {
        if (!owned(fd)) {
            return -EBADF;
        }
        long r = Host.close(fd);
        // Linux releases the descriptor even when close reports an error.
        fds.clear(fd);
        return r;
    }

    private long dup3(int oldfd, int newfd, int flags) {
        if (!owned(oldfd) || newfd < 0) {
            return -EBADF;
        }
        if (oldfd == newfd) {
            return -EINVAL;
        }
        if (!owned(newfd) && Host.fcntl(newfd, 1, 0) >= 0) {
            // The host descriptor belongs to the JVM: replacing it would break the emulator.
            return -EBUSY;
        }
        return adopt(Host.dup3(oldfd, newfd, OpenFlags.toHost(flags)));
    }

    private long pipe2(Arena arena, long fdsAddr, int flags) {
        memory.checkAccess(fdsAddr, 8, GuestMemory.WRITE);
        MemorySegment pair = arena.allocate(8);
        long r = Host.pipe2(pair, OpenFlags.toHost(flags));
        if (r == 0) {
            int rd = pair.get(JAVA_INT, 0), wr = pair.get(JAVA_INT, 4);
            adopt(rd);
            adopt(wr);
            memory.write32(fdsAddr, rd);
            memory.write32(fdsAddr + 4, wr);
        }
        return r;
    }

    private long fcntl(Arena arena, int fd, int cmd, long arg) {
        if (!owned(fd)) {
            return -EBADF;
        }
        return switch (cmd) {
            case 0, 1030 -> adopt(Host.fcntl(fd, cmd, arg)); // F_DUPFD, F_DUPFD_CLOEXEC
            case 1, 2, 1031, 1032 -> Host.fcntl(fd, cmd, arg); // FD flags, pipe size
            case 3 -> { // F_GETFL
                long r = Host.fcntl(fd, cmd, 0);
                yield r < 0 ? r : OpenFlags.toGuest((int) r);
            }
            case 4 -> Host.fcntl(fd, cmd, OpenFlags.toHost((int) arg)); // F_SETFL
            case 5, 6, 7, 36, 37, 38 -> { // F_GETLK, F_SETLK(W), F_OFD_*: struct flock is alike
                MemorySegment lock = fromGuest(arena, arg, 32);
                long r = Host.fcntl(fd, cmd, lock.address());
                if (r >= 0) {
                    toGuest(lock, arg, 32);
                }
                yield r;
            }
            default -> -EINVAL;
        };
    }

    /** The terminal ioctls programs use, with how many bytes each reads or writes. */
    private long ioctl(Arena arena, int fd, long request, long arg) {
        if (!owned(fd)) {
            return -EBADF;
        }
        int size;
        boolean out;
        switch ((int) request) {
            case 0x5401 -> { size = 36; out = true; }   // TCGETS: struct termios
            case 0x5402, 0x5403, 0x5404 -> { size = 36; out = false; } // TCSETS, W, F
            case 0x5413 -> { size = 8; out = true; }    // TIOCGWINSZ
            case 0x5414 -> { size = 8; out = false; }   // TIOCSWINSZ
            case 0x540f, 0x541b -> { size = 4; out = true; } // TIOCGPGRP, FIONREAD
            case 0x5410, 0x5421 -> { size = 4; out = false; } // TIOCSPGRP, FIONBIO
            case 0x5450, 0x5451 -> { // FIONCLEX, FIOCLEX: no argument
                return Host.ioctl(fd, request, MemorySegment.NULL);
            }
            default -> {
                return -ENOTTY;
            }
        }
        if (out) {
            return copyOut(arena, arg, size, b -> Host.ioctl(fd, request, b));
        }
        return Host.ioctl(fd, request, fromGuest(arena, arg, size));
    }

    private long ppoll(Arena arena, long fdsAddr, long nfds, long timeoutAddr) {
        if (nfds < 0 || nfds > 4096) {
            return -EINVAL;
        }
        MemorySegment pfds = fromGuest(arena, fdsAddr, 8 * nfds);
        MemorySegment timeout = timeoutAddr == 0 ? MemorySegment.NULL
                : fromGuest(arena, timeoutAddr, 16);
        long r = Host.ppoll(pfds, nfds, timeout);
        if (r >= 0) {
            toGuest(pfds, fdsAddr, 8 * nfds);
        }
        return r;
    }

    private long readlinkat(Arena arena, int dirfd, long pathAddr, long buf, long size) {
        if ((int) size <= 0) {
            return -EINVAL;
        }
        byte[] p = memory.readCString(pathAddr, PATH_MAX);
        if (isSelfExe(p)) {
            byte[] target = exePath.getBytes(StandardCharsets.UTF_8);
            int n = (int) Math.min(target.length, size);
            memory.write(buf, target, 0, n);
            return n;
        }
        if (!dirOk(dirfd)) {
            return -EBADF;
        }
        MemorySegment seg = arena.allocate(size);
        long n = Host.readlinkat(dirfd, cString(arena, p), seg, size);
        if (n > 0) {
            toGuest(seg, buf, n);
        }
        return n;
    }

    private long getcwd(Arena arena, long buf, long size) {
        MemorySegment seg = arena.allocate(Math.max(Math.min(size, PATH_MAX), 1));
        long n = Host.getcwd(seg, Math.min(size, PATH_MAX));
        if (n > 0) {
            toGuest(seg, buf, n);
        }
        return n;
    }

    private long renameat(Arena arena, long[] a, int flags) {
        if (!dirOk((int) a[0]) || !dirOk((int) a[2])) {
            return -EBADF;
        }
        return Host.renameat2((int) a[0], path(arena, a[1]), (int) a[2], path(arena, a[3]),
                flags);
    }

    private long utimensat(Arena arena, long[] a) {
        int dirfd = (int) a[0];
        if (!dirOk(dirfd)) {
            return -EBADF;
        }
        MemorySegment times = a[2] == 0 ? MemorySegment.NULL : fromGuest(arena, a[2], 32);
        if (a[1] == 0) {
            // futimens: a NULL path names dirfd itself.
            return owned(dirfd) ? Host.futimens(dirfd, times) : -EBADF;
        }
        return Host.utimensat(dirfd, path(arena, a[1]), times, (int) a[3]);
    }

    private long statfs(Arena arena, long pathAddr, int fd, long buf) {
        // struct statfs is 120 bytes of the same layout on every 64-bit Linux we run on.
        if (fd >= 0) {
            return copyOut(arena, buf, 120, b -> Host.fstatfs(fd, b));
        }
        MemorySegment p = path(arena, pathAddr);
        return copyOut(arena, buf, 120, b -> Host.statfs(p, b));
    }

    private long getdents64(Arena arena, int fd, long buf, long count) {
        if (!owned(fd)) {
            return -EBADF;
        }
        count = Math.min(count, 1 << 20);
        memory.checkAccess(buf, count, GuestMemory.WRITE);
        // struct linux_dirent64 is architecture independent: copy the records as they come.
        MemorySegment seg = arena.allocate(Math.max(count, 1));
        long n = Host.getdents64(fd, seg, count);
        if (n > 0) {
            toGuest(seg, buf, n);
        }
        return n;
    }

    // ---------------------------------------------------------------- stat

    private long statx(Arena arena, long[] a) {
        int dirfd = (int) a[0];
        if (!dirOk(dirfd)) {
            return -EBADF;
        }
        MemorySegment p = path(arena, a[1]);
        // struct statx has one layout on every architecture: pass it through.
        return copyOut(arena, a[4], 256, b -> Host.statx(dirfd, p, (int) a[2], (int) a[3], b));
    }

    private long stat(Arena arena, int dirfd, MemorySegment path, int flags, long buf) {
        if (path.equals(MemorySegment.NULL)) {
            path = cString(arena, new byte[0]);
        }
        memory.checkAccess(buf, StatLayout.SIZE, GuestMemory.WRITE);
        MemorySegment sx = arena.allocate(256);
        long r = Host.statx(dirfd, path, flags, STATX_BASIC_STATS, sx);
        if (r == 0) {
            memory.write(buf, StatLayout.fromStatx(sx));
        }
        return r;
    }

    // ---------------------------------------------------------------- memory

    private long mmap(Arena arena, long addr, long length, int prot, int flags, int fd,
            long offset) {
        final int mapShared = 1, mapPrivate = 2, mapFixed = 0x10, mapAnonymous = 0x20;
        final int mapFixedNoreplace = 0x100000;
        int type = flags & 3;
        if (length == 0 || (offset & GuestMemory.PAGE_MASK) != 0
                || (type != mapShared && type != mapPrivate && type != 3)) {
            return -EINVAL;
        }
        long len = AddressSpace.pageUp(length);
        if (len <= 0 || len > GuestMemory.ADDRESS_LIMIT) {
            return -ENOMEM;
        }
        boolean anonymous = (flags & mapAnonymous) != 0;
        if (!anonymous && !owned(fd)) {
            return -EBADF;
        }
        long start;
        if ((flags & (mapFixed | mapFixedNoreplace)) != 0) {
            if ((addr & GuestMemory.PAGE_MASK) != 0 || addr + len > GuestMemory.ADDRESS_LIMIT
                    || addr < 0) {
                return -EINVAL;
            }
            if ((flags & mapFixed) == 0 && !space.isFree(addr, len)) {
                return -EEXIST;
            }
            start = addr;
        } else if (addr != 0 && space.isFree(AddressSpace.pageDown(addr), len)) {
            start = AddressSpace.pageDown(addr);
        } else {
            start = space.findFree(len);
            if (start < 0) {
                return -ENOMEM;
            }
        }
        byte[] contents = null;
        if (!anonymous) {
            // A private copy of the file's bytes. MAP_SHARED writes do not reach the file.
            long want = Math.min(len, MAX_RW);
            MemorySegment seg = arena.allocate(want);
            long n = Host.pread(fd, seg, want, offset);
            if (n < 0) {
                return n == -EISDIR ? -ENODEV : n;
            }
            contents = seg.asSlice(0, n).toArray(JAVA_BYTE);
        }
        space.map(start, len, prot & 7);
        if (contents != null) {
            memory.poke(start, contents, 0, contents.length);
        }
        return start;
    }

    private long munmap(long addr, long length) {
        if ((addr & GuestMemory.PAGE_MASK) != 0 || length == 0 || addr < 0
                || addr + length > GuestMemory.ADDRESS_LIMIT) {
            return -EINVAL;
        }
        space.unmap(addr, length);
        return 0;
    }

    private long mprotect(long addr, long length, int prot) {
        if ((addr & GuestMemory.PAGE_MASK) != 0 || (prot & ~0x0300_0007) != 0) {
            return -EINVAL;
        }
        if (length == 0) {
            return 0;
        }
        long end = AddressSpace.pageUp(addr + length);
        return memory.protect(addr, end - addr, prot & 7) ? 0 : -ENOMEM;
    }

    private long mremap(long old, long oldLength, long newLength, int flags, long newAddr) {
        final int mayMove = 1, fixed = 2;
        if ((old & GuestMemory.PAGE_MASK) != 0 || newLength == 0 || (flags & ~7) != 0
                || (flags & fixed) != 0 && (flags & mayMove) == 0) {
            return -EINVAL;
        }
        long oldLen = AddressSpace.pageUp(oldLength);
        long newLen = AddressSpace.pageUp(newLength);
        if (oldLen == 0 || !memory.isMapped(old)) {
            return -EFAULT;
        }
        int prot = memory.permissions(old);
        if ((flags & fixed) != 0) {
            if ((newAddr & GuestMemory.PAGE_MASK) != 0) {
                return -EINVAL;
            }
            space.unmap(newAddr, newLen);
            return moveTo(old, oldLen, newAddr, newLen, prot);
        }
        if (newLen <= oldLen) {
            if (newLen < oldLen) {
                space.unmap(old + newLen, oldLen - newLen);
            }
            return old;
        }
        if (space.isFree(old + oldLen, newLen - oldLen)) {
            space.map(old + oldLen, newLen - oldLen, prot);
            return old;
        }
        if ((flags & mayMove) == 0) {
            return -ENOMEM;
        }
        long to = space.findFree(newLen);
        return to < 0 ? -ENOMEM : moveTo(old, oldLen, to, newLen, prot);
    }

    private long moveTo(long old, long oldLen, long to, long newLen, int prot) {
        long keep = Math.min(oldLen, newLen);
        memory.move(old, to, keep);
        space.markFree(old, old + oldLen);
        space.unmap(old, oldLen);
        space.markUsed(to, to + keep);
        if (newLen > keep) {
            space.map(to + keep, newLen - keep, prot);
        }
        return to;
    }

    // ---------------------------------------------------------------- process

    private long futex(long uaddr, int op, int val) {
        int cmd = op & 0x7f;
        return switch (cmd) {
            case 1 -> 0; // FUTEX_WAKE: no other thread can be waiting yet.
            case 0, 9 -> memory.read32(uaddr) != val ? -EAGAIN : -EDEADLK_SINGLE_THREAD;
            default -> -ENOSYS;
        };
    }

    /** A wait no other thread could ever end: fail rather than hang forever. */
    private static final int EDEADLK_SINGLE_THREAD = 35;

    private long getres(int real, int effective, long[] a) {
        memory.write32(a[0], real);
        memory.write32(a[1], effective);
        memory.write32(a[2], effective);
        return 0;
    }

    private long getgroups(Arena arena, int size, long list) {
        if (size < 0) {
            return -EINVAL;
        }
        if (size == 0) {
            return Host.getgroups(0, MemorySegment.NULL);
        }
        size = Math.min(size, 65536);
        MemorySegment seg = arena.allocate(4L * size);
        long n = Host.getgroups(size, seg);
        if (n > 0) {
            toGuest(seg, list, 4 * n);
        }
        return n;
    }

    private long uname(Arena arena, long buf) {
        // struct utsname: six 65-byte fields; the fifth is the machine.
        memory.checkAccess(buf, 390, GuestMemory.WRITE);
        MemorySegment seg = arena.allocate(390);
        long r = Host.uname(seg);
        if (r == 0) {
            byte[] b = seg.toArray(JAVA_BYTE);
            byte[] machine = new byte[65];
            byte[] name = "aarch64".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(name, 0, machine, 0, name.length);
            System.arraycopy(machine, 0, b, 4 * 65, 65);
            memory.write(buf, b);
        }
        return r;
    }

    private long times(Arena arena, long buf) {
        if (buf == 0) {
            return Host.times(MemorySegment.NULL);
        }
        memory.checkAccess(buf, 32, GuestMemory.WRITE);
        MemorySegment seg = arena.allocate(32);
        long r = Host.times(seg);
        if (r >= 0 || r < -4095) {
            toGuest(seg, buf, 32);
        }
        return r;
    }

    private long prlimit(Arena arena, int target, int resource, long newAddr, long oldAddr) {
        if (target != 0 && target != pid) {
            return -ESRCH;
        }
        if (resource < 0 || resource >= 16) {
            return -EINVAL;
        }
        long[] set = rlimits.get(resource);
        if (oldAddr != 0) {
            if (set == null) {
                long r = copyOut(arena, oldAddr, 16, b -> Host.prlimit(0, resource,
                        MemorySegment.NULL, b));
                if (r < 0) {
                    return r;
                }
            } else {
                memory.write64(oldAddr, set[0]);
                memory.write64(oldAddr + 8, set[1]);
            }
        }
        if (newAddr != 0) {
            long soft = memory.read64(newAddr), hard = memory.read64(newAddr + 8);
            if (Long.compareUnsigned(soft, hard) > 0) {
                return -EINVAL;
            }
            rlimits.put(resource, new long[] {soft, hard});
        }
        return 0;
    }

    private long prctl(int option, long arg2) {
        final int prSetName = 15, prGetName = 16;
        switch (option) {
            case prSetName -> {
                byte[] name = memory.readCString(arg2, 15);
                comm = name;
                return 0;
            }
            case prGetName -> {
                byte[] out = new byte[16];
                System.arraycopy(comm, 0, out, 0, Math.min(comm.length, 15));
                memory.write(arg2, out);
                return 0;
            }
            default -> {
                return -EINVAL;
            }
        }
    }

    private long getcpu(long cpu, long node) {
        if (cpu != 0) {
            memory.write32(cpu, 0);
        }
        if (node != 0) {
            memory.write32(node, 0);
        }
        return 0;
    }

    private long schedGetaffinity(Arena arena, long size, long mask) {
        if (size < 8 || (size & 7) != 0) {
            return -EINVAL;
        }
        size = Math.min(size, 1024);
        MemorySegment seg = arena.allocate(size);
        long r = Host.schedGetaffinity(size, seg);
        if (r < 0) {
            return r;
        }
        // The system call returns how many bytes of mask it wrote: whole 64-bit words up to
        // the highest CPU present.
        long used = 8;
        for (long i = size - 1; i >= 0; i--) {
            if (seg.get(JAVA_BYTE, i) != 0) {
                used = (i / 8 + 1) * 8;
                break;
            }
        }
        toGuest(seg, mask, used);
        return used;
    }

    private long getrandom(Arena arena, long buf, long count, int flags) {
        count = Math.min(count, 1 << 25);
        memory.checkAccess(buf, count, GuestMemory.WRITE);
        MemorySegment seg = arena.allocate(Math.max(count, 1));
        long n = Host.getrandom(seg, count, flags);
        if (n > 0) {
            toGuest(seg, buf, n);
        }
        return n;
    }

    private long gettimeofday(Arena arena, long tv, long tz) {
        if (tz != 0) {
            memory.write64(tz, 0);
        }
        return tv == 0 ? 0 : copyOut(arena, tv, 16, Host::gettimeofday);
    }

    private long sleep(Arena arena, int clock, int flags, long req, long rem) {
        MemorySegment request = fromGuest(arena, req, 16);
        long nsec = request.get(JAVA_LONG, 8);
        if (request.get(JAVA_LONG, 0) < 0 || nsec < 0 || nsec >= 1_000_000_000L) {
            return -EINVAL;
        }
        MemorySegment remain = rem == 0 ? MemorySegment.NULL : arena.allocate(16);
        long r = Host.clockNanosleep(clock, flags, request, remain);
        if (r == -EINTR && rem != 0) {
            toGuest(remain, rem, 16);
        }
        return r;
    }

    // ---------------------------------------------------------------- signals

    private long rtSigaction(int sig, long act, long oldact, long sigsetsize) {
        if (sigsetsize != 8 || sig < 1 || sig > Signals.NSIG) {
            return -EINVAL;
        }
        if (act != 0 && (sig == Signals.SIGKILL || sig == Signals.SIGSTOP)) {
            return -EINVAL;
        }
        long[] next = null;
        if (act != 0) {
            next = new long[] {memory.read64(act), memory.read64(act + 8),
                memory.read64(act + 16), memory.read64(act + 24)};
        }
        if (oldact != 0) {
            memory.checkAccess(oldact, Signals.SIGACTION_SIZE, GuestMemory.WRITE);
            memory.write64(oldact, signals.handler[sig]);
            memory.write64(oldact + 8, signals.flags[sig]);
            memory.write64(oldact + 16, signals.restorer[sig]);
            memory.write64(oldact + 24, signals.mask[sig]);
        }
        if (next != null) {
            signals.handler[sig] = next[0];
            signals.flags[sig] = next[1];
            signals.restorer[sig] = next[2];
            signals.mask[sig] = next[3] & ~(Signals.bit(Signals.SIGKILL)
                    | Signals.bit(Signals.SIGSTOP));
        }
        return 0;
    }

    private long rtSigprocmask(int how, long set, long oldset, long sigsetsize) {
        if (sigsetsize != 8) {
            return -EINVAL;
        }
        long next = signals.blocked;
        if (set != 0) {
            long s = memory.read64(set);
            next = switch (how) {
                case 0 -> signals.blocked | s;
                case 1 -> signals.blocked & ~s;
                case 2 -> s;
                default -> -1;
            };
            if (how < 0 || how > 2) {
                return -EINVAL;
            }
        }
        if (oldset != 0) {
            memory.write64(oldset, signals.blocked);
        }
        signals.blocked = next & ~(Signals.bit(Signals.SIGKILL) | Signals.bit(Signals.SIGSTOP));
        return 0;
    }

    private long sigaltstack(long ss, long oldss) {
        if (oldss != 0) {
            memory.checkAccess(oldss, 24, GuestMemory.WRITE);
        }
        long sp = 0, size = 0;
        int flags = 0;
        if (ss != 0) {
            sp = memory.read64(ss);
            flags = memory.read32(ss + 8);
            size = memory.read64(ss + 16);
            if ((flags & ~(2 | 0x8000_0000)) != 0) {
                return -EINVAL;
            }
            if ((flags & 2) == 0 && size < 5120) { // MINSIGSTKSZ on arm64
                return -ENOMEM;
            }
        }
        if (oldss != 0) {
            memory.write64(oldss, signals.altStackSp);
            memory.write32(oldss + 8, signals.altStackFlags);
            memory.write32(oldss + 12, 0);
            memory.write64(oldss + 16, signals.altStackSize);
        }
        if (ss != 0) {
            signals.altStackSp = sp;
            signals.altStackFlags = flags & 2;
            signals.altStackSize = size;
        }
        return 0;
    }

    /** A signal the process sends itself: without delivery, only its default action can run. */
    private long raise(int sig) {
        if (sig < 0 || sig > Signals.NSIG) {
            return -EINVAL;
        }
        if (sig != 0 && signals.fatal(sig)) {
            throw new GuestExit(128 + sig);
        }
        return 0;
    }
}
