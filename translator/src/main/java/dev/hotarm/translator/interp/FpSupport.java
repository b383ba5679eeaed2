package dev.hotarm.translator.interp;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.translator.a64.fp.FloatingPoint.Rounding;

/**
 * Floating-point rules shared by the scalar FP semantics (and open to Advanced SIMD): NaN
 * propagation and FPCR.DN, rounding to integral in every mode, saturating conversions, and
 * rounding to half precision. Values travel as raw bits of {@code size} (1 = H, 2 = S, 3 = D);
 * NaN operands are always handled here on the bits, because Java arithmetic keeps no promise
 * about NaN payloads or signs.
 *
 * <p>Every H, S and D value is exactly a double, so operations compute in double and round once
 * to the operand's format. For add, subtract, multiply, divide and square root that second
 * rounding is harmless, since double carries more than 2p+2 bits of a single or half.
 *
 * <p>Known shortcomings: arithmetic, FCVT and SCVTF/UCVTF always round to nearest-even
 * (FPCR.RMode is honoured only by FRINTX, FRINTI, FRINT32X and FRINT64X, which are defined by it);
 * FPCR.FZ/FZ16 flush-to-zero and FPCR.AH are not implemented; FPSR gets IOC (invalid), DZC
 * (divide by zero) and, only for FP-to-integer conversions, FRINTX/FRINT32/FRINT64 and FJCVTZS,
 * IXC; OFC, UFC and IDC are never set; floating-point exceptions never trap (FPCR trap enables
 * are ignored, as on most cores). Wide fixed-point SCVTF/UCVTF to half can round twice.
 */
final class FpSupport {
    private FpSupport() {
    }

    /** FPSR cumulative flags. */
    static final int IOC = 1, DZC = 1 << 1, IXC = 1 << 4;
    /** FPCR.DN: NaN results are the default NaN. */
    static final int FPCR_DN = 1 << 25;

    static long mask(int size) {
        return size == 3 ? -1L : (1L << (8 << size)) - 1;
    }

    static long signBit(int size) {
        return 1L << ((8 << size) - 1);
    }

    private static long exponentOnes(int size) {
        return switch (size) {
            case 1 -> 0x7C00L;
            case 2 -> 0x7F80_0000L;
            case 3 -> 0x7FF0_0000_0000_0000L;
            default -> throw new AssertionError(size);
        };
    }

    /** The most significant fraction bit, set in quiet NaNs. */
    private static long quietBit(int size) {
        return switch (size) {
            case 1 -> 0x0200L;
            case 2 -> 0x0040_0000L;
            case 3 -> 0x0008_0000_0000_0000L;
            default -> throw new AssertionError(size);
        };
    }

    static boolean isNaN(long bits, int size) {
        return (bits & mask(size) & ~signBit(size)) > exponentOnes(size);
    }

    static boolean isSignallingNaN(long bits, int size) {
        return isNaN(bits, size) && (bits & quietBit(size)) == 0;
    }

    /** FPDefaultNaN: positive, quiet, fraction zero below the quiet bit. */
    static long defaultNaN(int size) {
        return exponentOnes(size) | quietBit(size);
    }

    /** The value of {@code bits}, exact; NaNs become a Java NaN without their payload. */
    static double toDouble(long bits, int size) {
        return switch (size) {
            case 1 -> Float.float16ToFloat((short) bits);
            case 2 -> Float.intBitsToFloat((int) bits);
            case 3 -> Double.longBitsToDouble(bits);
            default -> throw new AssertionError(size);
        };
    }

    /** {@code value} rounded to nearest-even in the format of {@code size}; NaN: default NaN. */
    static long fromDouble(double value, int size) {
        if (Double.isNaN(value)) {
            return defaultNaN(size);
        }
        return switch (size) {
            case 1 -> doubleToHalf(value);
            case 2 -> Float.floatToRawIntBits((float) value) & 0xFFFF_FFFFL;
            case 3 -> Double.doubleToRawLongBits(value);
            default -> throw new AssertionError(size);
        };
    }

