package dev.hotarm.translator.interp;

import dev.hotarm.runtime.cpu.CpuState;

/** Integer arithmetic shared by every flag-setting instruction. */
public final class Alu {
    private Alu() {
    }

    /**
     * AddWithCarry of the manual: {@code x + y + carryIn} at 32 or 64 bits. When
     * {@code setFlags} is true, writes NZCV. Returns the result, zero-extended from 32 bits
     * when {@code sf} is false.
     */
    public static long addWithCarry(CpuState cpu, boolean sf, long x, long y, boolean carryIn,
                                    boolean setFlags) {
        long c = carryIn ? 1 : 0;
        if (sf) {
            long result = x + y + c;
            if (setFlags) {
                boolean carry = Long.compareUnsigned(result, x) < 0
                        || (carryIn && result == x);
                boolean overflow = ((x ^ result) & (y ^ result)) < 0;
                cpu.nzcv = nzcv(result < 0, result == 0, carry, overflow);
            }
            return result;
        }
        long ux = x & 0xFFFF_FFFFL;
        long uy = y & 0xFFFF_FFFFL;
        long wide = ux + uy + c;
        int result = (int) wide;
        if (setFlags) {
            int sx = (int) x;
            int sy = (int) y;
            boolean overflow = ((sx ^ result) & (sy ^ result)) < 0;
            cpu.nzcv = nzcv(result < 0, result == 0, (wide >>> 32) != 0, overflow);
        }
        return result & 0xFFFF_FFFFL;
    }

    /** Packs four flags into the NZCV register layout. */
    public static int nzcv(boolean n, boolean z, boolean c, boolean v) {
        return (n ? CpuState.N : 0) | (z ? CpuState.Z : 0) | (c ? CpuState.C : 0) | (v ? CpuState.V : 0);
    }
}
