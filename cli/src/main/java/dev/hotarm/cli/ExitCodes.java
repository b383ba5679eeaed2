package dev.hotarm.cli;

/** Exit statuses of hotarm itself; a guest's own status is passed through unchanged. */
final class ExitCodes {
    private ExitCodes() {
    }

    /** The program could not be loaded (missing, not an AArch64 ELF, truncated, ...). */
    static final int LOAD_FAILED = 126;
    /** 128 + SIGILL: an undefined or unimplemented instruction. */
    static final int SIGILL = 128 + 4;
    /** 128 + SIGTRAP: BRK. */
    static final int SIGTRAP = 128 + 5;
    /** 128 + SIGSEGV: a guest memory fault. */
    static final int SIGSEGV = 128 + 11;
    /** A bug in hotarm (the guest did nothing wrong); EX_SOFTWARE of sysexits.h. */
    static final int INTERNAL = 70;
}
