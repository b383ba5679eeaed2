package dev.hotarm.translator.interp;

/**
 * Floating-point lane arithmetic for Advanced SIMD, on raw lane bits: {@code size} 2 is single
 * precision, 3 double. NaN operands are handled as the manual's FPProcessNaNs does (a signalling
 * NaN before a quiet one, then operand order; the result is quieted), and a NaN produced by an
 * invalid operation is the default NaN, which Java's hardware NaN on x86 is not.
 *
 * <p>Known shortcomings: FPCR.RMode and FPCR.FZ are ignored (round to nearest even, denormals
 * kept) and no FPSR exception flag is set; FPCR.DN is honoured. No guest we run changes them.
 */
final class SimdFloat {
    private SimdFloat() {
    }

    /** FPCR.DN: NaN results are the default NaN. */
    static final int FPCR_DN = 1 << 25;

    static boolean isNaN(int size, long bits) {
        return size == 2 ? Float.isNaN(Float.intBitsToFloat((int) bits))
                : Double.isNaN(Double.longBitsToDouble(bits));
    }

    private static boolean isSignalling(int size, long bits) {
        return isNaN(size, bits) && (bits & quietBit(size)) == 0;
    }

    private static long quietBit(int size) {
        return size == 2 ? 1L << 22 : 1L << 51;
    }

    static long defaultNaN(int size) {
        return size == 2 ? 0x7fc0_0000L : 0x7ff8_0000_0000_0000L;
    }

    private static long quiet(int size, long bits, int fpcr) {
        if ((fpcr & FPCR_DN) != 0) {
            return defaultNaN(size);
        }
        return (bits | quietBit(size)) & SimdLanes.mask(size);
    }

    /** The NaN result for these operands (in priority order), or null when none is a NaN. */
    static Long processNaNs(int size, int fpcr, long... operands) {
        for (long op : operands) {
            if (isSignalling(size, op)) {
                return quiet(size, op, fpcr);
            }
        }
        for (long op : operands) {
            if (isNaN(size, op)) {
                return quiet(size, op, fpcr);
            }
        }
        return null;
    }

    static double value(int size, long bits) {
        return size == 2 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
    }

    /** Rounds {@code value} to the lane's precision; an invalid-operation NaN becomes default. */
    static long bits(int size, double value) {
        if (Double.isNaN(value)) {
            return defaultNaN(size);
        }
        return size == 2 ? Float.floatToRawIntBits((float) value) & 0xFFFF_FFFFL
                : Double.doubleToRawLongBits(value);
    }

    /** Single-precision results computed in double and rounded once are exact for + - * / sqrt. */
    static long add(int size, int fpcr, long a, long b) {
        Long nan = processNaNs(size, fpcr, a, b);
        return nan != null ? nan : bits(size, value(size, a) + value(size, b));
    }

    static long sub(int size, int fpcr, long a, long b) {
        Long nan = processNaNs(size, fpcr, a, b);
        return nan != null ? nan : bits(size, value(size, a) - value(size, b));
    }

    static long mul(int size, int fpcr, long a, long b) {
        Long nan = processNaNs(size, fpcr, a, b);
        return nan != null ? nan : bits(size, value(size, a) * value(size, b));
    }

    /** FMULX: as FMUL, except that infinity times zero is 2.0 with the product's sign. */
    static long mulx(int size, int fpcr, long a, long b) {
        Long nan = processNaNs(size, fpcr, a, b);
        if (nan != null) {
            return nan;
        }
        double x = value(size, a);
        double y = value(size, b);
        if (Double.isInfinite(x) && y == 0 || x == 0 && Double.isInfinite(y)) {
            return bits(size, Math.copySign(2.0, x) * Math.copySign(1.0, y));
        }
        return bits(size, x * y);
    }

    static long div(int size, int fpcr, long a, long b) {
        Long nan = processNaNs(size, fpcr, a, b);
        return nan != null ? nan : bits(size, value(size, a) / value(size, b));
    }