    /**
     * Rounds a double to half precision (nearest-even) in one step; going through float would
     * round twice. The value is cut at the half's quantum (2^(e-10), no finer than the smallest
     * subnormal 2^-24), which scaling by a power of two does exactly.
     */
    private static long doubleToHalf(double value) {
        long sign = Double.doubleToRawLongBits(value) < 0 ? 0x8000L : 0;
        double a = Math.abs(value);
        if (a == 0) {
            return sign;
        }
        double quantum = Math.scalb(1.0, Math.max(Math.getExponent(a) - 10, -24));
        double rounded = Math.rint(a / quantum) * quantum;
        if (rounded > 65504.0) {
            return sign | 0x7C00L;
        }
        return sign | (Float.floatToFloat16((float) rounded) & 0xFFFFL);
    }

    /** FPProcessNaN: the NaN quieted (Invalid if signalling), or the default NaN under DN. */
    static long processNaN(CpuState cpu, int size, long nan) {
        if (isSignallingNaN(nan, size)) {
            cpu.fpsr |= IOC;
        }
        return (cpu.fpcr & FPCR_DN) != 0 ? defaultNaN(size) : (nan | quietBit(size)) & mask(size);
    }

    /**
     * FPProcessNaNs for operands of which at least one is a NaN: the first signalling NaN wins,
     * else the first quiet one.
     */
    static long processNaNs(CpuState cpu, int size, long a, long b) {
        if (isSignallingNaN(a, size)) {
            return processNaN(cpu, size, a);
        }
        if (isSignallingNaN(b, size)) {
            return processNaN(cpu, size, b);
        }
        return processNaN(cpu, size, isNaN(a, size) ? a : b);
    }

    /** FPProcessNaNs3, in the operand order the caller gives (for FMADD: Ra, Rn, Rm). */
    static long processNaNs(CpuState cpu, int size, long a, long b, long c) {
        for (long op : new long[] {a, b, c}) {
            if (isSignallingNaN(op, size)) {
                return processNaN(cpu, size, op);
            }
        }
        return processNaN(cpu, size, isNaN(a, size) ? a : isNaN(b, size) ? b : c);
    }

    /** A result computed from non-NaN operands: a Java NaN there means an Invalid operation. */
    static long result(CpuState cpu, double value, int size) {
        if (Double.isNaN(value)) {
            cpu.fpsr |= IOC;
            return defaultNaN(size);
        }
        return fromDouble(value, size);
    }

    /** The rounding FPCR.RMode selects (FRINTI, FRINTX). */
    static Rounding fpcrRounding(CpuState cpu) {
        return Rounding.ofRMode(cpu.fpcr >>> 22);
    }

    /** FPRoundInt on a non-NaN value; infinities and zeros come back unchanged. */
    static double roundToIntegral(double x, Rounding rounding) {
        return switch (rounding) {
            case TIE_EVEN -> Math.rint(x);
            case PLUS_INFINITY -> Math.ceil(x);
            case MINUS_INFINITY -> Math.floor(x);
            case ZERO -> truncate(x);
            case TIE_AWAY -> {
                double t = truncate(x);
                // x - t is exact (it only drops the integer bits), so the tie test is exact too.
                yield Math.abs(x - t) >= 0.5 ? t + Math.copySign(1.0, x) : t;
            }
            case FPCR -> throw new AssertionError("resolve FPCR rounding first");
        };
    }

