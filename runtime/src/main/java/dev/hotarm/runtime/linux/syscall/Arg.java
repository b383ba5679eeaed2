package dev.hotarm.runtime.linux.syscall;

/** How strace shows one system call argument; see {@link Strace}. */
public enum Arg {
    /** Signed 32-bit decimal. */
    INT,
    /** Signed 64-bit decimal. */
    LONG,
    /** Unsigned 64-bit decimal: sizes and counts. */
    ULONG,
    HEX,
    /** An address: NULL or hex. */
    PTR,
    FD,
    /** A directory descriptor: AT_FDCWD or decimal. */
    DIRFD,
    /** A NUL-terminated string in guest memory. */
    PATH,
    /** Bytes the call reads from the guest; their count is the next argument. */
    BUF_IN,
    /** Bytes the call writes to the guest; their count is the call's result. */
    BUF_OUT,
    /** A string the call writes to the guest (getcwd). */
    STR_OUT,
    OPEN_FLAGS,
    /** The mode of open(2): shown only when the flags before it create a file. */
    OPEN_MODE,
    /** File permission bits, in octal. */
    MODE,
    AT_FLAGS,
    PROT,
    MAP_FLAGS,
    SIGNAL,
    SIG_HOW,
    CLOCK,
    WHENCE,
    IOCTL,
    FCNTL,
}