    static long sqrt(int size, int fpcr, long a) {
        Long nan = processNaNs(size, fpcr, a);
        return nan != null ? nan : bits(size, Math.sqrt(value(size, a)));
    }

    /** Fused {@code addend + a * b} (FMLA; FMLS negates {@code a} first). */
    static long mulAdd(int size, int fpcr, long addend, long a, long b) {
        double x = value(size, a);
        double y = value(size, b);
        boolean invalidProduct = Double.isInfinite(x) && y == 0 || x == 0 && Double.isInfinite(y);
        if (invalidProduct && isNaN(size, addend) && !isSignalling(size, addend)) {
            return defaultNaN(size);
        }
        Long nan = processNaNs(size, fpcr, addend, a, b);
        if (nan != null) {
            return nan;
        }
        if (size == 2) {
            return bits(2, Math.fma((float) x, (float) y, (float) value(2, addend)));
        }
        return bits(3, Math.fma(x, y, value(3, addend)));
    }

    static long negate(int size, long a) {
        return a ^ (1L << (SimdLanes.bits(size) - 1));
    }

    static long abs(int size, long a) {
        return a & ~(1L << (SimdLanes.bits(size) - 1));
    }

    /** FMAX/FMIN; with {@code numeric} (FMAXNM/FMINNM) a quiet NaN loses to a number. */
    static long maxMin(int size, int fpcr, long a, long b, boolean max, boolean numeric) {
        if (numeric) {
            boolean qa = isNaN(size, a) && !isSignalling(size, a);
            boolean qb = isNaN(size, b) && !isSignalling(size, b);
            if (qa && !isNaN(size, b)) {
                a = b;
            } else if (qb && !isNaN(size, a)) {
                b = a;
            }
        }
        Long nan = processNaNs(size, fpcr, a, b);
        if (nan != null) {
            return nan;
        }
        double x = value(size, a);
        double y = value(size, b);
        // Math.max and Math.min order -0.0 below +0.0, as FPMax and FPMin do.
        return bits(size, max ? Math.max(x, y) : Math.min(x, y));
    }

    /** FRECPS {@code 2 - a*b} and FRSQRTS {@code (3 - a*b) / 2}, fused, with inf*0 exact. */
    static long reciprocalStep(int size, int fpcr, long a, long b, boolean sqrt) {
        // The manual negates the first operand before looking at NaNs, so a NaN there flips sign.
        Long nan = processNaNs(size, fpcr, negate(size, a), b);
        if (nan != null) {
            return nan;
        }
        double x = value(size, a);
        double y = value(size, b);
        if (Double.isInfinite(x) && y == 0 || x == 0 && Double.isInfinite(y)) {
            return bits(size, sqrt ? 1.5 : 2.0);
        }
        if (sqrt) {
            // (3 - x*y) / 2 is rounded once, so halve an operand exactly rather than the result,
            // which could overflow first; one of them is normal unless the product is tiny.
            boolean halveX = Math.abs(x) >= (size == 2 ? 0x1p-125 : 0x1p-1021);
            boolean halveY = !halveX && Math.abs(y) >= (size == 2 ? 0x1p-125 : 0x1p-1021);
            if (halveX || halveY) {
                x = halveX ? x / 2 : x;
                y = halveY ? y / 2 : y;
                return size == 2 ? bits(2, Math.fma(-(float) x, (float) y, 1.5f))
                        : bits(3, Math.fma(-x, y, 1.5));
            }
            return size == 2 ? bits(2, Math.fma(-(float) x, (float) y, 3.0f) / 2)
                    : bits(3, Math.fma(-x, y, 3.0) / 2);
        }
        return size == 2 ? bits(2, Math.fma(-(float) x, (float) y, 2.0f))
                : bits(3, Math.fma(-x, y, 2.0));
    }

