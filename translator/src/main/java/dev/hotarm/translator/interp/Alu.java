package dev.hotarm.translator.interp;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.translator.a64.dataproc.DataProcessing.Extend;
import dev.hotarm.translator.a64.dataproc.DataProcessing.Shift;

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
        if (setFlags) {
            cpu.nzcv = addFlags(sf, x, y, carryIn);
        }
        long result = x + y + (carryIn ? 1 : 0);
        return sf ? result : result & 0xFFFF_FFFFL;
    }

    /** The NZCV that AddWithCarry of {@code x + y + carryIn} yields at 32 or 64 bits. */
    public static int addFlags(boolean sf, long x, long y, boolean carryIn) {
        long c = carryIn ? 1 : 0;
        if (sf) {
            long result = x + y + c;
            boolean carry = Long.compareUnsigned(result, x) < 0 || (carryIn && result == x);
            boolean overflow = ((x ^ result) & (y ^ result)) < 0;
            return nzcv(result < 0, result == 0, carry, overflow);
        }
        long wide = (x & 0xFFFF_FFFFL) + (y & 0xFFFF_FFFFL) + c;
        int result = (int) wide;
        boolean overflow = (((int) x ^ result) & ((int) y ^ result)) < 0;
        return nzcv(result < 0, result == 0, (wide >>> 32) != 0, overflow);
    }

    /** The NZCV of a logical result (ANDS, BICS, TST): N and Z from it, C and V clear. */
    public static int logicalFlags(boolean sf, long result) {
        boolean negative = sf ? result < 0 : (int) result < 0;
        boolean zero = sf ? result == 0 : (int) result == 0;
        return nzcv(negative, zero, false, false);
    }

    /** Packs four flags into the NZCV register layout. */
    public static int nzcv(boolean n, boolean z, boolean c, boolean v) {
        return (n ? CpuState.N : 0) | (z ? CpuState.Z : 0) | (c ? CpuState.C : 0)
                | (v ? CpuState.V : 0);
    }

    /**
     * ShiftReg of the manual: {@code value} shifted by {@code amount} (0 to width - 1) at 32 or
     * 64 bits. The result is zero-extended from 32 bits when {@code sf} is false.
     */
    public static long shift(long value, Shift type, int amount, boolean sf) {
        if (sf) {
            return switch (type) {
                case LSL -> value << amount;
                case LSR -> value >>> amount;
                case ASR -> value >> amount;
                case ROR -> Long.rotateRight(value, amount);
            };
        }
        int w = (int) value;
        int result = switch (type) {
            case LSL -> w << amount;
            case LSR -> w >>> amount;
            case ASR -> w >> amount;
            case ROR -> Integer.rotateRight(w, amount);
        };
        return result & 0xFFFF_FFFFL;
    }

    /**
     * ExtendReg of the manual: the low byte, halfword, word or doubleword of {@code value},
     * zero- or sign-extended, then shifted left by {@code amount} (0-4), truncated to the
     * operation width and zero-extended from 32 bits when {@code sf} is false.
     */
    public static long extend(long value, Extend type, int amount, boolean sf) {
        long extended = switch (type) {
            case UXTB -> value & 0xFFL;
            case UXTH -> value & 0xFFFFL;
            case UXTW -> value & 0xFFFF_FFFFL;
            case UXTX, SXTX -> value;
            case SXTB -> (byte) value;
            case SXTH -> (short) value;
            case SXTW -> (int) value;
        };
        long result = extended << amount;
        return sf ? result : result & 0xFFFF_FFFFL;
    }
}
