package dev.hotarm.translator.jit;

import dev.hotarm.translator.interp.Alu;

/**
 * Adapters between the operand order generated code finds convenient and the interpreter's
 * semantic functions. Each is small enough for HotSpot to inline at the call site.
 */
public final class JitHelpers {
    private JitHelpers() {
    }

    /** {@link Alu#addFlags} with the operands first, as they are already on the stack. */
    public static int addFlags(long x, long y, boolean sf, boolean carryIn) {
        return Alu.addFlags(sf, x, y, carryIn);
    }
}
