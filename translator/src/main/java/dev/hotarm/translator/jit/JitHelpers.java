package dev.hotarm.translator.jit;

import dev.hotarm.runtime.cpu.CpuState;

/**
 * Static methods generated code calls for work too long to emit inline. Each is small enough
 * for HotSpot to inline at the call site, so a call here costs nothing once compiled.
 */
public final class JitHelpers {
    private JitHelpers() {
    }

    /** NZCV of {@code x + y + carryIn} at 64 bits (AddWithCarry's flags). */
    public static int flagsAdd64(long x, long y, int carryIn) {
        long result = x + y + carryIn;
        boolean carry = Long.compareUnsigned(result, x) < 0 || (carryIn != 0 && result == x);
        boolean overflow = ((x ^ result) & (y ^ result)) < 0;
        return pack(result < 0, result == 0, carry, overflow);
    }

    /** NZCV of {@code x + y + carryIn} at 32 bits. */
    public static int flagsAdd32(int x, int y, int carryIn) {
        long wide = (x & 0xFFFF_FFFFL) + (y & 0xFFFF_FFFFL) + carryIn;
        int result = (int) wide;
        boolean overflow = ((x ^ result) & (y ^ result)) < 0;
        return pack(result < 0, result == 0, (wide >>> 32) != 0, overflow);
    }

    /** NZCV of a logical result (C and V cleared), at 64 bits. */
    public static int flagsLogical64(long result) {
        return pack(result < 0, result == 0, false, false);
    }

    /** NZCV of a logical result (C and V cleared), at 32 bits. */
    public static int flagsLogical32(int result) {
        return pack(result < 0, result == 0, false, false);
    }

    private static int pack(boolean n, boolean z, boolean c, boolean v) {
        return (n ? CpuState.N : 0) | (z ? CpuState.Z : 0) | (c ? CpuState.C : 0) | (v ? CpuState.V : 0);
    }
}
