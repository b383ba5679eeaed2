package dev.hotarm.translator.interp;

import static dev.hotarm.translator.interp.SimdLanes.bits;
import static dev.hotarm.translator.interp.SimdLanes.get;
import static dev.hotarm.translator.interp.SimdLanes.getSigned;
import static dev.hotarm.translator.interp.SimdLanes.lanes;
import static dev.hotarm.translator.interp.SimdLanes.mask;
import static dev.hotarm.translator.interp.SimdLanes.read;
import static dev.hotarm.translator.interp.SimdLanes.set;
import static dev.hotarm.translator.interp.SimdLanes.signed;
import static dev.hotarm.translator.interp.SimdLanes.write;
import static dev.hotarm.translator.interp.SimdLanes.writeScalar;

import dev.hotarm.runtime.cpu.CpuState;
import java.math.BigInteger;
import dev.hotarm.runtime.exec.Machine;
import dev.hotarm.translator.a64.simd.Simd;
import dev.hotarm.translator.a64.simd.Simd.ThreeSameOp;

/**
 * Semantics of Advanced SIMD. Each shape reads its operands whole, computes lane by lane into a
 * fresh value and writes the destination once, so Vd may alias Vn or Vm freely.
 *
 * <p>Known shortcomings: SCVTF and UCVTF always round to nearest even (FPCR.RMode is ignored) and
 * no FP conversion sets the FPSR cumulative exception flags; no guest we run depends on either.
 */
final class SimdSemantics {
    private SimdSemantics() {
    }

    /** FPSR.QC, the cumulative saturation flag. */
    static final int FPSR_QC = 1 << 27;

    static long execute(Machine machine, CpuState cpu, Simd insn, long pc) {
        switch (insn) {
            case Simd.ThreeSame t -> threeSame(cpu, t);
            case Simd.FpThreeSame t -> fpThreeSame(cpu, t);
            case Simd.ByElement b -> byElement(cpu, b);
            case Simd.ThreeDifferent t -> threeDifferent(cpu, t);
            case Simd.TwoRegMisc t -> twoRegMisc(cpu, t);
            case Simd.AcrossLanes a -> acrossLanes(cpu, a);
            case Simd.ShiftImm s -> shiftImm(cpu, s);
            case Simd.ModifiedImm m -> modifiedImm(cpu, m);
            case Simd.Copy c -> copy(cpu, c);
            case Simd.Permute p -> permute(cpu, p);
            case Simd.Extract e -> extract(cpu, e);
            case Simd.TableLookup t -> tableLookup(cpu, t);
        }
        return pc + 4;
    }

    // ---- three same -------------------------------------------------------------------------

    private static void threeSame(CpuState cpu, Simd.ThreeSame t) {
        long[] n = read(cpu, t.rn());
        long[] m = read(cpu, t.rm());
        long[] d = read(cpu, t.rd());
        long[] r = new long[2];
        int size = t.size();
        switch (t.op()) {
            case AND, BIC, ORR, ORN, EOR, BSL, BIT, BIF -> {
                for (int i = 0; i < 2; i++) {
                    r[i] = logic(t.op(), n[i], m[i], d[i]);
                }
            }
            case ADDP, SMAXP, UMAXP, SMINP, UMINP -> {
                int half = lanes(t.q(), size) / 2;
                for (int i = 0; i < half; i++) {
                    set(r, size, i, pairwise(t.op(), size, n, 2 * i));
                    set(r, size, half + i, pairwise(t.op(), size, m, 2 * i));
                }
            }
            default -> {
                int count = t.scalar() ? 1 : lanes(t.q(), size);
                for (int i = 0; i < count; i++) {
                    set(r, size, i, element(cpu, t.op(), size, get(n, size, i), get(m, size, i),
                            get(d, size, i)));
                }
                if (t.scalar()) {
                    writeScalar(cpu, t.rd(), size, r[0]);
                    return;
                }
            }
        }
        write(cpu, t.rd(), r, t.q());
    }

    private static long logic(ThreeSameOp op, long n, long m, long d) {
        return switch (op) {
            case AND -> n & m;
            case BIC -> n & ~m;
            case ORR -> n | m;
            case ORN -> n | ~m;
            case EOR -> n ^ m;
            case BSL -> (d & n) | (~d & m);
            case BIT -> (m & n) | (~m & d);
            case BIF -> (~m & n) | (m & d);
            default -> throw new AssertionError(op);
        };
    }

    private static long pairwise(ThreeSameOp op, int size, long[] v, int i) {
        long a = get(v, size, i);
        long b = get(v, size, i + 1);
        long sa = signed(a, size);
        long sb = signed(b, size);
        return switch (op) {
            case ADDP -> a + b;
            case SMAXP -> Math.max(sa, sb);
            case SMINP -> Math.min(sa, sb);
            case UMAXP -> Long.compareUnsigned(a, b) >= 0 ? a : b;
            case UMINP -> Long.compareUnsigned(a, b) <= 0 ? a : b;
            default -> throw new AssertionError(op);
        };
    }

