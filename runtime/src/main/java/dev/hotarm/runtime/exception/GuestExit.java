package dev.hotarm.runtime.exception;

/** Thrown through the engine when the guest process ends (exit_group, or a fatal signal). */
public final class GuestExit extends RuntimeException {
    private final int status;

    public GuestExit(int status) {
        super(null, null, false, false);
        this.status = status;
    }

    /** The status the host process should exit with: the exit code, or 128 + signal. */
    public int status() {
        return status;
    }
}
