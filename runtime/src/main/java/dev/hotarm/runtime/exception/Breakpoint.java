package dev.hotarm.runtime.exception;

/** BRK: a software breakpoint. The Linux layer turns it into SIGTRAP. */
public final class Breakpoint extends GuestException {
    private final long pc;
    private final int imm16;

    public Breakpoint(long pc, int imm16) {
        this.pc = pc;
        this.imm16 = imm16;
    }

    public long pc() {
        return pc;
    }

    public int imm16() {
        return imm16;
    }

    @Override
    public String getMessage() {
        return String.format("breakpoint (brk #0x%x) at pc 0x%x", imm16, pc);
    }
}
