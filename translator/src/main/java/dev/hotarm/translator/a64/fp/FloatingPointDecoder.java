package dev.hotarm.translator.a64.fp;

import static dev.hotarm.translator.a64.Bits.bit;
import static dev.hotarm.translator.a64.Bits.field;

import dev.hotarm.translator.a64.DecodeTable;
import dev.hotarm.translator.a64.Insn;
import dev.hotarm.translator.a64.fp.FloatingPoint.BinaryOp;
import dev.hotarm.translator.a64.fp.FloatingPoint.Rounding;
import dev.hotarm.translator.a64.fp.FloatingPoint.UnaryOp;

/**
 * Decode table for the scalar floating-point part of "Data Processing -- Scalar FP and SIMD".
 * Field letters: s (sf), t (ftype), r (rmode), o (opcode), c (scale or cond), m (Rm), a (Ra),
 * n (Rn), d (Rd), i (imm8), z (nzcv), e (the E bit of FCCMPE), p (opcode2), x (o0/o1).
 *
 * <p>A row returns null for reserved combinations (ftype 10, the S bit, bad sf/ftype pairs), so
 * the word decodes as unallocated.
 */
public final class FloatingPointDecoder {
    private FloatingPointDecoder() {
    }

    private static final DecodeTable TABLE = new DecodeTable()
            .add("s 0 0 11110 tt 0 rr ooo cccccc nnnnn ddddd", "FP <-> fixed point",
                    FloatingPointDecoder::fixedPoint)
            .add("s 0 0 11110 tt 1 rr ooo 000000 nnnnn ddddd", "FP <-> integer",
                    FloatingPointDecoder::integer)
            .add("0 0 0 11110 tt 1 oooooo 10000 nnnnn ddddd", "FP data-processing (1 source)",
                    FloatingPointDecoder::oneSource)
            .add("0 0 0 11110 tt 1 mmmmm 00 1000 nnnnn ppppp", "FCMP/FCMPE",
                    FloatingPointDecoder::compare)
            .add("0 0 0 11110 tt 1 iiiiiiii 100 00000 ddddd", "FMOV (immediate)",
                    FloatingPointDecoder::fmovImm)
            .add("0 0 0 11110 tt 1 mmmmm cccc 01 nnnnn e zzzz", "FCCMP/FCCMPE",
                    w -> size(w) < 0 ? null : new FloatingPoint.CondCompare(bit(w, 4), size(w),
                            field(w, 20, 16), field(w, 15, 12), field(w, 9, 5), field(w, 3, 0)))
            .add("0 0 0 11110 tt 1 mmmmm oooo 10 nnnnn ddddd", "FP data-processing (2 source)",
                    FloatingPointDecoder::twoSource)
            .add("0 0 0 11110 tt 1 mmmmm cccc 11 nnnnn ddddd", "FCSEL",
                    w -> size(w) < 0 ? null : new FloatingPoint.CondSelect(size(w),
                            field(w, 20, 16), field(w, 15, 12), field(w, 9, 5), field(w, 4, 0)))
            .add("0 0 0 11111 tt x mmmmm x aaaaa nnnnn ddddd", "FMADD/FMSUB/FNMADD/FNMSUB",
                    w -> size(w) < 0 ? null : new FloatingPoint.MultiplyAdd(bit(w, 21),
                            bit(w, 21) != bit(w, 15), size(w), field(w, 20, 16), field(w, 14, 10),
                            field(w, 9, 5), field(w, 4, 0)));

    public static Insn decode(int word) {
        return TABLE.decode(word);
    }

    /** ftype as an operand size: 00 single, 01 double, 11 half; 10 (reserved) gives -1. */
    private static int size(int word) {
        return switch (field(word, 23, 22)) {
            case 0 -> 2;
            case 1 -> 3;
            case 3 -> 1;
            default -> -1;
        };
    }

    private static Insn fixedPoint(int w) {
        boolean sf = bit(w, 31);
        int size = size(w);
        int scale = field(w, 15, 10);
        int rmodeOpcode = field(w, 20, 16);
        // A 32-bit integer has at most 32 fraction bits: scale below 32 is reserved for sf 0.
        if (size < 0 || (!sf && scale < 32)) {
            return null;
        }
        int fbits = 64 - scale;
        int rn = field(w, 9, 5);
        int rd = field(w, 4, 0);
        return switch (rmodeOpcode) {
            case 0b00010, 0b00011 ->
                new FloatingPoint.ConvertFromInt(sf, size, rmodeOpcode == 0b00011, fbits, rn, rd);
            case 0b11000, 0b11001 -> new FloatingPoint.ConvertToInt(sf, size, Rounding.ZERO,
                    rmodeOpcode == 0b11001, fbits, rn, rd);
            default -> null;
        };
    }

    private static Insn integer(int w) {
        boolean sf = bit(w, 31);
        int ftype = field(w, 23, 22);
        int rmode = field(w, 20, 19);
        int opcode = field(w, 18, 16);
        int rn = field(w, 9, 5);
        int rd = field(w, 4, 0);
        if (opcode >= 0b110) {
            return fmovGeneral(sf, ftype, rmode, opcode == 0b111, rn, rd, w);
        }
        int size = size(w);
        if (size < 0) {
            return null;
        }
        boolean unsigned = (opcode & 1) != 0;
        return switch (opcode >>> 1) {
            case 0 -> new FloatingPoint.ConvertToInt(sf, size, Rounding.ofRMode(rmode), unsigned,
                    0, rn, rd);
            case 1 -> rmode != 0 ? null
                    : new FloatingPoint.ConvertFromInt(sf, size, unsigned, 0, rn, rd);
            case 2 -> rmode != 0 ? null : new FloatingPoint.ConvertToInt(sf, size,
                    Rounding.TIE_AWAY, unsigned, 0, rn, rd);
            default -> throw new AssertionError(opcode);
        };
    }

