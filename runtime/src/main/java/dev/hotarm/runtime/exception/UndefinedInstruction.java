package dev.hotarm.runtime.exception;

/**
 * An instruction that cannot be executed: unallocated in the architecture, or one hotarm does
 * not implement yet ({@code name} is then non-null). The Linux layer turns it into SIGILL.
 */
public final class UndefinedInstruction extends GuestException {
    private final long pc;
    private final int encoding;
    private final String name;

    public UndefinedInstruction(long pc, int encoding, String name) {
        this.pc = pc;
        this.encoding = encoding;
        this.name = name;
    }

    public long pc() {
        return pc;
    }

    public int encoding() {
        return encoding;
    }

    /** The instruction's name when the encoding is allocated but not implemented, else null. */
    public String name() {
        return name;
    }

    @Override
    public String getMessage() {
        return name != null
                ? String.format("unimplemented instruction %s (0x%08x) at pc 0x%x", name,
                        encoding, pc)
                : String.format("undefined instruction 0x%08x at pc 0x%x", encoding, pc);
    }
}