    /** FCMEQ/FCMGE/FCMGT (and FACGE/FACGT on absolute values): all ones when true. */
    static long compare(int size, long a, long b, int kind, boolean absolute) {
        double x = value(size, a);
        double y = value(size, b);
        if (absolute) {
            x = Math.abs(x);
            y = Math.abs(y);
        }
        boolean result = switch (kind) {
            case 0 -> x == y;
            case 1 -> x >= y;
            case 2 -> x > y;
            case 3 -> x <= y;
            case 4 -> x < y;
            default -> throw new AssertionError(kind);
        };
        return result ? SimdLanes.mask(size) : 0;
    }

    /** FRINT*: rounds to an integral value; {@code mode} 0 nearest even, 1 toward +inf, 2 toward
     * -inf, 3 toward zero, 4 nearest with ties away from zero. */
    static long roundToIntegral(int size, int fpcr, long a, int mode) {
        Long nan = processNaNs(size, fpcr, a);
        if (nan != null) {
            return nan;
        }
        return bits(size, round(value(size, a), mode));
    }

    static double round(double x, int mode) {
        if (Double.isInfinite(x)) {
            return x;
        }
        return switch (mode) {
            case 0 -> Math.rint(x);
            case 1 -> Math.ceil(x);
            case 2 -> Math.floor(x);
            case 3 -> x < 0 ? Math.ceil(x) : Math.floor(x);
            case 4 -> {
                double magnitude = Math.abs(x);
                double whole = Math.floor(magnitude);
                yield Math.copySign(magnitude - whole >= 0.5 ? whole + 1 : whole, x);
            }
            default -> throw new AssertionError(mode);
        };
    }

    /** FCVT{N,P,M,Z,A}{S,U}: rounds by {@code mode} then converts, saturating; NaN gives 0. */
    static long toInteger(int size, long a, int mode, boolean unsigned) {
        double x = value(size, a);
        if (Double.isNaN(x)) {
            return 0;
        }
        double r = round(x, mode);
        int bits = SimdLanes.bits(size);
        if (unsigned) {
            return SimdSemantics.doubleToUnsigned(r, bits);
        }
        return bits == 32 ? (long) (int) Math.max(Math.min(r, Integer.MAX_VALUE), Integer.MIN_VALUE)
                : (long) r;
    }

    // ---- estimates (the manual's RecipEstimate and RecipSqrtEstimate, 8-bit precision) -------

    /** RecipEstimate: {@code a} from 256 to 511 is 0.5 <= a/512 < 1.0; returns 256..511. */
    static long recipEstimate(int a) {
        int b = (1 << 19) / (a * 2 + 1);
        return (b + 1) / 2;
    }

    /** RecipSqrtEstimate: {@code a} from 128 to 511 is 0.25 <= a/512 < 1.0; returns 256..511. */
    static long recipSqrtEstimate(int a) {
        long x = a < 256 ? a * 2L + 1 : ((a >> 1) << 1) + 1 << 1;
        long b = 512;
        while (x * (b + 1) * (b + 1) < 1L << 28) {
            b++;
        }
        return (b + 1) / 2;
    }

    private static int exponentBits(int size) {
        return size == 2 ? 8 : 11;
    }

    /** The fraction left-aligned in 52 bits, as the manual's estimate functions see it. */
    private static long fraction52(int size, long bits) {
        return size == 2 ? (bits & 0x7f_ffffL) << 29 : bits & 0xf_ffff_ffff_ffffL;
    }

    private static long assemble(int size, long sign, long exponent, long fraction52) {
        int fractionBits = size == 2 ? 23 : 52;
        return sign << (fractionBits + exponentBits(size)) | exponent << fractionBits
                | fraction52 >>> (52 - fractionBits);
    }

    private static long infinity(int size, long sign) {
        return assemble(size, sign, (1L << exponentBits(size)) - 1, 0);
    }

