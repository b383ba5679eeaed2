package dev.hotarm.runtime.linux.syscall;

/**
 * Translates open(2) flags between the guest (AArch64 uses the asm-generic values) and the host.
 *
 * <p>Only four bits differ between Linux architectures; everything else (access mode, O_CREAT,
 * O_APPEND, O_NONBLOCK, O_CLOEXEC, O_PATH, ...) has the same value everywhere we can run.
 */
public final class OpenFlags {
    private OpenFlags() { }

    public static final int O_ACCMODE = 03;
    public static final int O_CREAT = 0100;
    public static final int O_EXCL = 0200;
    public static final int O_NOCTTY = 0400;
    public static final int O_TRUNC = 01000;
    public static final int O_APPEND = 02000;
    public static final int O_NONBLOCK = 04000;
    public static final int O_DSYNC = 010000;
    public static final int FASYNC = 020000;
    public static final int O_NOATIME = 01000000;
    public static final int O_CLOEXEC = 02000000;
    public static final int O_SYNC = 04000000;
    public static final int O_PATH = 010000000;
    public static final int O_TMPFILE = 020000000;

    /** The guest's (asm-generic) values of the four bits that move between architectures. */
    public static final int O_DIRECTORY = 040000;
    public static final int O_NOFOLLOW = 0100000;
    public static final int O_DIRECT = 0200000;
    public static final int O_LARGEFILE = 0400000;

    private static final int GUEST_MOVABLE = O_DIRECTORY | O_NOFOLLOW | O_DIRECT | O_LARGEFILE;

    /** Host values of O_DIRECTORY, O_NOFOLLOW, O_DIRECT, O_LARGEFILE, chosen by os.arch. */
    private static final int[] HOST = hostValues(System.getProperty("os.arch"));
    private static final int HOST_MOVABLE = HOST[0] | HOST[1] | HOST[2] | HOST[3];

    static int[] hostValues(String arch) {
        return switch (arch) {
            case "amd64", "x86_64", "x86", "i386" -> new int[] {0200000, 0400000, 040000, 0100000};
            case "ppc64", "ppc64le" -> new int[] {040000, 0100000, 0400000, 0200000};
            // aarch64, riscv64, loongarch64 and s390x use the asm-generic values, as the guest.
            default -> new int[] {O_DIRECTORY, O_NOFOLLOW, O_DIRECT, O_LARGEFILE};
        };
    }

    public static int toHost(int guest) {
        int host = guest & ~GUEST_MOVABLE;
        if ((guest & O_DIRECTORY) != 0) host |= HOST[0];
        if ((guest & O_NOFOLLOW) != 0) host |= HOST[1];
        if ((guest & O_DIRECT) != 0) host |= HOST[2];
        if ((guest & O_LARGEFILE) != 0) host |= HOST[3];
        return host;
    }

    public static int toGuest(int host) {
        int guest = host & ~HOST_MOVABLE;
        if ((host & HOST[0]) != 0) guest |= O_DIRECTORY;
        if ((host & HOST[1]) != 0) guest |= O_NOFOLLOW;
        if ((host & HOST[2]) != 0) guest |= O_DIRECT;
        if ((host & HOST[3]) != 0) guest |= O_LARGEFILE;
        return guest;
    }
}