    private static double truncate(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    /**
     * FPToFixed: rounds and saturates to a signed or unsigned integer of {@code bits} (32 or
     * 64); NaN gives 0. Out-of-range and NaN inputs set IOC, inexact ones IXC.
     */
    static long toInteger(CpuState cpu, double x, Rounding rounding, boolean unsigned, int bits) {
        if (Double.isNaN(x)) {
            cpu.fpsr |= IOC;
            return 0;
        }
        double r = roundToIntegral(x, rounding);
        double limit = Math.scalb(1.0, unsigned ? bits : bits - 1);
        double low = unsigned ? 0 : -limit;
        if (r >= limit) {
            cpu.fpsr |= IOC;
            return unsigned ? (bits == 64 ? -1L : (1L << bits) - 1)
                    : (bits == 64 ? Long.MAX_VALUE : Integer.MAX_VALUE);
        }
        if (r < low) {
            cpu.fpsr |= IOC;
            return unsigned ? 0 : (bits == 64 ? Long.MIN_VALUE : Integer.MIN_VALUE);
        }
        if (r != x) {
            cpu.fpsr |= IXC;
        }
        // r is integral and in range; only unsigned values of 2^63 and above need the offset.
        return r >= 0x1p63 ? (long) (r - 0x1p63) + Long.MIN_VALUE : (long) r;
    }

    /**
     * BFCVT: a single rounded to nearest-even at bit 16, keeping its top half; NaNs are quieted
     * (or the default NaN under DN) and keep the top of their payload.
     */
    static long toBFloat16(CpuState cpu, long single) {
        if (isNaN(single, 2)) {
            return (processNaN(cpu, 2, single) >>> 16) & 0xFFFF;
        }
        // Adding 0x7FFF plus the lowest kept bit rounds to nearest-even in one carry; a carry
        // out of the largest finite value gives infinity, as it should.
        long rounded = single + 0x7FFF + (single >>> 16 & 1);
        return (rounded >>> 16) & 0xFFFF;
    }

    /**
     * FJCVTZS: truncates a double and keeps its value modulo 2^32 (NaN and infinities give 0).
     * NZCV becomes 0Z00, Z set when the conversion was exact and in the int range (not for
     * -0.0). Out of range sets IOC, else inexact sets IXC.
     */
    static int fjcvtzs(CpuState cpu, long bits) {
        double x = Double.longBitsToDouble(bits);
        cpu.nzcv = 0;
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            cpu.fpsr |= IOC;
            return 0;
        }
        double t = roundToIntegral(x, Rounding.ZERO);
        long low;
        if (Math.abs(t) < 0x1p63) {
            low = (long) t;
        } else {
            // |t| >= 2^63: t is its 53-bit significand shifted left by at least 11 bits, and
            // only the low 32 bits of that product count.
            int shift = Math.getExponent(t) - 52;
            long significand = (bits & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L;
            low = shift >= 32 ? 0 : significand << shift;
            low = t < 0 ? -low : low;
        }
        if (t >= 0x1p31 || t < -0x1p31) {
            cpu.fpsr |= IOC;
        } else if (t != x) {
            cpu.fpsr |= IXC;
        } else if (bits != Long.MIN_VALUE) {
            cpu.nzcv = CpuState.Z;
        }
        return (int) low;
    }

    /**
     * FixedToFP, rounding to nearest-even: {@code value} is a signed or unsigned integer (of
     * which only the low 32 bits count if {@code bits} is 32) with {@code fbits} fraction bits.
     */
    static long fromInteger(long value, boolean unsigned, int bits, int fbits, int size) {
        long v = bits == 32 ? (unsigned ? value & 0xFFFF_FFFFL : (int) value) : value;
        boolean huge = unsigned && v < 0;
        // An unsigned value of 2^63 or more is halved with its low bit kept as a sticky bit, so
        // the one rounding is still correct, then doubled back exactly.
        long half = huge ? (v >>> 1) | (v & 1) : v;
        int scale = (huge ? 1 : 0) - fbits;
        if (size == 2) {
            float f = Math.scalb((float) half, scale);
            return Float.floatToRawIntBits(f) & 0xFFFF_FFFFL;
        }
        // For H the double is exact whenever the half result is finite (|v| < 2^53 or fbits 0),
        // except for wide fixed-point inputs, which could round twice: no guest we run has them.
        return fromDouble(Math.scalb((double) half, scale), size);
    }

    /**
     * FCVT between precisions: NaNs keep sign and the top of their payload (quieted, or the
     * default NaN under DN); numbers round to nearest-even.
     */
    static long convert(CpuState cpu, long bits, int from, int to) {
        if (isNaN(bits, from)) {
            if (isSignallingNaN(bits, from)) {
                cpu.fpsr |= IOC;
            }
            if ((cpu.fpcr & FPCR_DN) != 0) {
                return defaultNaN(to);
            }
            int fromFraction = fractionBits(from);
            int toFraction = fractionBits(to);
            long fraction = bits & ((1L << fromFraction) - 1);
            fraction = toFraction >= fromFraction ? fraction << (toFraction - fromFraction)
                    : fraction >>> (fromFraction - toFraction);
            long sign = (bits & signBit(from)) != 0 ? signBit(to) : 0;
            return sign | exponentOnes(to) | quietBit(to) | fraction;
        }
        return fromDouble(toDouble(bits, from), to);
    }

    private static int fractionBits(int size) {
        return switch (size) {
            case 1 -> 10;
            case 2 -> 23;
            case 3 -> 52;
            default -> throw new AssertionError(size);
        };
    }
}
