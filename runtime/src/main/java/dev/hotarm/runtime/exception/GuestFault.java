package dev.hotarm.runtime.exception;

/**
 * A guest data or instruction abort: an access to an unmapped address or against the page's
 * permissions. The Linux layer turns it into SIGSEGV; a system-mode board would take it to EL1.
 *
 * <p>Stackless: it is guest control flow, and its Java stack says nothing about the guest.
 */
public final class GuestFault extends GuestException {
    public enum Access { READ, WRITE, EXECUTE }

    private final long address;
    private final Access access;
    /** True when the page is mapped but forbids the access (SEGV_ACCERR), false when unmapped. */
    private final boolean permission;

    public GuestFault(long address, Access access, boolean permission) {
        this.address = address;
        this.access = access;
        this.permission = permission;
    }

    public long address() {
        return address;
    }

    public Access access() {
        return access;
    }

    public boolean permission() {
        return permission;
    }

    @Override
    public String getMessage() {
        return String.format("%s of 0x%x (%s)", access.name().toLowerCase(), address,
                permission ? "SEGV_ACCERR" : "SEGV_MAPERR");
    }
}