    private static Insn fmovGeneral(boolean sf, int ftype, int rmode, boolean toFp, int rn,
            int rd, int w) {
        if (rmode == 0b11 && !sf && ftype == 0b01 && !toFp) {
            return new FloatingPoint.Fjcvtzs(rn, rd);
        }
        if (rmode == 0b01 && sf && ftype == 0b10) {
            return new FloatingPoint.FmovGeneral(true, 3, toFp, true, rn, rd);
        }
        if (rmode != 0) {
            return null;
        }
        return switch (ftype) {
            case 0b00 -> sf ? null : new FloatingPoint.FmovGeneral(false, 2, toFp, false, rn, rd);
            case 0b01 -> sf ? new FloatingPoint.FmovGeneral(true, 3, toFp, false, rn, rd) : null;
            case 0b11 -> new FloatingPoint.FmovGeneral(sf, 1, toFp, false, rn, rd);
            default -> null;
        };
    }

    private static Insn oneSource(int w) {
        int size = size(w);
        int opcode = field(w, 20, 15);
        int rn = field(w, 9, 5);
        int rd = field(w, 4, 0);
        if (size < 0) {
            return null;
        }
        if (opcode == 0b000110) {
            // In the FCVT column, where the target ftype would be the reserved 10.
            return size == 3 ? new FloatingPoint.Bfcvt(rn, rd) : null;
        }
        if (opcode >>> 2 == 0b0001) {
            int toSize = switch (opcode & 3) {
                case 0 -> 2;
                case 1 -> 3;
                case 3 -> 1;
                default -> -1;
            };
            return toSize < 0 || toSize == size ? null
                    : new FloatingPoint.Fcvt(toSize, size, rn, rd);
        }
        return switch (opcode) {
            case 0b000000 -> new FloatingPoint.Unary(UnaryOp.FMOV, size, rn, rd);
            case 0b000001 -> new FloatingPoint.Unary(UnaryOp.FABS, size, rn, rd);
            case 0b000010 -> new FloatingPoint.Unary(UnaryOp.FNEG, size, rn, rd);
            case 0b000011 -> new FloatingPoint.Unary(UnaryOp.FSQRT, size, rn, rd);
            case 0b001000, 0b001001, 0b001010, 0b001011 -> new FloatingPoint.RoundToIntegral(
                    Rounding.ofRMode(opcode), false, 0, size, rn, rd);
            case 0b001100 ->
                new FloatingPoint.RoundToIntegral(Rounding.TIE_AWAY, false, 0, size, rn, rd);
            case 0b001110 ->
                new FloatingPoint.RoundToIntegral(Rounding.FPCR, true, 0, size, rn, rd);
            case 0b001111 ->
                new FloatingPoint.RoundToIntegral(Rounding.FPCR, false, 0, size, rn, rd);
            // FRINT32Z, FRINT32X, FRINT64Z, FRINT64X (single and double only).
            case 0b010000, 0b010001, 0b010010, 0b010011 -> size == 1 ? null
                    : new FloatingPoint.RoundToIntegral((opcode & 1) == 0 ? Rounding.ZERO
                            : Rounding.FPCR, (opcode & 1) != 0, (opcode & 2) == 0 ? 32 : 64, size,
                            rn, rd);
            default -> null;
        };
    }

    private static Insn compare(int w) {
        int size = size(w);
        int opcode2 = field(w, 4, 0);
        if (size < 0 || (opcode2 & 0b00111) != 0) {
            return null;
        }
        boolean withZero = (opcode2 & 0b01000) != 0;
        return new FloatingPoint.Compare((opcode2 & 0b10000) != 0, withZero, size,
                withZero ? 0 : field(w, 20, 16), field(w, 9, 5));
    }

    private static Insn fmovImm(int w) {
        int size = size(w);
        return size < 0 ? null
                : new FloatingPoint.FmovImm(size, vfpExpandImm(field(w, 20, 13), size),
                        field(w, 4, 0));
    }

    /**
     * VFPExpandImm: imm8 = a:b:cd:efgh becomes sign a, exponent NOT(b):b...b:cd, fraction
     * efgh:0...0, in the format of {@code size}.
     */
    static long vfpExpandImm(int imm8, int size) {
        int n = 8 << size;
        int e = switch (size) {
            case 1 -> 5;
            case 2 -> 8;
            case 3 -> 11;
            default -> throw new AssertionError(size);
        };
        int f = n - e - 1;
        long sign = imm8 >>> 7 & 1;
        long b = imm8 >>> 6 & 1;
        long exp = ((b ^ 1) << (e - 1)) | ((b == 1 ? (1L << (e - 3)) - 1 : 0) << 2)
                | (imm8 >>> 4 & 3);
        long frac = (long) (imm8 & 0xF) << (f - 4);
        return sign << (n - 1) | exp << f | frac;
    }

    private static Insn twoSource(int w) {
        int size = size(w);
        int opcode = field(w, 15, 12);
        if (size < 0 || opcode > 0b1000) {
            return null;
        }
        return new FloatingPoint.Binary(BinaryOp.values()[opcode], size, field(w, 20, 16),
                field(w, 9, 5), field(w, 4, 0));
    }
}