    /** One lane of a three-same op; {@code a}, {@code b}, {@code d} are zero-extended lanes. */
    private static long element(CpuState cpu, ThreeSameOp op, int size, long a, long b, long d) {
        long sa = signed(a, size);
        long sb = signed(b, size);
        long ones = mask(size);
        return switch (op) {
            // Halving ops exist only up to 32-bit lanes, so the sums fit in a long.
            case SHADD -> (sa + sb) >> 1;
            case UHADD -> (a + b) >>> 1;
            case SRHADD -> (sa + sb + 1) >> 1;
            case URHADD -> (a + b + 1) >>> 1;
            case SHSUB -> (sa - sb) >> 1;
            case UHSUB -> (a - b) >> 1;
            case SQADD -> saturateSigned(cpu, size, sa + sb, addOverflows(sa, sb, sa + sb));
            case SQSUB -> saturateSigned(cpu, size, sa - sb, subOverflows(sa, sb, sa - sb));
            case UQADD -> saturateUnsigned(cpu, size, a + b,
                    size == 3 && Long.compareUnsigned(a + b, a) < 0, false);
            case UQSUB -> saturateUnsigned(cpu, size, a - b, false, Long.compareUnsigned(a, b) < 0);
            case CMGT -> sa > sb ? ones : 0;
            case CMGE -> sa >= sb ? ones : 0;
            case CMHI -> Long.compareUnsigned(a, b) > 0 ? ones : 0;
            case CMHS -> Long.compareUnsigned(a, b) >= 0 ? ones : 0;
            case CMEQ -> a == b ? ones : 0;
            case CMTST -> (a & b) != 0 ? ones : 0;
            case SSHL -> shiftByRegister(sa, (byte) b, size, true, false);
            case USHL -> shiftByRegister(a, (byte) b, size, false, false);
            case SRSHL -> shiftByRegister(sa, (byte) b, size, true, true);
            case URSHL -> shiftByRegister(a, (byte) b, size, false, true);
            case SMAX -> Math.max(sa, sb);
            case UMAX -> Math.max(a, b);
            case SMIN -> Math.min(sa, sb);
            case UMIN -> Math.min(a, b);
            case SABD -> Math.abs(sa - sb);
            case UABD -> Math.abs(a - b);
            case SABA -> d + Math.abs(sa - sb);
            case UABA -> d + Math.abs(a - b);
            case ADD -> a + b;
            case SUB -> a - b;
            case MLA -> d + a * b;
            case MLS -> d - a * b;
            case MUL -> a * b;
            case PMUL -> polynomialMultiply(a, b);
            case SQSHL -> saturate(cpu, shiftBig(BigInteger.valueOf(sa), (byte) b, false), size, false);
            case UQSHL -> saturate(cpu, shiftBig(unsigned(a), (byte) b, false), size, true);
            case SQRSHL -> saturate(cpu, shiftBig(BigInteger.valueOf(sa), (byte) b, true), size, false);
            case UQRSHL -> saturate(cpu, shiftBig(unsigned(a), (byte) b, true), size, true);
            case SQDMULH -> doublingMultiplyHigh(cpu, size, sa, sb, false);
            case SQRDMULH -> doublingMultiplyHigh(cpu, size, sa, sb, true);
            default -> throw new AssertionError(op);
        };
    }

    // ---- saturation, on exact values ----------------------------------------------------------

    static BigInteger unsigned(long value) {
        BigInteger v = BigInteger.valueOf(value);
        return value < 0 ? v.add(BigInteger.ONE.shiftLeft(64)) : v;
    }

    /**
     * Clips an exact value to a signed or unsigned lane of {@code size}, setting FPSR.QC when it
     * had to (SignedSatQ / UnsignedSatQ in the manual).
     */
    static long saturate(CpuState cpu, BigInteger value, int size, boolean unsignedResult) {
        int bits = bits(size);
        BigInteger min = unsignedResult ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
        BigInteger max = unsignedResult ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        if (value.compareTo(min) < 0) {
            cpu.fpsr |= FPSR_QC;
            return min.longValue();
        }
        if (value.compareTo(max) > 0) {
            cpu.fpsr |= FPSR_QC;
            return max.longValue();
        }
        return value.longValue();
    }

    /** Shifts left by a signed count, right (optionally rounding) when it is negative. */
    private static BigInteger shiftBig(BigInteger value, int shift, boolean round) {
        if (shift >= 0) {
            return value.shiftLeft(shift);
        }
        return roundingShiftBig(value, -shift, round);
    }

    private static BigInteger roundingShiftBig(BigInteger value, int shift, boolean round) {
        if (round && shift > 0) {
            value = value.add(BigInteger.ONE.shiftLeft(shift - 1));
        }
        return value.shiftRight(shift);
    }

