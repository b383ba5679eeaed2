package dev.hotarm.translator.interp;

import static dev.hotarm.translator.interp.FpSupport.isNaN;
import static dev.hotarm.translator.interp.FpSupport.isSignallingNaN;
import static dev.hotarm.translator.interp.FpSupport.mask;
import static dev.hotarm.translator.interp.FpSupport.processNaNs;
import static dev.hotarm.translator.interp.FpSupport.signBit;
import static dev.hotarm.translator.interp.FpSupport.toDouble;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exec.Machine;
import dev.hotarm.translator.a64.fp.FloatingPoint;
import dev.hotarm.translator.a64.fp.FloatingPoint.Rounding;

/**
 * Semantics of scalar floating point. Scalar results write the low bits of Vd and zero the rest
 * of the vector register. The numeric rules (NaNs, rounding, conversions) live in
 * {@link FpSupport}; see there for what is not modelled (FPCR.RMode in arithmetic, FZ).
 */
final class FloatingPointSemantics {
    private FloatingPointSemantics() {
    }

    static long execute(Machine machine, CpuState cpu, FloatingPoint insn, long pc) {
        switch (insn) {
            case FloatingPoint.FmovGeneral f -> fmovGeneral(cpu, f);
            case FloatingPoint.ConvertToInt c -> {
                double x = toDouble(read(cpu, c.rn(), c.size()), c.size());
                // Fixed point: scale by 2^fbits first (exact in double, or infinite, which
                // saturates the same way).
                long result = FpSupport.toInteger(cpu, Math.scalb(x, c.fbits()), c.rounding(),
                        c.unsigned(), c.sf() ? 64 : 32);
                cpu.setReg(c.sf(), c.rd(), result);
            }
            case FloatingPoint.ConvertFromInt c -> write(cpu, c.rd(), c.size(),
                    FpSupport.fromInteger(cpu.x(c.rn()), c.unsigned(), c.sf() ? 64 : 32, c.fbits(),
                            c.size()));
            case FloatingPoint.Unary u -> write(cpu, u.rd(), u.size(), unary(cpu, u));
            case FloatingPoint.Fcvt f -> write(cpu, f.rd(), f.toSize(), FpSupport.convert(cpu,
                    read(cpu, f.rn(), f.fromSize()), f.fromSize(), f.toSize()));
            case FloatingPoint.RoundToIntegral r ->
                write(cpu, r.rd(), r.size(), roundToIntegral(cpu, r));
            case FloatingPoint.Bfcvt b ->
                write(cpu, b.rd(), 1, FpSupport.toBFloat16(cpu, read(cpu, b.rn(), 2)));
            case FloatingPoint.Fjcvtzs f ->
                cpu.setW(f.rd(), FpSupport.fjcvtzs(cpu, read(cpu, f.rn(), 3)));
            case FloatingPoint.Binary b -> write(cpu, b.rd(), b.size(), binary(cpu, b));
            case FloatingPoint.MultiplyAdd m -> write(cpu, m.rd(), m.size(), multiplyAdd(cpu, m));
            case FloatingPoint.Compare c -> cpu.nzcv = compare(cpu, c.size(),
                    read(cpu, c.rn(), c.size()), c.withZero() ? 0 : read(cpu, c.rm(), c.size()),
                    c.signalling());
            case FloatingPoint.CondCompare c -> cpu.nzcv = cpu.conditionHolds(c.cond())
                    ? compare(cpu, c.size(), read(cpu, c.rn(), c.size()),
                            read(cpu, c.rm(), c.size()), c.signalling())
                    : c.nzcv() << 28;
            case FloatingPoint.CondSelect c -> write(cpu, c.rd(), c.size(),
                    read(cpu, cpu.conditionHolds(c.cond()) ? c.rn() : c.rm(), c.size()));
            case FloatingPoint.FmovImm f -> write(cpu, f.rd(), f.size(), f.bits());
        }
        return pc + 4;
    }

    private static long read(CpuState cpu, int n, int size) {
        return cpu.v[2 * n] & mask(size);
    }

    private static void write(CpuState cpu, int d, int size, long bits) {
        cpu.setD(d, bits & mask(size));
    }

    private static void fmovGeneral(CpuState cpu, FloatingPoint.FmovGeneral f) {
        if (f.top()) {
            if (f.toFp()) {
                // Writes only bits 127-64: the low half of Vd is kept.
                cpu.v[2 * f.rd() + 1] = cpu.x(f.rn());
            } else {
                cpu.setX(f.rd(), cpu.v[2 * f.rn() + 1]);
            }
        } else if (f.toFp()) {
            write(cpu, f.rd(), f.size(), cpu.x(f.rn()));
        } else {
            cpu.setReg(f.sf(), f.rd(), read(cpu, f.rn(), f.size()));
        }
    }

    private static long unary(CpuState cpu, FloatingPoint.Unary u) {
        int size = u.size();
        long a = read(cpu, u.rn(), size);
        return switch (u.op()) {
            // FMOV, FABS and FNEG only move or change the sign bit, NaNs included.
            case FMOV -> a;
            case FABS -> a & ~signBit(size);
            case FNEG -> a ^ signBit(size);
            case FSQRT -> isNaN(a, size) ? FpSupport.processNaN(cpu, size, a)
                    : FpSupport.result(cpu, Math.sqrt(toDouble(a, size)), size);
        };
    }

