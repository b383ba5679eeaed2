package dev.hotarm.runtime.linux.syscall;

/**
 * Linux error numbers. They are the same on the guest and on every host we run on (only alpha,
 * mips, parisc and sparc differ), so host errnos pass through unchanged.
 */
public final class Errno {
    private Errno() { }

    public static final int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EIO = 5, ENXIO = 6,
            E2BIG = 7, ENOEXEC = 8, EBADF = 9, ECHILD = 10, EAGAIN = 11, ENOMEM = 12,
            EACCES = 13, EFAULT = 14, EBUSY = 16, EEXIST = 17, EXDEV = 18, ENODEV = 19,
            ENOTDIR = 20, EISDIR = 21, EINVAL = 22, EMFILE = 24, ENOTTY = 25, EFBIG = 27,
            ENOSPC = 28, ESPIPE = 29, EROFS = 30, EPIPE = 32, ERANGE = 34, ENAMETOOLONG = 36,
            ENOSYS = 38, ENOTEMPTY = 39, ELOOP = 40, EOVERFLOW = 75, EOPNOTSUPP = 95;

    private static final String[] NAMES = new String[134];

    static {
        String all = "1 EPERM 2 ENOENT 3 ESRCH 4 EINTR 5 EIO 6 ENXIO 7 E2BIG 8 ENOEXEC 9 EBADF "
                + "10 ECHILD 11 EAGAIN 12 ENOMEM 13 EACCES 14 EFAULT 15 ENOTBLK 16 EBUSY "
                + "17 EEXIST 18 EXDEV 19 ENODEV 20 ENOTDIR 21 EISDIR 22 EINVAL 23 ENFILE "
                + "24 EMFILE 25 ENOTTY 26 ETXTBSY 27 EFBIG 28 ENOSPC 29 ESPIPE 30 EROFS "
                + "31 EMLINK 32 EPIPE 33 EDOM 34 ERANGE 35 EDEADLK 36 ENAMETOOLONG 37 ENOLCK "
                + "38 ENOSYS 39 ENOTEMPTY 40 ELOOP 42 ENOMSG 43 EIDRM 61 ENODATA 62 ETIME "
                + "71 EPROTO 74 EBADMSG 75 EOVERFLOW 84 EILSEQ 88 ENOTSOCK 90 EMSGSIZE "
                + "95 EOPNOTSUPP 97 EAFNOSUPPORT 98 EADDRINUSE 99 EADDRNOTAVAIL 100 ENETDOWN "
                + "101 ENETUNREACH 103 ECONNABORTED 104 ECONNRESET 105 ENOBUFS 106 EISCONN "
                + "107 ENOTCONN 110 ETIMEDOUT 111 ECONNREFUSED 113 EHOSTUNREACH 114 EALREADY "
                + "115 EINPROGRESS 122 EDQUOT 125 ECANCELED";
        String[] words = all.split(" ");
        for (int i = 0; i < words.length; i += 2) {
            NAMES[Integer.parseInt(words[i])] = words[i + 1];
        }
    }

    /** The symbolic name ("ENOENT"), or null for a number without one here. */
    public static String name(int errno) {
        return errno > 0 && errno < NAMES.length ? NAMES[errno] : null;
    }
}