    /** SQDMULH/SQRDMULH: the high half of 2*a*b, optionally rounded, saturated. */
    private static long doublingMultiplyHigh(CpuState cpu, int size, long a, long b, boolean round) {
        BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).shiftLeft(1);
        return saturate(cpu, roundingShiftBig(product, bits(size), round), size, false);
    }

    private static boolean addOverflows(long a, long b, long sum) {
        return ((a ^ sum) & (b ^ sum)) < 0;
    }

    private static boolean subOverflows(long a, long b, long diff) {
        return ((a ^ b) & (a ^ diff)) < 0;
    }

    /**
     * Saturates a signed result to {@code size}: {@code value} is exact for lanes below 64 bits;
     * for 64-bit lanes {@code overflow64} says the long arithmetic wrapped.
     */
    private static long saturateSigned(CpuState cpu, int size, long value, boolean overflow64) {
        long max;
        long min;
        if (size == 3) {
            if (!overflow64) {
                return value;
            }
            cpu.fpsr |= FPSR_QC;
            return value < 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        max = (1L << (bits(size) - 1)) - 1;
        min = -max - 1;
        if (value > max || value < min) {
            cpu.fpsr |= FPSR_QC;
            return value > max ? max : min;
        }
        return value;
    }

    private static long saturateUnsigned(CpuState cpu, int size, long value, boolean carry64,
            boolean borrow) {
        if (borrow) {
            cpu.fpsr |= FPSR_QC;
            return 0;
        }
        if (carry64 || size < 3 && value > mask(size)) {
            cpu.fpsr |= FPSR_QC;
            return mask(size);
        }
        return value;
    }

    /**
     * SSHL/USHL/SRSHL/URSHL: shift left by a signed byte count, right when it is negative; a
     * count of at least the lane size shifts everything out.
     */
    private static long shiftByRegister(long value, int shift, int size, boolean signed,
            boolean round) {
        if (shift >= 0) {
            return shift >= bits(size) ? 0 : value << shift;
        }
        int right = -shift;
        return round ? roundingShiftRight(value, right, signed) : shiftRight(value, right, signed);
    }

    /** Right shift of a sign- or zero-extended lane by any amount from 0 upward. */
    static long shiftRight(long value, int shift, boolean signed) {
        if (signed) {
            return value >> Math.min(shift, 63);
        }
        return shift >= 64 ? 0 : value >>> shift;
    }

    /** {@code (value + 2^(shift-1)) >> shift} without the 65-bit intermediate overflowing. */
    static long roundingShiftRight(long value, int shift, boolean signed) {
        if (shift == 0) {
            return value;
        }
        long roundBit = shiftRight(value, shift - 1, signed) & 1;
        return shiftRight(value, shift, signed) + roundBit;
    }

    private static long polynomialMultiply(long a, long b) {
        long result = 0;
        for (int i = 0; i < 8; i++) {
            if ((b >>> i & 1) != 0) {
                result ^= a << i;
            }
        }
        return result;
    }

    // ---- floating point three same and by element -------------------------------------------

    private static void fpThreeSame(CpuState cpu, Simd.FpThreeSame t) {
        long[] n = read(cpu, t.rn());
        long[] m = read(cpu, t.rm());
        long[] d = read(cpu, t.rd());
        int size = t.size();
        int count = t.scalar() ? 1 : lanes(t.q(), size);
        long[] r = new long[2];
        switch (t.op()) {
            case FADDP, FMAXP, FMINP, FMAXNMP, FMINNMP -> {
                int half = count / 2;
                for (int i = 0; i < half; i++) {
                    set(r, size, i, fpPairwise(cpu, t.op(), size, get(n, size, 2 * i),
                            get(n, size, 2 * i + 1)));
                    set(r, size, half + i, fpPairwise(cpu, t.op(), size, get(m, size, 2 * i),
                            get(m, size, 2 * i + 1)));
                }
            }
            default -> {
                for (int i = 0; i < count; i++) {
                    set(r, size, i, fpElement(cpu.fpcr, t.op(), size, get(n, size, i), get(m, size, i),
                            get(d, size, i)));
                }
            }
        }
        if (t.scalar()) {
            writeScalar(cpu, t.rd(), size, r[0]);
        } else {
            write(cpu, t.rd(), r, t.q());
        }
    }

    private static long fpPairwise(CpuState cpu, Simd.FpThreeSameOp op, int size, long a, long b) {
        int fpcr = cpu.fpcr;
        return switch (op) {
            case FADDP -> SimdFloat.add(size, fpcr, a, b);
            case FMAXP -> SimdFloat.maxMin(size, fpcr, a, b, true, false);
            case FMINP -> SimdFloat.maxMin(size, fpcr, a, b, false, false);
            case FMAXNMP -> SimdFloat.maxMin(size, fpcr, a, b, true, true);
            case FMINNMP -> SimdFloat.maxMin(size, fpcr, a, b, false, true);
            default -> throw new AssertionError(op);
        };
    }

    private static long fpElement(int fpcr, Simd.FpThreeSameOp op, int size, long a, long b, long d) {
        return switch (op) {
            case FADD -> SimdFloat.add(size, fpcr, a, b);
            case FSUB -> SimdFloat.sub(size, fpcr, a, b);
            case FMUL -> SimdFloat.mul(size, fpcr, a, b);
            case FMULX -> SimdFloat.mulx(size, fpcr, a, b);
            case FDIV -> SimdFloat.div(size, fpcr, a, b);
            // FPAbs clears the sign of a NaN difference too.
            case FABD -> SimdFloat.abs(size, SimdFloat.sub(size, fpcr, a, b));
            case FMLA -> SimdFloat.mulAdd(size, fpcr, d, a, b);
            case FMLS -> SimdFloat.mulAdd(size, fpcr, d, SimdFloat.negate(size, a), b);
            case FMAX -> SimdFloat.maxMin(size, fpcr, a, b, true, false);
            case FMIN -> SimdFloat.maxMin(size, fpcr, a, b, false, false);
            case FMAXNM -> SimdFloat.maxMin(size, fpcr, a, b, true, true);
            case FMINNM -> SimdFloat.maxMin(size, fpcr, a, b, false, true);
            case FRECPS -> SimdFloat.reciprocalStep(size, fpcr, a, b, false);
            case FRSQRTS -> SimdFloat.reciprocalStep(size, fpcr, a, b, true);
            case FCMEQ -> SimdFloat.compare(size, a, b, 0, false);
            case FCMGE -> SimdFloat.compare(size, a, b, 1, false);
            case FCMGT -> SimdFloat.compare(size, a, b, 2, false);
            case FACGE -> SimdFloat.compare(size, a, b, 1, true);
            case FACGT -> SimdFloat.compare(size, a, b, 2, true);
            default -> throw new AssertionError(op);
        };
    }

    private static void byElement(CpuState cpu, Simd.ByElement b) {
        long[] n = read(cpu, b.rn());
        long[] m = read(cpu, b.rm());
        long[] d = read(cpu, b.rd());
        int size = b.size();
        long[] r = new long[2];
        switch (b.op()) {
            case SQDMULL, SQDMLAL, SQDMLSL -> {
                long y = getSigned(m, size, b.index());
                int count = b.scalar() ? 1 : 64 / bits(size);
                int part = b.q() ? count : 0;
                int sign = b.op() == Simd.ByElementOp.SQDMULL ? 0
                        : b.op() == Simd.ByElementOp.SQDMLAL ? 1 : -1;
                for (int i = 0; i < count; i++) {
                    set(r, size + 1, i, doublingMultiplyAccumulate(cpu, sign, size, get(d, size + 1, i),
                            getSigned(n, size, part + i), y));
                }
                if (b.scalar()) {
                    writeScalar(cpu, b.rd(), size + 1, r[0]);
                } else {
                    write(cpu, b.rd(), r, true);
                }
                return;
            }
            case SMULL, UMULL, SMLAL, UMLAL, SMLSL, UMLSL -> {
                boolean signed = b.op() == Simd.ByElementOp.SMULL || b.op() == Simd.ByElementOp.SMLAL
                        || b.op() == Simd.ByElementOp.SMLSL;
                long y = signed ? getSigned(m, size, b.index()) : get(m, size, b.index());
                int count = 64 / bits(size);
                int part = b.q() ? count : 0;
                for (int i = 0; i < count; i++) {
                    long x = signed ? getSigned(n, size, part + i) : get(n, size, part + i);
                    long acc = get(d, size + 1, i);
                    long product = x * y;
                    set(r, size + 1, i, switch (b.op()) {
                        case SMLAL, UMLAL -> acc + product;
                        case SMLSL, UMLSL -> acc - product;
                        default -> product;
                    });
                }
                write(cpu, b.rd(), r, true);
                return;
            }
            default -> {
                long y = get(m, size, b.index());
                int count = b.scalar() ? 1 : lanes(b.q(), size);
                int fpcr = cpu.fpcr;
                for (int i = 0; i < count; i++) {
                    long x = get(n, size, i);
                    long acc = get(d, size, i);
                    set(r, size, i, switch (b.op()) {
                        case MUL -> x * y;
                        case MLA -> acc + x * y;
                        case MLS -> acc - x * y;
                        case SQDMULH -> doublingMultiplyHigh(cpu, size, signed(x, size),
                                signed(y, size), false);
                        case SQRDMULH -> doublingMultiplyHigh(cpu, size, signed(x, size),
                                signed(y, size), true);
                        case FMUL -> SimdFloat.mul(size, fpcr, x, y);
                        case FMULX -> SimdFloat.mulx(size, fpcr, x, y);
                        case FMLA -> SimdFloat.mulAdd(size, fpcr, acc, x, y);
                        case FMLS -> SimdFloat.mulAdd(size, fpcr, acc, SimdFloat.negate(size, x), y);
                        default -> throw new AssertionError(b.op());
                    });
                }
            }
        }
        if (b.scalar()) {
            writeScalar(cpu, b.rd(), size, r[0]);
        } else {
            write(cpu, b.rd(), r, b.q());
        }
    }

    // ---- three different --------------------------------------------------------------------

    private static void threeDifferent(CpuState cpu, Simd.ThreeDifferent t) {
        long[] n = read(cpu, t.rn());
        long[] m = read(cpu, t.rm());
        long[] d = read(cpu, t.rd());
        int size = t.size();
        int wide = size + 1;
        int count = t.scalar() ? 1 : 64 / bits(size);
        int part = t.q() ? count : 0;
        long[] r = new long[2];
        switch (t.op()) {
            case ADDHN, RADDHN, SUBHN, RSUBHN -> {
                r[0] = d[0];
                boolean sub = t.op() == Simd.ThreeDifferentOp.SUBHN
                        || t.op() == Simd.ThreeDifferentOp.RSUBHN;
                boolean round = t.op() == Simd.ThreeDifferentOp.RADDHN
                        || t.op() == Simd.ThreeDifferentOp.RSUBHN;
                for (int i = 0; i < count; i++) {
                    long a = get(n, wide, i);
                    long b = get(m, wide, i);
                    long sum = (sub ? a - b : a + b) + (round ? 1L << (bits(size) - 1) : 0);
                    set(r, size, part + i, sum >>> bits(size));
                }
                write(cpu, t.rd(), r, t.q());
                return;
            }
            default -> {
                for (int i = 0; i < count; i++) {
                    set(r, wide, i, longElement(cpu, t.op(), size, n, m, get(d, wide, i), part + i, i));
                }
            }
        }
        if (t.scalar()) {
            writeScalar(cpu, t.rd(), wide, r[0]);
        } else {
            write(cpu, t.rd(), r, true);
        }
    }

    /** One wide lane of a long or wide op: narrow lanes at {@code j}, wide lanes at {@code i}. */
    private static long longElement(CpuState cpu, Simd.ThreeDifferentOp op, int size, long[] n,
            long[] m, long d, int j, int i) {
        long sa = getSigned(n, size, j);
        long ua = get(n, size, j);
        long sb = getSigned(m, size, j);
        long ub = get(m, size, j);
        long swn = getSigned(n, size + 1, i);
        long uwn = get(n, size + 1, i);
        return switch (op) {
            case SADDL -> sa + sb;
            case UADDL -> ua + ub;
            case SSUBL -> sa - sb;
            case USUBL -> ua - ub;
            case SADDW -> swn + sb;
            case UADDW -> uwn + ub;
            case SSUBW -> swn - sb;
            case USUBW -> uwn - ub;
            case SABAL -> d + Math.abs(sa - sb);
            case UABAL -> d + Math.abs(ua - ub);
            case SABDL -> Math.abs(sa - sb);
            case UABDL -> Math.abs(ua - ub);
            case SMLAL -> d + sa * sb;
            case UMLAL -> d + ua * ub;
            case SMLSL -> d - sa * sb;
            case UMLSL -> d - ua * ub;
            case SMULL -> sa * sb;
            case UMULL -> ua * ub;
            case PMULL -> polynomialMultiply(ua, ub);
            case SQDMULL -> doublingMultiplyAccumulate(cpu, 0, size, d, sa, sb);
            case SQDMLAL -> doublingMultiplyAccumulate(cpu, 1, size, d, sa, sb);
            case SQDMLSL -> doublingMultiplyAccumulate(cpu, -1, size, d, sa, sb);
            default -> throw new AssertionError(op);
        };
    }

    /**
     * SQDMULL ({@code sign} 0), SQDMLAL (1), SQDMLSL (-1): the doubled product saturates to the
     * wide lane first, then the accumulation saturates again.
     */
    private static long doublingMultiplyAccumulate(CpuState cpu, int sign, int size, long d, long a,
            long b) {
        int wide = size + 1;
        long product = saturate(cpu, BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).shiftLeft(1),
                wide, false);
        if (sign == 0) {
            return product;
        }
        BigInteger acc = BigInteger.valueOf(signed(d, wide));
        BigInteger p = BigInteger.valueOf(product);
        return saturate(cpu, sign > 0 ? acc.add(p) : acc.subtract(p), wide, false);
    }

    // ---- two-register miscellaneous ---------------------------------------------------------

    private static void twoRegMisc(CpuState cpu, Simd.TwoRegMisc t) {
        long[] n = read(cpu, t.rn());
        long[] d = read(cpu, t.rd());
        int size = t.size();
        int count = t.scalar() ? 1 : lanes(t.q(), size);
        long[] r = new long[2];
        switch (t.op()) {
            case REV64, REV32, REV16 -> {
                int container = t.op() == Simd.TwoRegMiscOp.REV64 ? 64
                        : t.op() == Simd.TwoRegMiscOp.REV32 ? 32 : 16;
                int flip = container / bits(size) - 1;
                for (int i = 0; i < count; i++) {
                    set(r, size, i ^ flip, get(n, size, i));
                }
            }
            case NOT -> {
                r[0] = ~n[0];
                r[1] = ~n[1];
            }
            case SADDLP, UADDLP, SADALP, UADALP -> {
                boolean signed = t.op() == Simd.TwoRegMiscOp.SADDLP
                        || t.op() == Simd.TwoRegMiscOp.SADALP;
                boolean accumulate = t.op() == Simd.TwoRegMiscOp.SADALP
                        || t.op() == Simd.TwoRegMiscOp.UADALP;
                for (int i = 0; i < count / 2; i++) {
                    long sum = signed
                            ? getSigned(n, size, 2 * i) + getSigned(n, size, 2 * i + 1)
                            : get(n, size, 2 * i) + get(n, size, 2 * i + 1);
                    set(r, size + 1, i, sum + (accumulate ? get(d, size + 1, i) : 0));
                }
            }
            case XTN -> {
                int narrowCount = 64 / bits(size);
                int part = t.q() ? narrowCount : 0;
                r[0] = d[0];
                for (int i = 0; i < narrowCount; i++) {
                    set(r, size, part + i, get(n, size + 1, i));
                }
            }
            case SQXTN, UQXTN, SQXTUN -> {
                int narrowCount = t.scalar() ? 1 : 64 / bits(size);
                int part = t.q() ? narrowCount : 0;
                r[0] = t.scalar() ? 0 : d[0];
                for (int i = 0; i < narrowCount; i++) {
                    BigInteger x = t.op() == Simd.TwoRegMiscOp.UQXTN ? unsigned(get(n, size + 1, i))
                            : BigInteger.valueOf(getSigned(n, size + 1, i));
                    set(r, size, part + i, saturate(cpu, x, size, t.op() != Simd.TwoRegMiscOp.SQXTN));
                }
            }
            case SQABS, SQNEG, SUQADD, USQADD -> {
                for (int i = 0; i < count; i++) {
                    BigInteger sx = BigInteger.valueOf(getSigned(n, size, i));
                    set(r, size, i, switch (t.op()) {
                        case SQABS -> saturate(cpu, sx.abs(), size, false);
                        case SQNEG -> saturate(cpu, sx.negate(), size, false);
                        case SUQADD -> saturate(cpu, BigInteger.valueOf(getSigned(d, size, i))
                                .add(unsigned(get(n, size, i))), size, false);
                        default -> saturate(cpu, unsigned(get(d, size, i)).add(sx), size, true);
                    });
                }
            }
            case FCVTL -> {
                int part = t.q() ? 2 : 0;
                for (int i = 0; i < 2; i++) {
                    set(r, 3, i, widen(cpu.fpcr, get(n, 2, part + i)));
                }
                write(cpu, t.rd(), r, true);
                return;
            }
            case FCVTN, FCVTXN -> {
                int narrowCount = t.scalar() ? 1 : 2;
                int part = t.q() ? 2 : 0;
                r[0] = t.scalar() ? 0 : d[0];
                boolean toOdd = t.op() == Simd.TwoRegMiscOp.FCVTXN;
                for (int i = 0; i < narrowCount; i++) {
                    set(r, 2, part + i, narrow(cpu.fpcr, get(n, 3, i), toOdd));
                }
            }
            case SHLL -> {
                int narrowCount = 64 / bits(size);
                int part = t.q() ? narrowCount : 0;
                for (int i = 0; i < narrowCount; i++) {
                    set(r, size + 1, i, get(n, size, part + i) << bits(size));
                }
                write(cpu, t.rd(), r, true);
                return;
            }
            default -> {
                for (int i = 0; i < count; i++) {
                    set(r, size, i, miscElement(cpu.fpcr, t.op(), size, get(n, size, i)));
                }
            }
        }
        if (t.scalar()) {
            writeScalar(cpu, t.rd(), size, r[0]);
        } else {
            write(cpu, t.rd(), r, t.q());
        }
    }

    /** FCVTL: single to double is exact; a NaN keeps its payload, quieted. */
    private static long widen(int fpcr, long single) {
        Long nan = SimdFloat.processNaNs(2, fpcr, single);
        if (nan != null) {
            if ((fpcr & SimdFloat.FPCR_DN) != 0) {
                return SimdFloat.defaultNaN(3);
            }
            long n = nan;
            return (n & 0x8000_0000L) << 32 | 0x7ff8_0000_0000_0000L | (n & 0x3f_ffffL) << 29;
        }
        return Double.doubleToRawLongBits(Float.intBitsToFloat((int) single));
    }

    /**
     * FCVTN: double to single, rounded to nearest; FCVTXN rounds to odd (truncate, then set the
     * lowest bit if anything was lost). A NaN keeps the top of its payload.
     */
    private static long narrow(int fpcr, long dbl, boolean toOdd) {
        Long nan = SimdFloat.processNaNs(3, fpcr, dbl);
        if (nan != null) {
            if ((fpcr & SimdFloat.FPCR_DN) != 0) {
                return SimdFloat.defaultNaN(2);
            }
            long n = nan;
            return (n >>> 63) << 31 | 0x7fc0_0000L | (n >>> 29 & 0x3f_ffffL);
        }
        double value = Double.longBitsToDouble(dbl);
        float nearest = (float) value;
        if (!toOdd || nearest == value) {
            return Float.floatToRawIntBits(nearest) & 0xFFFF_FFFFL;
        }
        float truncated = Math.abs(nearest) > Math.abs(value) ? Math.nextAfter(nearest, 0.0) : nearest;
        return (Float.floatToRawIntBits(truncated) | 1) & 0xFFFF_FFFFL;
    }

    private static long miscElement(int fpcr, Simd.TwoRegMiscOp op, int size, long a) {
        long sa = signed(a, size);
        long ones = mask(size);
        int unused = 64 - bits(size);
        return switch (op) {
            case CLS -> Long.numberOfLeadingZeros(sa ^ (sa >> 63)) - 1 - unused;
            case CLZ -> Long.numberOfLeadingZeros(a) - unused;
            case CNT -> Long.bitCount(a);
            case RBIT -> Long.reverse(a) >>> 56;
            case CMGT_ZERO -> sa > 0 ? ones : 0;
            case CMGE_ZERO -> sa >= 0 ? ones : 0;
            case CMEQ_ZERO -> sa == 0 ? ones : 0;
            case CMLE_ZERO -> sa <= 0 ? ones : 0;
            case CMLT_ZERO -> sa < 0 ? ones : 0;
            case ABS -> Math.abs(sa);
            case NEG -> -sa;
            case SCVTF -> size == 2 ? Float.floatToRawIntBits((float) (int) a)
                    : Double.doubleToRawLongBits((double) a);
            case UCVTF -> size == 2 ? Float.floatToRawIntBits((float) a)
                    : Double.doubleToRawLongBits(unsignedToDouble(a));
            case FCVTZS -> size == 2 ? (int) Float.intBitsToFloat((int) a)
                    : (long) Double.longBitsToDouble(a);
            case FCVTZU -> size == 2 ? doubleToUnsigned(Float.intBitsToFloat((int) a), 32)
                    : doubleToUnsigned(Double.longBitsToDouble(a), 64);
            case FCVTNS -> SimdFloat.toInteger(size, a, 0, false);
            case FCVTNU -> SimdFloat.toInteger(size, a, 0, true);
            case FCVTPS -> SimdFloat.toInteger(size, a, 1, false);
            case FCVTPU -> SimdFloat.toInteger(size, a, 1, true);
            case FCVTMS -> SimdFloat.toInteger(size, a, 2, false);
            case FCVTMU -> SimdFloat.toInteger(size, a, 2, true);
            case FCVTAS -> SimdFloat.toInteger(size, a, 4, false);
            case FCVTAU -> SimdFloat.toInteger(size, a, 4, true);
            case FABS -> SimdFloat.abs(size, a);
            case FNEG -> SimdFloat.negate(size, a);
            case FSQRT -> SimdFloat.sqrt(size, fpcr, a);
            case FCMGT_ZERO -> SimdFloat.compare(size, a, 0, 2, false);
            case FCMGE_ZERO -> SimdFloat.compare(size, a, 0, 1, false);
            case FCMEQ_ZERO -> SimdFloat.compare(size, a, 0, 0, false);
            case FCMLE_ZERO -> SimdFloat.compare(size, a, 0, 3, false);
            case FCMLT_ZERO -> SimdFloat.compare(size, a, 0, 4, false);
            // FRINTX and FRINTI use FPCR's rounding mode, which is always nearest here.
            case FRINTN, FRINTX, FRINTI -> SimdFloat.roundToIntegral(size, fpcr, a, 0);
            case FRINTP -> SimdFloat.roundToIntegral(size, fpcr, a, 1);
            case FRINTM -> SimdFloat.roundToIntegral(size, fpcr, a, 2);
            case FRINTZ -> SimdFloat.roundToIntegral(size, fpcr, a, 3);
            case FRINTA -> SimdFloat.roundToIntegral(size, fpcr, a, 4);
            case FRECPE -> SimdFloat.reciprocalEstimate(size, fpcr, a);
            case FRSQRTE -> SimdFloat.reciprocalSqrtEstimate(size, fpcr, a);
            case FRECPX -> SimdFloat.reciprocalExponent(size, fpcr, a);
            case URECPE -> (a & 0x8000_0000L) == 0 ? 0xFFFF_FFFFL
                    : SimdFloat.recipEstimate((int) (a >>> 23)) << 23;
            case URSQRTE -> (a & 0xC000_0000L) == 0 ? 0xFFFF_FFFFL
                    : SimdFloat.recipSqrtEstimate((int) (a >>> 23)) << 23;
            default -> throw new AssertionError(op);
        };
    }

    /** An unsigned 64-bit integer rounded to the nearest double (ties to even). */
    static double unsignedToDouble(long value) {
        if (value >= 0) {
            return value;
        }
        // Halve, keeping the lost bit as a sticky bit so the rounding stays correct, then double.
        return ((value >>> 1) | (value & 1)) * 2.0;
    }

    /** FCVTZU: truncates toward zero, saturating to 0 and 2^bits-1; NaN gives 0. */
    static long doubleToUnsigned(double value, int bits) {
        if (Double.isNaN(value) || value < 1) {
            return 0;
        }
        if (bits == 32) {
            return Math.min((long) value, 0xFFFF_FFFFL);
        }
        if (value >= 0x1p64) {
            return -1L;
        }
        return value >= 0x1p63 ? (long) (value - 0x1p63) + Long.MIN_VALUE : (long) value;
    }

    // ---- across lanes -----------------------------------------------------------------------

    private static void acrossLanes(CpuState cpu, Simd.AcrossLanes a) {
        long[] n = read(cpu, a.rn());
        int size = a.size();
        int count = lanes(a.q(), size);
        if (a.op().ordinal() >= Simd.AcrossLanesOp.FMAXV.ordinal()) {
            // The scalar pairwise forms read two lanes of 32 (q false) or 64 bits.
            int fpCount = a.op().ordinal() >= Simd.AcrossLanesOp.FADDP.ordinal() ? 2 : count;
            writeScalar(cpu, a.rd(), size, fpReduce(cpu.fpcr, a.op(), size, n, 0, fpCount));
            return;
        }
        long result = switch (a.op()) {
            case SADDLV -> {
                long sum = 0;
                for (int i = 0; i < count; i++) {
                    sum += getSigned(n, size, i);
                }
                yield sum;
            }
            case ADDV, UADDLV, ADDP -> {
                long sum = 0;
                for (int i = 0; i < count; i++) {
                    sum += get(n, size, i);
                }
                yield sum;
            }
            case SMAXV, SMINV -> {
                long best = getSigned(n, size, 0);
                for (int i = 1; i < count; i++) {
                    long x = getSigned(n, size, i);
                    best = a.op() == Simd.AcrossLanesOp.SMAXV ? Math.max(best, x) : Math.min(best, x);
                }
                yield best;
            }
            case UMAXV, UMINV -> {
                long best = get(n, size, 0);
                for (int i = 1; i < count; i++) {
                    long x = get(n, size, i);
                    best = a.op() == Simd.AcrossLanesOp.UMAXV ? Math.max(best, x) : Math.min(best, x);
                }
                yield best;
            }
            default -> throw new AssertionError(a.op());
        };
        boolean widening = a.op() == Simd.AcrossLanesOp.SADDLV || a.op() == Simd.AcrossLanesOp.UADDLV;
        writeScalar(cpu, a.rd(), widening ? size + 1 : size, result);
    }

    /** FP reductions pair lanes as a tree (the manual's Reduce), which decides which NaN wins. */
    private static long fpReduce(int fpcr, Simd.AcrossLanesOp op, int size, long[] n, int first,
            int count) {
        if (count == 1) {
            return get(n, size, first);
        }
        long a = fpReduce(fpcr, op, size, n, first, count / 2);
        long b = fpReduce(fpcr, op, size, n, first + count / 2, count / 2);
        return switch (op) {
            case FADDP -> SimdFloat.add(size, fpcr, a, b);
            case FMAXV, FMAXP -> SimdFloat.maxMin(size, fpcr, a, b, true, false);
            case FMINV, FMINP -> SimdFloat.maxMin(size, fpcr, a, b, false, false);
            case FMAXNMV, FMAXNMP -> SimdFloat.maxMin(size, fpcr, a, b, true, true);
            case FMINNMV, FMINNMP -> SimdFloat.maxMin(size, fpcr, a, b, false, true);
            default -> throw new AssertionError(op);
        };
    }

    // ---- shift by immediate -----------------------------------------------------------------

    private static void shiftImm(CpuState cpu, Simd.ShiftImm s) {
        long[] n = read(cpu, s.rn());
        long[] d = read(cpu, s.rd());
        int size = s.size();
        int shift = s.shift();
        long[] r = new long[2];
        switch (s.op()) {
            case SHRN, RSHRN -> {
                int count = 64 / bits(size);
                int part = s.q() ? count : 0;
                r[0] = d[0];
                for (int i = 0; i < count; i++) {
                    long x = get(n, size + 1, i);
                    set(r, size, part + i, s.op() == Simd.ShiftImmOp.RSHRN
                            ? roundingShiftRight(x, shift, false) : shiftRight(x, shift, false));
                }
                write(cpu, s.rd(), r, s.q());
                return;
            }
            case SQSHRN, UQSHRN, SQRSHRN, UQRSHRN, SQSHRUN, SQRSHRUN -> {
                int count = s.scalar() ? 1 : 64 / bits(size);
                int part = s.q() ? count : 0;
                r[0] = s.scalar() ? 0 : d[0];
                boolean unsignedSource = s.op() == Simd.ShiftImmOp.UQSHRN
                        || s.op() == Simd.ShiftImmOp.UQRSHRN;
                boolean unsignedResult = unsignedSource || s.op() == Simd.ShiftImmOp.SQSHRUN
                        || s.op() == Simd.ShiftImmOp.SQRSHRUN;
                boolean round = s.op() == Simd.ShiftImmOp.SQRSHRN || s.op() == Simd.ShiftImmOp.UQRSHRN
                        || s.op() == Simd.ShiftImmOp.SQRSHRUN;
                for (int i = 0; i < count; i++) {
                    BigInteger x = unsignedSource ? unsigned(get(n, size + 1, i))
                            : BigInteger.valueOf(getSigned(n, size + 1, i));
                    BigInteger shifted = roundingShiftBig(x, shift, round);
                    set(r, size, part + i, saturate(cpu, shifted, size, unsignedResult));
                }
                if (s.scalar()) {
                    writeScalar(cpu, s.rd(), size, r[0]);
                } else {
                    write(cpu, s.rd(), r, s.q());
                }
                return;
            }
            case SSHLL, USHLL -> {
                int count = 64 / bits(size);
                int part = s.q() ? count : 0;
                for (int i = 0; i < count; i++) {
                    long x = s.op() == Simd.ShiftImmOp.SSHLL ? getSigned(n, size, part + i)
                            : get(n, size, part + i);
                    set(r, size + 1, i, x << shift);
                }
                write(cpu, s.rd(), r, true);
                return;
            }
            default -> {
                int count = s.scalar() ? 1 : lanes(s.q(), size);
                for (int i = 0; i < count; i++) {
                    set(r, size, i, shiftElement(cpu, s.op(), size, shift, get(n, size, i),
                            get(d, size, i)));
                }
            }
        }
        if (s.scalar()) {
            writeScalar(cpu, s.rd(), size, r[0]);
        } else {
            write(cpu, s.rd(), r, s.q());
        }
    }

    private static long shiftElement(CpuState cpu, Simd.ShiftImmOp op, int size, int shift, long a,
            long d) {
        long sa = signed(a, size);
        long ones = mask(size);
        return switch (op) {
            case SSHR -> shiftRight(sa, shift, true);
            case USHR -> shiftRight(a, shift, false);
            case SSRA -> d + shiftRight(sa, shift, true);
            case USRA -> d + shiftRight(a, shift, false);
            case SRSHR -> roundingShiftRight(sa, shift, true);
            case URSHR -> roundingShiftRight(a, shift, false);
            case SRSRA -> d + roundingShiftRight(sa, shift, true);
            case URSRA -> d + roundingShiftRight(a, shift, false);
            case SRI -> {
                long kept = shiftRight(ones, shift, false);
                yield (d & ~kept) | shiftRight(a, shift, false);
            }
            case SHL -> a << shift;
            case SLI -> (d & ~(ones << shift)) | (a << shift);
            case SQSHL -> saturate(cpu, BigInteger.valueOf(sa).shiftLeft(shift), size, false);
            case SQSHLU -> saturate(cpu, BigInteger.valueOf(sa).shiftLeft(shift), size, true);
            case UQSHL -> saturate(cpu, unsigned(a).shiftLeft(shift), size, true);
            // Fixed point: the decoded right-shift amount is the number of fraction bits.
            case SCVTF -> size == 2 ? Float.floatToRawIntBits(Math.scalb((float) (int) a, -shift))
                    : Double.doubleToRawLongBits(Math.scalb((double) a, -shift));
            case UCVTF -> size == 2 ? Float.floatToRawIntBits(Math.scalb((float) a, -shift))
                    : Double.doubleToRawLongBits(Math.scalb(unsignedToDouble(a), -shift));
            case FCVTZS -> size == 2 ? (int) Math.scalb((double) Float.intBitsToFloat((int) a), shift)
                    : (long) Math.scalb(Double.longBitsToDouble(a), shift);
            case FCVTZU -> doubleToUnsigned(Math.scalb(size == 2 ? Float.intBitsToFloat((int) a)
                    : Double.longBitsToDouble(a), shift), bits(size));
            default -> throw new AssertionError(op);
        };
    }

    // ---- modified immediate, copies, permutes, tables ---------------------------------------

    private static void modifiedImm(CpuState cpu, Simd.ModifiedImm m) {
        long imm = m.imm();
        long[] d = read(cpu, m.rd());
        long[] r = switch (m.op()) {
            case MOVI, FMOV -> new long[] {imm, imm};
            case MVNI -> new long[] {~imm, ~imm};
            case ORR -> new long[] {d[0] | imm, d[1] | imm};
            case BIC -> new long[] {d[0] & ~imm, d[1] & ~imm};
        };
        write(cpu, m.rd(), r, m.q());
    }

    private static void copy(CpuState cpu, Simd.Copy c) {
        long[] n = read(cpu, c.rn());
        int size = c.size();
        switch (c.op()) {
            case DUP_ELEMENT, DUP_GENERAL -> {
                long value = c.op() == Simd.CopyOp.DUP_GENERAL ? cpu.x(c.rn())
                        : get(n, size, c.index());
                long[] r = new long[2];
                for (int i = 0; i < lanes(c.q(), size); i++) {
                    set(r, size, i, value);
                }
                write(cpu, c.rd(), r, c.q());
            }
            case INS_GENERAL, INS_ELEMENT -> {
                long value = c.op() == Simd.CopyOp.INS_GENERAL ? cpu.x(c.rn())
                        : get(n, size, c.index2());
                long[] d = read(cpu, c.rd());
                set(d, size, c.index(), value);
                write(cpu, c.rd(), d, true);
            }
            case UMOV -> cpu.setReg(c.q(), c.rd(), get(n, size, c.index()));
            case SMOV -> cpu.setReg(c.q(), c.rd(), getSigned(n, size, c.index()));
            case DUP_SCALAR -> writeScalar(cpu, c.rd(), size, get(n, size, c.index()));
            default -> throw new AssertionError(c.op());
        }
    }

    private static void permute(CpuState cpu, Simd.Permute p) {
        long[] n = read(cpu, p.rn());
        long[] m = read(cpu, p.rm());
        int size = p.size();
        int count = lanes(p.q(), size);
        int half = count / 2;
        long[] r = new long[2];
        for (int i = 0; i < count; i++) {
            long value = switch (p.op()) {
                // UZP reads the concatenation Vm:Vn at even (UZP1) or odd (UZP2) positions.
                case UZP1, UZP2 -> {
                    int j = 2 * i + (p.op() == Simd.PermuteOp.UZP2 ? 1 : 0);
                    yield j < count ? get(n, size, j) : get(m, size, j - count);
                }
                case TRN1, TRN2 -> {
                    int j = (i & ~1) + (p.op() == Simd.PermuteOp.TRN2 ? 1 : 0);
                    yield (i & 1) == 0 ? get(n, size, j) : get(m, size, j);
                }
                case ZIP1, ZIP2 -> {
                    int j = i / 2 + (p.op() == Simd.PermuteOp.ZIP2 ? half : 0);
                    yield (i & 1) == 0 ? get(n, size, j) : get(m, size, j);
                }
            };
            set(r, size, i, value);
        }
        write(cpu, p.rd(), r, p.q());
    }

    private static void extract(CpuState cpu, Simd.Extract e) {
        long[] n = read(cpu, e.rn());
        long[] m = read(cpu, e.rm());
        int bytes = e.q() ? 16 : 8;
        long[] r = new long[2];
        for (int i = 0; i < bytes; i++) {
            int j = i + e.index();
            set(r, 0, i, j < bytes ? get(n, 0, j) : get(m, 0, j - bytes));
        }
        write(cpu, e.rd(), r, e.q());
    }

    private static void tableLookup(CpuState cpu, Simd.TableLookup t) {
        long[] indices = read(cpu, t.rm());
        long[] d = read(cpu, t.rd());
        long[][] table = new long[t.length()][];
        for (int k = 0; k < t.length(); k++) {
            table[k] = read(cpu, (t.rn() + k) % 32);
        }
        long[] r = new long[2];
        int bytes = t.q() ? 16 : 8;
        for (int i = 0; i < bytes; i++) {
            int index = (int) get(indices, 0, i);
            long value = index < 16 * t.length() ? get(table[index / 16], 0, index % 16)
                    : t.tbx() ? get(d, 0, i) : 0;
            set(r, 0, i, value);
        }
        write(cpu, t.rd(), r, t.q());
    }
}