    private static long roundToIntegral(CpuState cpu, FloatingPoint.RoundToIntegral r) {
        int size = r.size();
        long a = read(cpu, r.rn(), size);
        Rounding rounding = r.rounding() == Rounding.FPCR ? FpSupport.fpcrRounding(cpu)
                : r.rounding();
        double x = toDouble(a, size);
        if (r.intBits() != 0) {
            // FPRoundIntN: a NaN, an infinity or a result outside the integer range gives the
            // most negative integer of that size, and Invalid.
            double limit = Math.scalb(1.0, r.intBits() - 1);
            double result = isNaN(a, size) ? Double.NaN : FpSupport.roundToIntegral(x, rounding);
            if (!(result >= -limit && result < limit)) {
                cpu.fpsr |= FpSupport.IOC;
                return FpSupport.fromDouble(-limit, size);
            }
            if (result != x) {
                cpu.fpsr |= FpSupport.IXC;
            }
            return FpSupport.fromDouble(result, size);
        }
        if (isNaN(a, size)) {
            return FpSupport.processNaN(cpu, size, a);
        }
        double result = FpSupport.roundToIntegral(x, rounding);
        if (r.exact() && result != x) {
            cpu.fpsr |= FpSupport.IXC;
        }
        return FpSupport.fromDouble(result, size);
    }

    private static long binary(CpuState cpu, FloatingPoint.Binary b) {
        int size = b.size();
        long n = read(cpu, b.rn(), size);
        long m = read(cpu, b.rm(), size);
        boolean nanN = isNaN(n, size);
        boolean nanM = isNaN(m, size);
        if (nanN != nanM && !isSignallingNaN(n, size) && !isSignallingNaN(m, size)) {
            // FMAXNM/FMINNM: one quiet NaN and a number gives the number.
            switch (b.op()) {
                case FMAXNM, FMINNM -> {
                    return nanN ? m : n;
                }
                default -> {
                }
            }
        }
        if (b.op() == FloatingPoint.BinaryOp.FNMUL) {
            // FNMUL is FPNeg(FPMul): the sign flips after NaN handling, so even a propagated or
            // default NaN comes out negative.
            return fmul(cpu, size, n, m, nanN || nanM) ^ signBit(size);
        }
        if (nanN || nanM) {
            return processNaNs(cpu, size, n, m);
        }
        double x = toDouble(n, size);
        double y = toDouble(m, size);
        if (b.op() == FloatingPoint.BinaryOp.FDIV && y == 0 && x != 0 && !Double.isInfinite(x)) {
            cpu.fpsr |= FpSupport.DZC;
        }
        double r = switch (b.op()) {
            case FMUL -> x * y;
            case FDIV -> x / y;
            case FADD -> x + y;
            case FSUB -> x - y;
            // Math.max/min order -0.0 below +0.0, as FPMax and FPMin do.
            case FMAX, FMAXNM -> Math.max(x, y);
            case FMIN, FMINNM -> Math.min(x, y);
            case FNMUL -> throw new AssertionError("handled above");
        };
        return FpSupport.result(cpu, r, size);
    }

    private static long fmul(CpuState cpu, int size, long n, long m, boolean anyNaN) {
        return anyNaN ? processNaNs(cpu, size, n, m)
                : FpSupport.result(cpu, toDouble(n, size) * toDouble(m, size), size);
    }

    private static long multiplyAdd(CpuState cpu, FloatingPoint.MultiplyAdd m) {
        int size = m.size();
        long a = read(cpu, m.ra(), size) ^ (m.negateAddend() ? signBit(size) : 0);
        long n = read(cpu, m.rn(), size) ^ (m.negateProduct() ? signBit(size) : 0);
        long b = read(cpu, m.rm(), size);
        if (isNaN(a, size) || isNaN(n, size) || isNaN(b, size)) {
            double x = toDouble(n, size);
            double y = toDouble(b, size);
            // A quiet NaN addend with an Invalid product (0 * inf) still gives the default NaN.
            if (!isSignallingNaN(a, size) && isNaN(a, size)
                    && (x == 0 && Double.isInfinite(y) || Double.isInfinite(x) && y == 0)) {
                cpu.fpsr |= FpSupport.IOC;
                return FpSupport.defaultNaN(size);
            }
            return processNaNs(cpu, size, a, n, b);
        }
        double r = switch (size) {
            case 2 -> Math.fma(Float.intBitsToFloat((int) n), Float.intBitsToFloat((int) b),
                    Float.intBitsToFloat((int) a));
            case 3 -> Math.fma(toDouble(n, size), toDouble(b, size), toDouble(a, size));
            // Half: the product is exact in double, and the double sum can only be inexact
            // when the product is far below the addend's half ulp, too far to reach a half
            // rounding boundary, so rounding the double to half rounds the exact value.
            case 1 -> Math.fma(toDouble(n, size), toDouble(b, size), toDouble(a, size));
            default -> throw new AssertionError(size);
        };
        return FpSupport.result(cpu, r, size);
    }

    /** FPCompare: NZCV 0110 equal, 1000 less, 0010 greater, 0011 unordered (bits 31-28). */
    private static int compare(CpuState cpu, int size, long a, long b, boolean signalling) {
        if (isNaN(a, size) || isNaN(b, size)) {
            if (signalling || isSignallingNaN(a, size) || isSignallingNaN(b, size)) {
                cpu.fpsr |= FpSupport.IOC;
            }
            return 0b0011 << 28;
        }
        double x = toDouble(a, size);
        double y = toDouble(b, size);
        return (x == y ? 0b0110 : x < y ? 0b1000 : 0b0010) << 28;
    }
}
