package dev.hotarm.runtime.linux.syscall;

import dev.hotarm.runtime.exception.GuestFault;
import dev.hotarm.runtime.memory.GuestMemory;

/**
 * Formats one system call as strace does: {@code openat(AT_FDCWD, "/etc/passwd", O_RDONLY) = 3}.
 * Arguments are decoded from the {@link Syscall} table, never by a formatter per call.
 */
public final class Strace {
    private Strace() { }

    /** strace shows at most this many bytes of a buffer or string, then "...". */
    static final int MAX_STRING = 32;

    /**
     * The line for a finished call ({@code result} is the raw X0 value, negative errno on
     * failure), or for a call that does not return when {@code returned} is false.
     */
    public static String format(GuestMemory memory, long number, long[] args, long result,
            boolean returned) {
        Syscall sc = Syscall.byNumber(number);
        StringBuilder sb = new StringBuilder();
        if (sc == null) {
            sb.append(String.format("syscall_0x%x(", number));
            for (int i = 0; i < 6; i++) {
                sb.append(i == 0 ? "" : ", ").append(hex(args[i]));
            }
        } else {
            sb.append(sc.displayName()).append('(');
            boolean first = true;
            for (int i = 0; i < sc.argCount(); i++) {
                Arg kind = sc.arg(i);
                if (kind == Arg.OPEN_MODE
                        && (args[i - 1] & (OpenFlags.O_CREAT | OpenFlags.O_TMPFILE)) == 0) {
                    continue;
                }
                sb.append(first ? "" : ", ");
                first = false;
                sb.append(argument(memory, kind, args, i, result));
            }
        }
        sb.append(") = ");
        if (!returned) {
            sb.append('?');
        } else if (result < 0 && result >= -4095) {
            int errno = (int) -result;
            String name = Errno.name(errno);
            sb.append("-1 ").append(name != null ? name : "errno " + errno)
                    .append(" (").append(Host.strerror(errno)).append(')');
        } else if (sc != null && sc.returnsAddress()) {
            sb.append(String.format("0x%x", result));
        } else {
            sb.append(result);
        }
        return sb.toString();
    }

    static String argument(GuestMemory memory, Arg kind, long[] args, int i, long result) {
        long v = args[i];
        return switch (kind) {
            case INT, FD -> Integer.toString((int) v);
            case LONG -> Long.toString(v);
            case ULONG -> Long.toUnsignedString(v);
            case HEX -> hex(v);
            case PTR -> pointer(v);
            case DIRFD -> (int) v == -100 ? "AT_FDCWD" : Integer.toString((int) v);
            case PATH -> cString(memory, v);
            case BUF_IN -> buffer(memory, v, args[i + 1]);
            case BUF_OUT -> result >= 0 ? buffer(memory, v, result) : pointer(v);
            case STR_OUT -> result >= 0 ? cString(memory, v) : pointer(v);
            case OPEN_FLAGS -> openFlags((int) v);
            case OPEN_MODE, MODE -> String.format("%#03o", (int) v);
            case AT_FLAGS -> flags((int) v, AT_NAMES, "0");
            case PROT -> flags((int) v, PROT_NAMES, "PROT_NONE");
            case MAP_FLAGS -> mapFlags((int) v);
            case SIGNAL -> signal((int) v);
            case SIG_HOW -> name((int) v, new String[] {"SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK"});
            case CLOCK -> name((int) v, new String[] {"CLOCK_REALTIME", "CLOCK_MONOTONIC",
                "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_THREAD_CPUTIME_ID", "CLOCK_MONOTONIC_RAW",
                "CLOCK_REALTIME_COARSE", "CLOCK_MONOTONIC_COARSE", "CLOCK_BOOTTIME"});
            case WHENCE -> name((int) v, new String[] {"SEEK_SET", "SEEK_CUR", "SEEK_END",
                "SEEK_DATA", "SEEK_HOLE"});
            case IOCTL -> ioctl(v);
            case FCNTL -> fcntl((int) v);
        };
    }

