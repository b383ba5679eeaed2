package dev.hotarm.translator.a64.fp;

import dev.hotarm.translator.a64.Insn;

/**
 * Scalar floating point: arithmetic, compare, select, conversions, moves, fused multiply-add.
 *
 * <p>Every {@code size} is log2 of the operand's bytes, as in the Advanced SIMD group: 1 = half
 * (H), 2 = single (S), 3 = double (D). The decoder maps the manual's {@code ftype} to it.
 */
public sealed interface FloatingPoint extends Insn {
    /** How a conversion or FRINT rounds; {@code FPCR} means FPCR.RMode decides at run time. */
    enum Rounding {
        TIE_EVEN('n'), PLUS_INFINITY('p'), MINUS_INFINITY('m'), ZERO('z'), TIE_AWAY('a'), FPCR('i');

        /** The letter the mnemonics use (FCVTNS, FRINTP, ...). */
        public final char letter;

        Rounding(char letter) {
            this.letter = letter;
        }

        /** The rounding that FPCR.RMode (bits 23-22) value {@code rmode} selects. */
        public static Rounding ofRMode(int rmode) {
            return switch (rmode & 3) {
                case 0 -> TIE_EVEN;
                case 1 -> PLUS_INFINITY;
                case 2 -> MINUS_INFINITY;
                case 3 -> ZERO;
                default -> throw new AssertionError(rmode);
            };
        }
    }

    enum UnaryOp { FMOV, FABS, FNEG, FSQRT }

    enum BinaryOp { FMUL, FDIV, FADD, FSUB, FMAX, FMIN, FMAXNM, FMINNM, FNMUL }

    /**
     * FMOV between a general-purpose register and an FP register, bits unchanged: {@code top}
     * selects the upper 64 bits of Vn ({@code fmov x0, v1.d[1]}), which leaves the rest of the
     * vector alone when written.
     */
    record FmovGeneral(boolean sf, int size, boolean toFp, boolean top, int rn, int rd)
            implements FloatingPoint {
    }

    /** FCVT{N,P,M,Z,A}{S,U}: FP to integer, or to fixed point when {@code fbits} is not 0. */
    record ConvertToInt(boolean sf, int size, Rounding rounding, boolean unsigned, int fbits,
            int rn, int rd) implements FloatingPoint {
    }

    /** SCVTF/UCVTF: integer (or fixed point with {@code fbits} fraction bits) to FP. */
    record ConvertFromInt(boolean sf, int size, boolean unsigned, int fbits, int rn, int rd)
            implements FloatingPoint {
    }

    /** FMOV (register), FABS, FNEG, FSQRT. */
    record Unary(UnaryOp op, int size, int rn, int rd) implements FloatingPoint {
    }

    /** FCVT between precisions. */
    record Fcvt(int toSize, int fromSize, int rn, int rd) implements FloatingPoint {
    }

    /**
     * FRINT{N,P,M,Z,A,I,X}; {@code exact} is FRINTX (raises Inexact), else FRINTI for FPCR.
     * {@code intBits} 32 or 64 is FRINT32{Z,X}/FRINT64{Z,X}, which also require the result to
     * fit that integer size (0 otherwise).
     */
    record RoundToIntegral(Rounding rounding, boolean exact, int intBits, int size, int rn, int rd)
            implements FloatingPoint {
    }

    /** BFCVT: single to BFloat16 (the top half of a single), into Hd. */
    record Bfcvt(int rn, int rd) implements FloatingPoint {
    }

    /** FJCVTZS: double to 32-bit integer modulo 2^32 (JavaScript's ToInt32), Z = exact. */
    record Fjcvtzs(int rn, int rd) implements FloatingPoint {
    }

    record Binary(BinaryOp op, int size, int rm, int rn, int rd) implements FloatingPoint {
    }

    /**
     * FMADD (Ra + Rn*Rm), FMSUB (Ra - Rn*Rm), FNMADD (-Ra - Rn*Rm), FNMSUB (-Ra + Rn*Rm), rounded
     * once. As in the manual, the negations flip the sign of Ra (o1) and of Rn (o1 != o0) before
     * the fused operation, so a negated NaN operand comes out with its sign flipped.
     */
    record MultiplyAdd(boolean negateAddend, boolean negateProduct, int size, int rm, int ra,
            int rn, int rd) implements FloatingPoint {
    }

    /** FCMP/FCMPE (E: {@code signalling}, any NaN is Invalid), against Rm or #0.0. */
    record Compare(boolean signalling, boolean withZero, int size, int rm, int rn)
            implements FloatingPoint {
    }

    /** FCCMP/FCCMPE: compare if {@code cond} holds, else NZCV = {@code nzcv} (bits 3-0). */
    record CondCompare(boolean signalling, int size, int rm, int cond, int rn, int nzcv)
            implements FloatingPoint {
    }

    record CondSelect(int size, int rm, int cond, int rn, int rd) implements FloatingPoint {
    }

    /** FMOV (scalar, immediate); {@code bits} is VFPExpandImm(imm8) in the operand's format. */
    record FmovImm(int size, long bits, int rd) implements FloatingPoint {
    }
}
