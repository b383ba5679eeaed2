package dev.hotarm.runtime.linux.syscall;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The host C library, called by function name through the FFM API so that guest file
 * descriptors are host file descriptors and nothing the guest writes is buffered in Java.
 *
 * <p>Every wrapper returns what the kernel would: the result, or {@code -errno} when the libc
 * function reported failure. Function names, not raw syscall numbers, keep this portable across
 * Linux host architectures.
 */
public final class Host {
    private Host() { }

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO =
            CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option SAVE_ERRNO = Linker.Option.captureCallState("errno");

    /** One errno capture buffer per thread; the guest's threads will be Java threads. */
    private static final ThreadLocal<MemorySegment> CAPTURED =
            ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(CAPTURE));

    private static MethodHandle fn(String name, FunctionDescriptor fd, Linker.Option... options) {
        MemorySegment address = LIBC.find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError("host libc lacks " + name));
        Linker.Option[] all = new Linker.Option[options.length + 1];
        all[0] = SAVE_ERRNO;
        System.arraycopy(options, 0, all, 1, options.length);
        return LINKER.downcallHandle(address, fd, all);
    }

    private static MethodHandle plain(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), fd);
    }

    private static FunctionDescriptor i(ValueLayout... args) {
        return FunctionDescriptor.of(JAVA_INT, args);
    }

    private static FunctionDescriptor l(ValueLayout... args) {
        return FunctionDescriptor.of(JAVA_LONG, args);
    }

    private static final MethodHandle READ = fn("read", l(JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle WRITE = fn("write", l(JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle PREAD =
            fn("pread64", l(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle PWRITE =
            fn("pwrite64", l(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle OPENAT = fn("openat",
            i(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), Linker.Option.firstVariadicArg(3));
    private static final MethodHandle CLOSE = fn("close", i(JAVA_INT));
    private static final MethodHandle LSEEK = fn("lseek", l(JAVA_INT, JAVA_LONG, JAVA_INT));
    private static final MethodHandle STATX =
            fn("statx", i(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle GETDENTS64 =
            fn("getdents64", l(JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle FCNTL = fn("fcntl",
            i(JAVA_INT, JAVA_INT, JAVA_LONG), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle DUP = fn("dup", i(JAVA_INT));
    private static final MethodHandle DUP3 = fn("dup3", i(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle PIPE2 = fn("pipe2", i(ADDRESS, JAVA_INT));
    private static final MethodHandle IOCTL = fn("ioctl",
            i(JAVA_INT, JAVA_LONG, ADDRESS), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle READLINKAT =
            fn("readlinkat", l(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG));
    private static final MethodHandle MKDIRAT = fn("mkdirat", i(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle UNLINKAT = fn("unlinkat", i(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle RENAMEAT2 =
            fn("renameat2", i(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle SYMLINKAT = fn("symlinkat", i(ADDRESS, JAVA_INT, ADDRESS));
    private static final MethodHandle LINKAT =
            fn("linkat", i(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle FACCESSAT =
            fn("faccessat", i(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle FCHMODAT =
            fn("fchmodat", i(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle FCHMOD = fn("fchmod", i(JAVA_INT, JAVA_INT));
    private static final MethodHandle FCHOWNAT =
            fn("fchownat", i(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle FCHOWN = fn("fchown", i(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle FTRUNCATE = fn("ftruncate", i(JAVA_INT, JAVA_LONG));
    private static final MethodHandle TRUNCATE = fn("truncate", i(ADDRESS, JAVA_LONG));
    private static final MethodHandle FSYNC = fn("fsync", i(JAVA_INT));
    private static final MethodHandle UTIMENSAT =
            fn("utimensat", i(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    private static final MethodHandle FUTIMENS = fn("futimens", i(JAVA_INT, ADDRESS));
    private static final MethodHandle MEMFD_CREATE = fn("memfd_create", i(ADDRESS, JAVA_INT));
    private static final MethodHandle GETCWD =
            fn("getcwd", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
    private static final MethodHandle CHDIR = fn("chdir", i(ADDRESS));
    private static final MethodHandle FCHDIR = fn("fchdir", i(JAVA_INT));
    private static final MethodHandle UMASK = plain("umask", i(JAVA_INT));
    private static final MethodHandle GETRANDOM = fn("getrandom", l(ADDRESS, JAVA_LONG, JAVA_INT));
    private static final MethodHandle CLOCK_GETTIME = fn("clock_gettime", i(JAVA_INT, ADDRESS));
    private static final MethodHandle CLOCK_GETRES = fn("clock_getres", i(JAVA_INT, ADDRESS));
    private static final MethodHandle CLOCK_NANOSLEEP =
            plain("clock_nanosleep", i(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle GETTIMEOFDAY = fn("gettimeofday", i(ADDRESS, ADDRESS));
    private static final MethodHandle UNAME = fn("uname", i(ADDRESS));
    private static final MethodHandle SYSINFO = fn("sysinfo", i(ADDRESS));
    private static final MethodHandle TIMES = fn("times", l(ADDRESS));
    private static final MethodHandle PRLIMIT =
            fn("prlimit", i(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle PPOLL = fn("ppoll", i(ADDRESS, JAVA_LONG, ADDRESS, ADDRESS));
    private static final MethodHandle FSTATFS = fn("fstatfs", i(JAVA_INT, ADDRESS));
    private static final MethodHandle STATFS = fn("statfs", i(ADDRESS, ADDRESS));
    private static final MethodHandle SCHED_GETAFFINITY =
            fn("sched_getaffinity", i(JAVA_INT, JAVA_LONG, ADDRESS));
    private static final MethodHandle GETUID = plain("getuid", i());
    private static final MethodHandle GETEUID = plain("geteuid", i());
    private static final MethodHandle GETGID = plain("getgid", i());
    private static final MethodHandle GETEGID = plain("getegid", i());
    private static final MethodHandle GETPPID = plain("getppid", i());
    private static final MethodHandle GETGROUPS = fn("getgroups", i(JAVA_INT, ADDRESS));
    private static final MethodHandle GETPGID = fn("getpgid", i(JAVA_INT));
    private static final MethodHandle GETSID = fn("getsid", i(JAVA_INT));
    private static final MethodHandle STRERROR =
            plain("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));

    // ---------------------------------------------------------------- result plumbing

    private static MemorySegment captured() {
        return CAPTURED.get();
    }

    private static long result(long r, MemorySegment cap) {
        return r == -1 ? -(int) ERRNO.get(cap, 0L) : r;
    }

    private static AssertionError broken(Throwable t) {
        return new AssertionError("host libc call failed to link or run", t);
    }

    // ---------------------------------------------------------------- files

    public static long read(int fd, MemorySegment buf, long count) {
        MemorySegment cap = captured();
        try {
            return result((long) READ.invokeExact(cap, fd, buf, count), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long write(int fd, MemorySegment buf, long count) {
        MemorySegment cap = captured();
        try {
            return result((long) WRITE.invokeExact(cap, fd, buf, count), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long pread(int fd, MemorySegment buf, long count, long offset) {
        MemorySegment cap = captured();
        try {
            return result((long) PREAD.invokeExact(cap, fd, buf, count, offset), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long pwrite(int fd, MemorySegment buf, long count, long offset) {
        MemorySegment cap = captured();
        try {
            return result((long) PWRITE.invokeExact(cap, fd, buf, count, offset), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    /** {@code flags} are host flags: translate guest ones with {@link OpenFlags} first. */
    public static long openat(int dirfd, MemorySegment path, int flags, int mode) {
        MemorySegment cap = captured();
        try {
            return result((int) OPENAT.invokeExact(cap, dirfd, path, flags, mode), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long close(int fd) {
        return int1(CLOSE, fd);
    }

    public static long lseek(int fd, long offset, int whence) {
        MemorySegment cap = captured();
        try {
            return result((long) LSEEK.invokeExact(cap, fd, offset, whence), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long statx(int dirfd, MemorySegment path, int flags, int mask,
            MemorySegment buf) {
        MemorySegment cap = captured();
        try {
            return result((int) STATX.invokeExact(cap, dirfd, path, flags, mask, buf), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long getdents64(int fd, MemorySegment buf, long count) {
        MemorySegment cap = captured();
        try {
            return result((long) GETDENTS64.invokeExact(cap, fd, buf, count), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long fcntl(int fd, int cmd, long arg) {
        MemorySegment cap = captured();
        try {
            return result((int) FCNTL.invokeExact(cap, fd, cmd, arg), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long dup(int fd) {
        return int1(DUP, fd);
    }

    public static long dup3(int oldfd, int newfd, int flags) {
        MemorySegment cap = captured();
        try {
            return result((int) DUP3.invokeExact(cap, oldfd, newfd, flags), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long pipe2(MemorySegment fds, int flags) {
        MemorySegment cap = captured();
        try {
            return result((int) PIPE2.invokeExact(cap, fds, flags), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long ioctl(int fd, long request, MemorySegment arg) {
        MemorySegment cap = captured();
        try {
            return result((int) IOCTL.invokeExact(cap, fd, request, arg), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long readlinkat(int dirfd, MemorySegment path, MemorySegment buf, long size) {
        MemorySegment cap = captured();
        try {
            return result((long) READLINKAT.invokeExact(cap, dirfd, path, buf, size), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long mkdirat(int dirfd, MemorySegment path, int mode) {
        return intPathInt(MKDIRAT, dirfd, path, mode);
    }

    public static long unlinkat(int dirfd, MemorySegment path, int flags) {
        return intPathInt(UNLINKAT, dirfd, path, flags);
    }

    public static long renameat2(int olddir, MemorySegment oldpath, int newdir,
            MemorySegment newpath, int flags) {
        MemorySegment cap = captured();
        try {
            return result((int) RENAMEAT2.invokeExact(cap, olddir, oldpath, newdir, newpath,
                    flags), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long symlinkat(MemorySegment target, int newdir, MemorySegment linkpath) {
        MemorySegment cap = captured();
        try {
            return result((int) SYMLINKAT.invokeExact(cap, target, newdir, linkpath), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long linkat(int olddir, MemorySegment oldpath, int newdir,
            MemorySegment newpath, int flags) {
        MemorySegment cap = captured();
        try {
            return result((int) LINKAT.invokeExact(cap, olddir, oldpath, newdir, newpath, flags),
                    cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long faccessat(int dirfd, MemorySegment path, int mode, int flags) {
        MemorySegment cap = captured();
        try {
            return result((int) FACCESSAT.invokeExact(cap, dirfd, path, mode, flags), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long fchmodat(int dirfd, MemorySegment path, int mode, int flags) {
        MemorySegment cap = captured();
        try {
            return result((int) FCHMODAT.invokeExact(cap, dirfd, path, mode, flags), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long fchmod(int fd, int mode) {
        return int2(FCHMOD, fd, mode);
    }

    public static long fchownat(int dirfd, MemorySegment path, int uid, int gid, int flags) {
        MemorySegment cap = captured();
        try {
            return result((int) FCHOWNAT.invokeExact(cap, dirfd, path, uid, gid, flags), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long fchown(int fd, int uid, int gid) {
        MemorySegment cap = captured();
        try {
            return result((int) FCHOWN.invokeExact(cap, fd, uid, gid), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long ftruncate(int fd, long length) {
        MemorySegment cap = captured();
        try {
            return result((int) FTRUNCATE.invokeExact(cap, fd, length), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long truncate(MemorySegment path, long length) {
        MemorySegment cap = captured();
        try {
            return result((int) TRUNCATE.invokeExact(cap, path, length), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long fsync(int fd) {
        return int1(FSYNC, fd);
    }

    public static long utimensat(int dirfd, MemorySegment path, MemorySegment times, int flags) {
        MemorySegment cap = captured();
        try {
            return result((int) UTIMENSAT.invokeExact(cap, dirfd, path, times, flags), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long futimens(int fd, MemorySegment times) {
        return int1ptr(FUTIMENS, fd, times);
    }

    public static long memfdCreate(MemorySegment name, int flags) {
        MemorySegment cap = captured();
        try {
            return result((int) MEMFD_CREATE.invokeExact(cap, name, flags), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long fstatfs(int fd, MemorySegment buf) {
        MemorySegment cap = captured();
        try {
            return result((int) FSTATFS.invokeExact(cap, fd, buf), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long statfs(MemorySegment path, MemorySegment buf) {
        return ptr2(STATFS, path, buf);
    }

    public static long ppoll(MemorySegment fds, long nfds, MemorySegment timeout) {
        MemorySegment cap = captured();
        try {
            return result((int) PPOLL.invokeExact(cap, fds, nfds, timeout, MemorySegment.NULL),
                    cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    // ---------------------------------------------------------------- process and directories

    /** Returns the length of the path including its NUL, as the getcwd system call does. */
    public static long getcwd(MemorySegment buf, long size) {
        MemorySegment cap = captured();
        try {
            MemorySegment r = (MemorySegment) GETCWD.invokeExact(cap, buf, size);
            if (r.address() == 0) {
                return -(int) ERRNO.get(cap, 0L);
            }
            // Count bytes, not characters: a path need not be valid UTF-8.
            long n = 0;
            while (n < size && buf.get(ValueLayout.JAVA_BYTE, n) != 0) {
                n++;
            }
            return n + 1;
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long chdir(MemorySegment path) {
        MemorySegment cap = captured();
        try {
            return result((int) CHDIR.invokeExact(cap, path), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long fchdir(int fd) {
        return int1(FCHDIR, fd);
    }

    public static int umask(int mask) {
        try {
            return (int) UMASK.invokeExact(mask);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long getrandom(MemorySegment buf, long count, int flags) {
        MemorySegment cap = captured();
        try {
            return result((long) GETRANDOM.invokeExact(cap, buf, count, flags), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long clockGettime(int clock, MemorySegment ts) {
        return int1ptr(CLOCK_GETTIME, clock, ts);
    }

    public static long clockGetres(int clock, MemorySegment ts) {
        return int1ptr(CLOCK_GETRES, clock, ts);
    }

    /** clock_nanosleep returns the error number itself rather than setting errno. */
    public static long clockNanosleep(int clock, int flags, MemorySegment req, MemorySegment rem) {
        try {
            return -(int) CLOCK_NANOSLEEP.invokeExact(clock, flags, req, rem);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long gettimeofday(MemorySegment tv) {
        return ptr2(GETTIMEOFDAY, tv, MemorySegment.NULL);
    }

    public static long uname(MemorySegment buf) {
        return ptr1(UNAME, buf);
    }

    public static long sysinfo(MemorySegment buf) {
        return ptr1(SYSINFO, buf);
    }

    public static long times(MemorySegment buf) {
        MemorySegment cap = captured();
        try {
            return result((long) TIMES.invokeExact(cap, buf), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long prlimit(int pid, int resource, MemorySegment newLimit,
            MemorySegment oldLimit) {
        MemorySegment cap = captured();
        try {
            return result((int) PRLIMIT.invokeExact(cap, pid, resource, newLimit, oldLimit), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static long schedGetaffinity(long size, MemorySegment mask) {
        MemorySegment cap = captured();
        try {
            return result((int) SCHED_GETAFFINITY.invokeExact(cap, 0, size, mask), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    public static int getuid() {
        return id(GETUID);
    }

    public static int geteuid() {
        return id(GETEUID);
    }

    public static int getgid() {
        return id(GETGID);
    }

    public static int getegid() {
        return id(GETEGID);
    }

    public static int getppid() {
        return id(GETPPID);
    }

    public static long getgroups(int size, MemorySegment list) {
        return int1ptr(GETGROUPS, size, list);
    }

    public static long getpgid(int pid) {
        return int1(GETPGID, pid);
    }

    public static long getsid(int pid) {
        return int1(GETSID, pid);
    }

    /** The host C library's message for an error number, as strace prints it. */
    public static String strerror(int errno) {
        try {
            MemorySegment s = (MemorySegment) STRERROR.invokeExact(errno);
            return s.reinterpret(Integer.MAX_VALUE).getString(0);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    // ---------------------------------------------------------------- shapes shared by several

    private static int id(MethodHandle h) {
        try {
            return (int) h.invokeExact();
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    private static long int1(MethodHandle h, int a) {
        MemorySegment cap = captured();
        try {
            return result((int) h.invokeExact(cap, a), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    private static long int2(MethodHandle h, int a, int b) {
        MemorySegment cap = captured();
        try {
            return result((int) h.invokeExact(cap, a, b), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    private static long int1ptr(MethodHandle h, int a, MemorySegment p) {
        MemorySegment cap = captured();
        try {
            return result((int) h.invokeExact(cap, a, p), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    private static long intPathInt(MethodHandle h, int a, MemorySegment p, int b) {
        MemorySegment cap = captured();
        try {
            return result((int) h.invokeExact(cap, a, p, b), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    private static long ptr1(MethodHandle h, MemorySegment p) {
        MemorySegment cap = captured();
        try {
            return result((int) h.invokeExact(cap, p), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }

    private static long ptr2(MethodHandle h, MemorySegment p, MemorySegment q) {
        MemorySegment cap = captured();
        try {
            return result((int) h.invokeExact(cap, p, q), cap);
        } catch (Throwable t) {
            throw broken(t);
        }
    }
}