    /** FRECPE: about 1/x to 8 bits, with the manual's handling of zeros, infinities and tiny x. */
    static long reciprocalEstimate(int size, int fpcr, long a) {
        Long nan = processNaNs(size, fpcr, a);
        if (nan != null) {
            return nan;
        }
        long sign = a >>> (SimdLanes.bits(size) - 1) & 1;
        double x = value(size, a);
        if (Double.isInfinite(x)) {
            return sign << (SimdLanes.bits(size) - 1);
        }
        if (x == 0 || Math.abs(x) < (size == 2 ? 0x1p-128 : 0x1p-1024)) {
            return infinity(size, sign); // the overflowing result rounds to infinity when nearest
        }
        int fractionBits = size == 2 ? 23 : 52;
        long exponent = (a >>> fractionBits) & ((1L << exponentBits(size)) - 1);
        long fraction = fraction52(size, a);
        if (exponent == 0) {
            if ((fraction >>> 51 & 1) == 0) {
                exponent = -1;
                fraction = (fraction << 2) & 0xf_ffff_ffff_ffffL;
            } else {
                fraction = (fraction << 1) & 0xf_ffff_ffff_ffffL;
            }
        }
        int scaled = (int) (0x100 | fraction >>> 44);
        long resultExponent = (size == 2 ? 253 : 2045) - exponent;
        long estimate = recipEstimate(scaled);
        fraction = (estimate & 0xff) << 44;
        if (resultExponent == 0) {
            fraction = 1L << 51 | fraction >>> 1;
        } else if (resultExponent == -1) {
            fraction = 1L << 50 | fraction >>> 2;
            resultExponent = 0;
        }
        return assemble(size, sign, resultExponent, fraction);
    }

    /** FRSQRTE: about 1/sqrt(x) to 8 bits; a negative non-zero x gives the default NaN. */
    static long reciprocalSqrtEstimate(int size, int fpcr, long a) {
        Long nan = processNaNs(size, fpcr, a);
        if (nan != null) {
            return nan;
        }
        long sign = a >>> (SimdLanes.bits(size) - 1) & 1;
        double x = value(size, a);
        if (x == 0) {
            return infinity(size, sign);
        }
        if (sign == 1) {
            return defaultNaN(size);
        }
        if (Double.isInfinite(x)) {
            return 0;
        }
        int fractionBits = size == 2 ? 23 : 52;
        long exponent = (a >>> fractionBits) & ((1L << exponentBits(size)) - 1);
        long fraction = fraction52(size, a);
        if (exponent == 0) {
            while ((fraction >>> 51 & 1) == 0) {
                fraction = (fraction << 1) & 0xf_ffff_ffff_ffffL;
                exponent--;
            }
            fraction = (fraction << 1) & 0xf_ffff_ffff_ffffL;
        }
        int scaled = (exponent & 1) == 0 ? (int) (0x100 | fraction >>> 44) : (int) (0x80 | fraction >>> 45);
        long resultExponent = Math.floorDiv((size == 2 ? 380 : 3068) - exponent, 2);
        long estimate = recipSqrtEstimate(scaled);
        return assemble(size, 0, resultExponent, (estimate & 0xff) << 44);
    }

    /** FRECPX: the sign, the inverted exponent and a zero fraction (the largest for zero). */
    static long reciprocalExponent(int size, int fpcr, long a) {
        Long nan = processNaNs(size, fpcr, a);
        if (nan != null) {
            return nan;
        }
        int fractionBits = size == 2 ? 23 : 52;
        long exponentMask = (1L << exponentBits(size)) - 1;
        long sign = a >>> (SimdLanes.bits(size) - 1) & 1;
        long exponent = (a >>> fractionBits) & exponentMask;
        long result = exponent == 0 ? exponentMask - 1 : ~exponent & exponentMask;
        return assemble(size, sign, result, 0);
    }
}