    /** C's {@code %#lx}, which strace uses: "0" for zero, else "0x..." */
    private static String hex(long v) {
        return v == 0 ? "0" : "0x" + Long.toHexString(v);
    }

    private static String pointer(long v) {
        return v == 0 ? "NULL" : String.format("0x%x", v);
    }

    private static String name(int v, String[] names) {
        return v >= 0 && v < names.length ? names[v] : Integer.toString(v);
    }

    private static String cString(GuestMemory memory, long address) {
        if (address == 0) {
            return "NULL";
        }
        try {
            // Paths are shown whole, as strace does; only buffers are cut at MAX_STRING.
            byte[] s = memory.readCString(address, 4096);
            return quote(s, s.length, false, Integer.MAX_VALUE);
        } catch (GuestFault f) {
            return pointer(address);
        }
    }

    private static String buffer(GuestMemory memory, long address, long length) {
        int n = (int) Math.min(Math.max(length, 0), MAX_STRING);
        try {
            return quote(memory.read(address, n), n, length > MAX_STRING, MAX_STRING);
        } catch (GuestFault f) {
            return pointer(address);
        }
    }

    /** Quotes bytes as strace does: C escapes, octal for other non-printable bytes. */
    static String quote(byte[] bytes, int length, boolean truncated, int max) {
        StringBuilder sb = new StringBuilder("\"");
        int n = Math.min(length, bytes.length);
        boolean cut = truncated;
        if (n > max) {
            n = max;
            cut = true;
        }
        for (int i = 0; i < n; i++) {
            int c = bytes[i] & 0xff;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\f' -> sb.append("\\f");
                case 0x0b -> sb.append("\\v");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        sb.append((char) c);
                    } else if (i + 1 < n && bytes[i + 1] >= '0' && bytes[i + 1] <= '7') {
                        // A following octal digit would extend a short escape.
                        sb.append(String.format("\\%03o", c));
                    } else {
                        sb.append('\\').append(Integer.toOctalString(c));
                    }
                }
            }
        }
        sb.append('"');
        if (cut) {
            sb.append("...");
        }
        return sb.toString();
    }

    private record Flag(int value, String name) { }

    private static final Flag[] OPEN_NAMES = {
        new Flag(OpenFlags.O_CREAT, "O_CREAT"), new Flag(OpenFlags.O_EXCL, "O_EXCL"),
        new Flag(OpenFlags.O_NOCTTY, "O_NOCTTY"), new Flag(OpenFlags.O_TRUNC, "O_TRUNC"),
        new Flag(OpenFlags.O_APPEND, "O_APPEND"), new Flag(OpenFlags.O_NONBLOCK, "O_NONBLOCK"),
        new Flag(OpenFlags.O_DSYNC, "O_DSYNC"), new Flag(OpenFlags.FASYNC, "O_ASYNC"),
        new Flag(OpenFlags.O_DIRECTORY, "O_DIRECTORY"),
        new Flag(OpenFlags.O_NOFOLLOW, "O_NOFOLLOW"), new Flag(OpenFlags.O_DIRECT, "O_DIRECT"),
        new Flag(OpenFlags.O_LARGEFILE, "O_LARGEFILE"),
        new Flag(OpenFlags.O_NOATIME, "O_NOATIME"), new Flag(OpenFlags.O_CLOEXEC, "O_CLOEXEC"),
        new Flag(OpenFlags.O_SYNC, "O_SYNC"), new Flag(OpenFlags.O_PATH, "O_PATH"),
        new Flag(OpenFlags.O_TMPFILE, "O_TMPFILE"),
    };

    private static final Flag[] AT_NAMES = {
        new Flag(0x100, "AT_SYMLINK_NOFOLLOW"), new Flag(0x200, "AT_REMOVEDIR"),
        new Flag(0x400, "AT_SYMLINK_FOLLOW"), new Flag(0x800, "AT_NO_AUTOMOUNT"),
        new Flag(0x1000, "AT_EMPTY_PATH"),
    };

    private static final Flag[] PROT_NAMES = {
        new Flag(1, "PROT_READ"), new Flag(2, "PROT_WRITE"), new Flag(4, "PROT_EXEC"),
    };

    private static final Flag[] MAP_NAMES = {
        new Flag(0x10, "MAP_FIXED"), new Flag(0x20, "MAP_ANONYMOUS"),
        new Flag(0x100, "MAP_GROWSDOWN"), new Flag(0x800, "MAP_DENYWRITE"),
        new Flag(0x1000, "MAP_EXECUTABLE"), new Flag(0x2000, "MAP_LOCKED"),
        new Flag(0x4000, "MAP_NORESERVE"), new Flag(0x8000, "MAP_POPULATE"),
        new Flag(0x10000, "MAP_NONBLOCK"), new Flag(0x20000, "MAP_STACK"),
        new Flag(0x40000, "MAP_HUGETLB"), new Flag(0x100000, "MAP_FIXED_NOREPLACE"),
    };

    private static String flags(int v, Flag[] names, String zero) {
        StringBuilder sb = new StringBuilder();
        int rest = v;
        for (Flag f : names) {
            if ((rest & f.value) == f.value && f.value != 0) {
                sb.append(sb.isEmpty() ? "" : "|").append(f.name);
                rest &= ~f.value;
            }
        }
        if (rest != 0) {
            sb.append(sb.isEmpty() ? "" : "|").append(String.format("0x%x", rest));
        }
        return sb.isEmpty() ? zero : sb.toString();
    }

    static String openFlags(int v) {
        String access = switch (v & OpenFlags.O_ACCMODE) {
            case 0 -> "O_RDONLY";
            case 1 -> "O_WRONLY";
            case 2 -> "O_RDWR";
            default -> "O_ACCMODE";
        };
        int rest = v & ~OpenFlags.O_ACCMODE;
        if ((rest & OpenFlags.O_TMPFILE) != 0) {
            rest &= ~OpenFlags.O_DIRECTORY;
        }
        return rest == 0 ? access : access + "|" + flags(rest, OPEN_NAMES, "");
    }

    private static String mapFlags(int v) {
        String type = switch (v & 3) {
            case 1 -> "MAP_SHARED";
            case 2 -> "MAP_PRIVATE";
            case 3 -> "MAP_SHARED_VALIDATE";
            default -> "0";
        };
        int rest = v & ~3;
        return rest == 0 ? type : type + "|" + flags(rest, MAP_NAMES, "");
    }

    private static final String[] SIGNALS = {"0", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL",
        "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2",
        "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP",
        "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM",
        "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};

    public static String signal(int sig) {
        if (sig >= 0 && sig < SIGNALS.length) {
            return SIGNALS[sig];
        }
        return sig >= 32 && sig <= 64 ? "SIGRT_" + (sig - 32) : Integer.toString(sig);
    }

    private static String ioctl(long request) {
        return switch ((int) request) {
            case 0x5401 -> "TCGETS";
            case 0x5402 -> "TCSETS";
            case 0x5403 -> "TCSETSW";
            case 0x5404 -> "TCSETSF";
            case 0x540f -> "TIOCGPGRP";
            case 0x5410 -> "TIOCSPGRP";
            case 0x5413 -> "TIOCGWINSZ";
            case 0x5414 -> "TIOCSWINSZ";
            case 0x541b -> "FIONREAD";
            default -> String.format("0x%x", request);
        };
    }

    private static String fcntl(int cmd) {
        return switch (cmd) {
            case 0 -> "F_DUPFD";
            case 1 -> "F_GETFD";
            case 2 -> "F_SETFD";
            case 3 -> "F_GETFL";
            case 4 -> "F_SETFL";
            case 5 -> "F_GETLK";
            case 6 -> "F_SETLK";
            case 7 -> "F_SETLKW";
            case 1030 -> "F_DUPFD_CLOEXEC";
            case 1031 -> "F_SETPIPE_SZ";
            case 1032 -> "F_GETPIPE_SZ";
            default -> Integer.toString(cmd);
        };
    }
}
