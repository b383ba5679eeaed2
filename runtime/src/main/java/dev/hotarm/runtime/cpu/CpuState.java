package dev.hotarm.runtime.cpu;

/**
 * The architectural state of one AArch64 hardware thread at EL0, as both engines see it.
 *
 * <p>Fields are public because the engines read and write them on every instruction; the
 * accessors below are the one place that decides what register number 31 means.
 */
public final class CpuState {
    /** PSTATE.N, Z, C and V as they sit in the NZCV system register: bits 31, 30, 29, 28. */
    public static final int N = 1 << 31, Z = 1 << 30, C = 1 << 29, V = 1 << 28;

    /** X0-X30; index 31 is never read or written through {@link #x(int)}. */
    public final long[] x = new long[32];
    public long sp;
    public long pc;
    /** NZCV in bits 31-28, all other bits zero. */
    public int nzcv;

    /** V0-V31, 128 bits each: {@code v[2n]} holds bits 63-0 of Vn, {@code v[2n+1]} 127-64. */
    public final long[] v = new long[64];
    public int fpcr;
    public int fpsr;
    public long tpidrEl0;

    /** Address tagged by the last load-exclusive, or -1 when the local monitor is open. */
    public long exclusiveAddress = -1;
    /** Value (low 64 bits) read by the last load-exclusive, checked by the store-exclusive. */
    public long exclusiveValue;
    /** High 64 bits of a pair read by LDXP/LDAXP. */
    public long exclusiveValueHigh;

    /** Xn with register 31 reading as XZR. */
    public long x(int n) {
        return n == 31 ? 0 : x[n];
    }

    /** Xn with register 31 meaning SP. */
    public long xOrSp(int n) {
        return n == 31 ? sp : x[n];
    }

    /** Writes Xn; register 31 is XZR, so the write is discarded. */
    public void setX(int n, long value) {
        if (n != 31) {
            x[n] = value;
        }
    }

    /** Writes Wn, zeroing bits 63-32 as every 32-bit write does. */
    public void setW(int n, int value) {
        if (n != 31) {
            x[n] = value & 0xFFFF_FFFFL;
        }
    }

    /** Writes Xn with register 31 meaning SP. */
    public void setXOrSp(int n, long value) {
        if (n == 31) {
            sp = value;
        } else {
            x[n] = value;
        }
    }

    /** Writes X or W depending on {@code sf}, with register 31 meaning XZR. */
    public void setReg(boolean sf, int n, long value) {
        if (sf) {
            setX(n, value);
        } else {
            setW(n, (int) value);
        }
    }

    /** Writes X or W depending on {@code sf}, with register 31 meaning SP. */
    public void setRegOrSp(boolean sf, int n, long value) {
        setXOrSp(n, sf ? value : value & 0xFFFF_FFFFL);
    }

    public long vLow(int n) {
        return v[2 * n];
    }

    public long vHigh(int n) {
        return v[2 * n + 1];
    }

    /** Writes all 128 bits of Vn. */
    public void setV(int n, long low, long high) {
        v[2 * n] = low;
        v[2 * n + 1] = high;
    }

    /** Writes the low 64 bits of Vn and zeroes the rest, as every scalar 64-bit write does. */
    public void setD(int n, long value) {
        v[2 * n] = value;
        v[2 * n + 1] = 0;
    }

    /** Evaluates a condition code (ConditionHolds in the manual) against the current NZCV. */
    public boolean conditionHolds(int cond) {
        return conditionHolds(nzcv, cond);
    }

    /** ConditionHolds of the manual for a packed NZCV value (bits 31-28). */
    public static boolean conditionHolds(int nzcv, int cond) {
        boolean n = (nzcv & N) != 0;
        boolean z = (nzcv & Z) != 0;
        boolean c = (nzcv & C) != 0;
        boolean v = (nzcv & V) != 0;
        boolean result = switch (cond >>> 1) {
            case 0 -> z;                    // EQ / NE
            case 1 -> c;                    // CS / CC
            case 2 -> n;                    // MI / PL
            case 3 -> v;                    // VS / VC
            case 4 -> c && !z;              // HI / LS
            case 5 -> n == v;               // GE / LT
            case 6 -> n == v && !z;         // GT / LE
            case 7 -> true;                 // AL / NV
            default -> throw new AssertionError(cond);
        };
        // Odd conditions negate, except 0b1111 (NV), which the manual defines as always true.
        return (cond & 1) != 0 && cond != 0xF ? !result : result;
    }

    /** A copy of every architectural field, for lockstep comparison and snapshots. */
    public CpuState copy() {
        CpuState c = new CpuState();
        copyInto(c);
        return c;
    }

    public void copyInto(CpuState c) {
        System.arraycopy(x, 0, c.x, 0, x.length);
        System.arraycopy(v, 0, c.v, 0, v.length);
        c.sp = sp;
        c.pc = pc;
        c.nzcv = nzcv;
        c.fpcr = fpcr;
        c.fpsr = fpsr;
        c.tpidrEl0 = tpidrEl0;
        c.exclusiveAddress = exclusiveAddress;
        c.exclusiveValue = exclusiveValue;
        c.exclusiveValueHigh = exclusiveValueHigh;
    }
}
