package dev.hotarm.translator.a64.simd;

import static dev.hotarm.translator.a64.Bits.bit;
import static dev.hotarm.translator.a64.Bits.field;

import dev.hotarm.translator.a64.DecodeTable;
import dev.hotarm.translator.a64.Insn;
import dev.hotarm.translator.a64.Undefined;
import dev.hotarm.translator.a64.simd.Simd.AcrossLanesOp;
import dev.hotarm.translator.a64.simd.Simd.ByElementOp;
import dev.hotarm.translator.a64.simd.Simd.CopyOp;
import dev.hotarm.translator.a64.simd.Simd.FpThreeSameOp;
import dev.hotarm.translator.a64.simd.Simd.ModifiedImmOp;
import dev.hotarm.translator.a64.simd.Simd.PermuteOp;
import dev.hotarm.translator.a64.simd.Simd.ShiftImmOp;
import dev.hotarm.translator.a64.simd.Simd.ThreeDifferentOp;
import dev.hotarm.translator.a64.simd.Simd.ThreeSameOp;
import dev.hotarm.translator.a64.simd.Simd.TwoRegMiscOp;

/**
 * Decode tables for Advanced SIMD (everything in the SIMD&FP space that is not scalar FP).
 * Field letters: q (Q), u (U), s (size), m (Rm), n (Rn), d (Rd), o (opcode), h/b (immh/immb),
 * i (imm5/imm4), a-c and f-j (modified immediate bits).
 *
 * <p>Each row lambda picks the instruction within a shape from the opcode fields; a reserved
 * combination returns null (unallocated), a known one we do not execute returns a named
 * {@link Undefined}.
 */
public final class SimdDecoder {
    private SimdDecoder() {
    }

    private static final DecodeTable TABLE = new DecodeTable()
            // Cryptographic extensions: CPUs advertise them through HWCAP bits we do not set.
            .unimplemented("01001110 00 10100 001 oo 10 nnnnn ddddd", "AES")
            .add("01011110 00 0 mmmmm 0 ooo 00 nnnnn ddddd", "SHA three-register",
                    w -> field(w, 14, 12) == 0b111 ? null : Undefined.unimplemented(w, "SHA1/SHA256"))
            .add("01011110 00 10100 ooooo 10 nnnnn ddddd", "SHA two-register",
                    w -> field(w, 16, 12) > 0b00010 ? null : Undefined.unimplemented(w, "SHA1/SHA256"))
            .unimplemented("11001110 000 mmmmm 0 aaaaa nnnnn ddddd", "EOR3")
            .unimplemented("11001110 001 mmmmm 0 aaaaa nnnnn ddddd", "BCAX")
            .unimplemented("11001110 010 mmmmm 0 aaaaa nnnnn ddddd", "SM3SS1")
            .unimplemented("11001110 100 mmmmm iiiiii nnnnn ddddd", "XAR")
            .unimplemented("11001110 011 mmmmm 1 0 00 oo nnnnn ddddd", "SHA512/RAX1")
            .add("11001110 011 mmmmm 1 1 00 oo nnnnn ddddd", "SM3PARTW/SM4EKEY",
                    w -> field(w, 11, 10) == 3 ? null : Undefined.unimplemented(w, "SM3PARTW/SM4EKEY"))
            .unimplemented("11001110 010 mmmmm 10 ii oo nnnnn ddddd", "SM3TT")
            .unimplemented("11001110 110 00000 10000 o nnnnn ddddd", "SHA512SU0/SM4E")
            .add("0 q u 01110 ss 1 mmmmm ooooo 1 nnnnn ddddd", "three same", w -> threeSame(w, false))
            .add("01 u 11110 ss 1 mmmmm ooooo 1 nnnnn ddddd", "scalar three same", w -> threeSame(w, true))
            .add("0 q u 01110 ss 1 mmmmm oooo 00 nnnnn ddddd", "three different", w -> threeDifferent(w, false))
            .add("0 q u 01110 ss 10000 ooooo 10 nnnnn ddddd", "two-reg misc", w -> twoRegMisc(w, false))
            .add("01 u 11110 ss 10000 ooooo 10 nnnnn ddddd", "scalar two-reg misc", w -> twoRegMisc(w, true))
            .add("0 q u 01110 ss 11000 ooooo 10 nnnnn ddddd", "across lanes", SimdDecoder::acrossLanes)
            .add("01 u 11110 ss 11000 ooooo 10 nnnnn ddddd", "scalar pairwise", SimdDecoder::scalarPairwise)
            .add("0 q o 01110000 iiiii 0 iiii 1 nnnnn ddddd", "copy", SimdDecoder::copy)
            .add("01 0 11110000 iiiii 0 0000 1 nnnnn ddddd", "scalar copy", SimdDecoder::scalarCopy)
            .add("0 q o 0111100000 abc cccc o 1 fghij ddddd", "modified immediate", SimdDecoder::modifiedImm)
            .add("0 q u 011110 hhhh bbb ooooo 1 nnnnn ddddd", "shift by immediate", w -> shiftImm(w, false))
            .add("01 u 111110 hhhh bbb ooooo 1 nnnnn ddddd", "scalar shift by immediate", w -> shiftImm(w, true))
            .add("0 q 001110 ss 0 mmmmm 0 ooo 10 nnnnn ddddd", "permute", SimdDecoder::permute)
            .add("0 q 101110 00 0 mmmmm 0 iiii 0 nnnnn ddddd", "EXT", w -> !bit(w, 30) && bit(w, 14)
                    ? null
                    : new Simd.Extract(bit(w, 30), field(w, 14, 11), field(w, 20, 16), field(w, 9, 5),
                            field(w, 4, 0)))
            .add("0 q 001110 00 0 mmmmm 0 ll o 00 nnnnn ddddd", "TBL/TBX", w -> new Simd.TableLookup(
                    bit(w, 12), bit(w, 30), field(w, 14, 13) + 1, field(w, 20, 16), field(w, 9, 5),
                    field(w, 4, 0)))
            .add("0 q u 01111 ss l m mmmm oooo h 0 nnnnn ddddd", "x indexed element", w -> byElement(w, false))
            .add("01 u 11111 ss l m mmmm oooo h 0 nnnnn ddddd", "scalar x indexed element", w -> byElement(w, true))
            .add("01 u 11110 ss 1 mmmmm oooo 00 nnnnn ddddd", "scalar three different", w -> threeDifferent(w, true))
            .add("0 q u 01110 ss 0 mmmmm 1 oooo 1 nnnnn ddddd", "three same extra", SimdDecoder::threeSameExtra)
            .add("01 u 11110 ss 0 mmmmm 1 oooo 1 nnnnn ddddd", "scalar three same extra",
                    w -> bit(w, 29) && field(w, 14, 12) == 0 && (field(w, 23, 22) == 1 || field(w, 23, 22) == 2)
                            ? Undefined.unimplemented(w, "SQRDMLAH/SQRDMLSH") : null)
            .unimplemented("0 q u 01110 s 10 mmmmm 00 ooo 1 nnnnn ddddd", "FP16 three same")
            .unimplemented("01 u 11110 s 10 mmmmm 00 ooo 1 nnnnn ddddd", "scalar FP16 three same")
            .unimplemented("0 q u 01110 s 1111 00 ooooo 10 nnnnn ddddd", "FP16 two-reg misc")
            .unimplemented("01 u 11110 s 1111 00 ooooo 10 nnnnn ddddd", "scalar FP16 two-reg misc");

    public static Insn decode(int word) {
        return TABLE.decode(word);
    }

    /** The FP three-same ops by U:size<1>:opcode<2:0>; a String names an FP16-only one. */
    private static final Object[] FP_THREE_SAME = {
        FpThreeSameOp.FMAXNM, FpThreeSameOp.FMLA, FpThreeSameOp.FADD, FpThreeSameOp.FMULX,
        FpThreeSameOp.FCMEQ, "FMLAL", FpThreeSameOp.FMAX, FpThreeSameOp.FRECPS,
        FpThreeSameOp.FMINNM, FpThreeSameOp.FMLS, FpThreeSameOp.FSUB, null,
        null, "FMLSL", FpThreeSameOp.FMIN, FpThreeSameOp.FRSQRTS,
        FpThreeSameOp.FMAXNMP, "FMLAL2", FpThreeSameOp.FADDP, FpThreeSameOp.FMUL,
        FpThreeSameOp.FCMGE, FpThreeSameOp.FACGE, FpThreeSameOp.FMAXP, FpThreeSameOp.FDIV,
        FpThreeSameOp.FMINNMP, "FMLSL2", FpThreeSameOp.FABD, null,
        FpThreeSameOp.FCMGT, FpThreeSameOp.FACGT, FpThreeSameOp.FMINP, null,
    };

    private static Insn threeSame(int w, boolean scalar) {
        boolean q = bit(w, 30);
        boolean u = bit(w, 29);
        int size = field(w, 23, 22);
        int opcode = field(w, 15, 11);
        if (opcode >= 0b11000) {
            return fpThreeSame(w, scalar, FP_THREE_SAME[(u ? 16 : 0) + ((size >> 1) << 3) + (opcode & 7)]);
        }
        ThreeSameOp op = switch (opcode) {
            case 0b00000 -> u ? ThreeSameOp.UHADD : ThreeSameOp.SHADD;
            case 0b00001 -> u ? ThreeSameOp.UQADD : ThreeSameOp.SQADD;
            case 0b00010 -> u ? ThreeSameOp.URHADD : ThreeSameOp.SRHADD;
            case 0b00011 -> logic(u, size);
            case 0b00100 -> u ? ThreeSameOp.UHSUB : ThreeSameOp.SHSUB;
            case 0b00101 -> u ? ThreeSameOp.UQSUB : ThreeSameOp.SQSUB;
            case 0b00110 -> u ? ThreeSameOp.CMHI : ThreeSameOp.CMGT;
            case 0b00111 -> u ? ThreeSameOp.CMHS : ThreeSameOp.CMGE;
            case 0b01000 -> u ? ThreeSameOp.USHL : ThreeSameOp.SSHL;
            case 0b01010 -> u ? ThreeSameOp.URSHL : ThreeSameOp.SRSHL;
            case 0b01100 -> u ? ThreeSameOp.UMAX : ThreeSameOp.SMAX;
            case 0b01101 -> u ? ThreeSameOp.UMIN : ThreeSameOp.SMIN;
            case 0b01110 -> u ? ThreeSameOp.UABD : ThreeSameOp.SABD;
            case 0b01111 -> u ? ThreeSameOp.UABA : ThreeSameOp.SABA;
            case 0b10000 -> u ? ThreeSameOp.SUB : ThreeSameOp.ADD;
            case 0b10001 -> u ? ThreeSameOp.CMEQ : ThreeSameOp.CMTST;
            case 0b10010 -> u ? ThreeSameOp.MLS : ThreeSameOp.MLA;
            case 0b10011 -> u ? ThreeSameOp.PMUL : ThreeSameOp.MUL;
            case 0b10100 -> u ? ThreeSameOp.UMAXP : ThreeSameOp.SMAXP;
            case 0b10101 -> u ? ThreeSameOp.UMINP : ThreeSameOp.SMINP;
            case 0b10111 -> u ? null : ThreeSameOp.ADDP;
            case 0b01001 -> u ? ThreeSameOp.UQSHL : ThreeSameOp.SQSHL;
            case 0b01011 -> u ? ThreeSameOp.UQRSHL : ThreeSameOp.SQRSHL;
            case 0b10110 -> size == 1 || size == 2 ? (u ? ThreeSameOp.SQRDMULH : ThreeSameOp.SQDMULH) : null;
            default -> null;
        };
        if (op == null) {
            return null;
        }
        boolean logical = opcode == 0b00011;
        if (scalar) {
            boolean saturating = switch (op) {
                case SQADD, UQADD, SQSUB, UQSUB, SQSHL, UQSHL, SQRSHL, UQRSHL, SQDMULH, SQRDMULH -> true;
                default -> false;
            };
            boolean doubleOnly = switch (op) {
                case CMGT, CMHI, CMGE, CMHS, CMTST, CMEQ, SSHL, USHL, SRSHL, URSHL, ADD, SUB -> true;
                default -> false;
            };
            if (!(saturating || doubleOnly && size == 3)) {
                return null;
            }
            return new Simd.ThreeSame(op, true, false, size, field(w, 20, 16), field(w, 9, 5),
                    field(w, 4, 0));
        }
        if (!logical && size == 3 && (!q || !allowsDoubleword(op))) {
            return null;
        }
        if (op == ThreeSameOp.PMUL && size != 0) {
            return null;
        }
        return new Simd.ThreeSame(op, false, q, logical ? 0 : size, field(w, 20, 16),
                field(w, 9, 5), field(w, 4, 0));
    }

    private static Insn fpThreeSame(int w, boolean scalar, Object entry) {
        if (!(entry instanceof FpThreeSameOp op)) {
            return entry == null || scalar ? null : Undefined.unimplemented(w, (String) entry);
        }
        boolean q = bit(w, 30);
        int size = 2 + field(w, 22, 22);
        if (scalar) {
            boolean allowed = switch (op) {
                case FMULX, FCMEQ, FRECPS, FRSQRTS, FCMGE, FACGE, FABD, FCMGT, FACGT -> true;
                default -> false;
            };
            return allowed ? new Simd.FpThreeSame(op, true, false, size, field(w, 20, 16),
                    field(w, 9, 5), field(w, 4, 0)) : null;
        }
        if (size == 3 && !q) {
            return null;
        }
        return new Simd.FpThreeSame(op, false, q, size, field(w, 20, 16), field(w, 9, 5), field(w, 4, 0));
    }

    private static ThreeSameOp logic(boolean u, int size) {
        return switch (size) {
            case 0 -> u ? ThreeSameOp.EOR : ThreeSameOp.AND;
            case 1 -> u ? ThreeSameOp.BSL : ThreeSameOp.BIC;
            case 2 -> u ? ThreeSameOp.BIT : ThreeSameOp.ORR;
            case 3 -> u ? ThreeSameOp.BIF : ThreeSameOp.ORN;
            default -> throw new AssertionError(size);
        };
    }

    /** The three-same ops that have a 2D arrangement (the rest reserve size 11). */
    private static boolean allowsDoubleword(ThreeSameOp op) {
        return switch (op) {
            case SQADD, UQADD, SQSUB, UQSUB, CMGT, CMHI, CMGE, CMHS, CMTST, CMEQ,
                    SSHL, USHL, SRSHL, URSHL, ADD, SUB, ADDP, SQSHL, UQSHL, SQRSHL, UQRSHL -> true;
            default -> false;
        };
    }

    private static Insn byElement(int w, boolean scalar) {
        boolean q = bit(w, 30);
        boolean u = bit(w, 29);
        int size = field(w, 23, 22);
        int opcode = field(w, 15, 12);
        ByElementOp op = switch ((u ? 16 : 0) | opcode) {
            case 0b0_0001 -> ByElementOp.FMLA;
            case 0b0_0101 -> ByElementOp.FMLS;
            case 0b0_1001 -> ByElementOp.FMUL;
            case 0b1_1001 -> ByElementOp.FMULX;
            case 0b0_1000 -> ByElementOp.MUL;
            case 0b1_0000 -> ByElementOp.MLA;
            case 0b1_0100 -> ByElementOp.MLS;
            case 0b0_1010 -> ByElementOp.SMULL;
            case 0b1_1010 -> ByElementOp.UMULL;
            case 0b0_0010 -> ByElementOp.SMLAL;
            case 0b1_0010 -> ByElementOp.UMLAL;
            case 0b0_0110 -> ByElementOp.SMLSL;
            case 0b1_0110 -> ByElementOp.UMLSL;
            case 0b0_1100 -> ByElementOp.SQDMULH;
            case 0b0_1101 -> ByElementOp.SQRDMULH;
            case 0b0_1011 -> ByElementOp.SQDMULL;
            case 0b0_0011 -> ByElementOp.SQDMLAL;
            case 0b0_0111 -> ByElementOp.SQDMLSL;
            default -> null;
        };
        if (scalar && op != null && op.ordinal() < ByElementOp.SQDMULH.ordinal()) {
            return null;
        }
        if (op == null) {
            String name = byElementExtension(u, size, opcode, scalar);
            return name == null ? null : Undefined.unimplemented(w, name);
        }
        int h = field(w, 11, 11);
        int l = field(w, 21, 21);
        int m = field(w, 20, 20);
        boolean fp = op.ordinal() >= ByElementOp.FMUL.ordinal();
        if (fp) {
            if (size < 2) {
                return size == 0 ? Undefined.unimplemented(w, "FP x indexed element (half-precision)")
                        : null;
            }
            boolean dbl = size == 3;
            if (dbl && (l == 1 || !q && !scalar)) {
                return null;
            }
            return new Simd.ByElement(op, scalar, q, size, dbl ? h : h << 1 | l, field(w, 20, 16),
                    field(w, 9, 5), field(w, 4, 0));
        }
        return switch (size) {
            case 1 -> new Simd.ByElement(op, scalar, q && !scalar, 1, h << 2 | l << 1 | m,
                    field(w, 19, 16), field(w, 9, 5), field(w, 4, 0));
            case 2 -> new Simd.ByElement(op, scalar, q && !scalar, 2, h << 1 | l, field(w, 20, 16),
                    field(w, 9, 5), field(w, 4, 0));
            default -> null;
        };
    }

    /** Names the by-element encodings of later extensions (dot product, FP16 FMLAL, FCMLA...). */
    private static String byElementExtension(boolean u, int size, int opcode, boolean scalar) {
        boolean hs = size == 1 || size == 2;
        if (scalar) {
            return u && (opcode == 0b1101 || opcode == 0b1111) && hs ? "SQRDMLAH/SQRDMLSH" : null;
        }
        if (!u) {
            return switch (opcode) {
                case 0b0000, 0b0100 -> size == 2 ? "FMLAL/FMLSL" : null;
                case 0b1110 -> size == 2 ? "SDOT" : null;
                case 0b1111 -> "SUDOT/USDOT/BFDOT/BFMLAL";
                default -> null;
            };
        }
        return switch (opcode) {
            case 0b0001, 0b0011, 0b0101, 0b0111 -> hs ? "FCMLA" : null;
            case 0b1000, 0b1100 -> size == 2 ? "FMLAL2/FMLSL2" : null;
            case 0b1101, 0b1111 -> hs ? "SQRDMLAH/SQRDMLSH" : null;
            case 0b1110 -> size == 2 ? "UDOT" : null;
            default -> null;
        };
    }

    /** "Three same extra" holds only later extensions; each is named, none implemented. */
    private static Insn threeSameExtra(int w) {
        boolean u = bit(w, 29);
        int size = field(w, 23, 22);
        int opcode = field(w, 14, 11);
        String name;
        if (!u) {
            name = size != 2 ? null : switch (opcode) {
                case 0b0010 -> "SDOT";
                case 0b0011 -> "USDOT";
                case 0b0100 -> "SMMLA";
                case 0b0101 -> "USMMLA";
                default -> null;
            };
        } else {
            name = switch (opcode) {
                case 0b0000, 0b0001 -> size == 1 || size == 2 ? "SQRDMLAH/SQRDMLSH" : null;
                case 0b0010 -> size == 2 ? "UDOT" : null;
                case 0b0100 -> size == 2 ? "UMMLA" : null;
                case 0b1000, 0b1001, 0b1010, 0b1011 -> size != 0 ? "FCMLA" : null;
                case 0b1100, 0b1110 -> size != 0 ? "FCADD" : null;
                case 0b1101 -> size == 1 ? "BFMMLA" : null;
                case 0b1111 -> size == 1 ? "BFDOT" : size == 3 ? "BFMLALB/BFMLALT" : null;
                default -> null;
            };
        }
        return name == null ? null : Undefined.unimplemented(w, name);
    }

    private static Insn threeDifferent(int w, boolean scalar) {
        boolean u = bit(w, 29);
        int size = field(w, 23, 22);
        ThreeDifferentOp op = switch (field(w, 15, 12)) {
            case 0b0000 -> u ? ThreeDifferentOp.UADDL : ThreeDifferentOp.SADDL;
            case 0b0001 -> u ? ThreeDifferentOp.UADDW : ThreeDifferentOp.SADDW;
            case 0b0010 -> u ? ThreeDifferentOp.USUBL : ThreeDifferentOp.SSUBL;
            case 0b0011 -> u ? ThreeDifferentOp.USUBW : ThreeDifferentOp.SSUBW;
            case 0b0100 -> u ? ThreeDifferentOp.RADDHN : ThreeDifferentOp.ADDHN;
            case 0b0101 -> u ? ThreeDifferentOp.UABAL : ThreeDifferentOp.SABAL;
            case 0b0110 -> u ? ThreeDifferentOp.RSUBHN : ThreeDifferentOp.SUBHN;
            case 0b0111 -> u ? ThreeDifferentOp.UABDL : ThreeDifferentOp.SABDL;
            case 0b1000 -> u ? ThreeDifferentOp.UMLAL : ThreeDifferentOp.SMLAL;
            case 0b1010 -> u ? ThreeDifferentOp.UMLSL : ThreeDifferentOp.SMLSL;
            case 0b1100 -> u ? ThreeDifferentOp.UMULL : ThreeDifferentOp.SMULL;
            case 0b1001 -> u ? null : ThreeDifferentOp.SQDMLAL;
            case 0b1011 -> u ? null : ThreeDifferentOp.SQDMLSL;
            case 0b1101 -> u ? null : ThreeDifferentOp.SQDMULL;
            case 0b1110 -> u ? null : ThreeDifferentOp.PMULL;
            default -> null;
        };
        if (op == ThreeDifferentOp.PMULL) {
            return scalar ? null : size == 3 ? Undefined.unimplemented(w, "PMULL (64-bit, crypto)")
                    : size == 0 ? new Simd.ThreeDifferent(op, false, bit(w, 30), 0, field(w, 20, 16),
                            field(w, 9, 5), field(w, 4, 0)) : null;
        }
        boolean doubling = op == ThreeDifferentOp.SQDMLAL || op == ThreeDifferentOp.SQDMLSL
                || op == ThreeDifferentOp.SQDMULL;
        if (op == null || size == 3 || doubling && size == 0 || scalar && !doubling) {
            return null;
        }
        return new Simd.ThreeDifferent(op, scalar, !scalar && bit(w, 30), size, field(w, 20, 16), field(w, 9, 5),
                field(w, 4, 0));
    }

    private static Insn twoRegMisc(int w, boolean scalar) {
        boolean q = bit(w, 30);
        boolean u = bit(w, 29);
        int size = field(w, 23, 22);
        int opcode = field(w, 16, 12);
        TwoRegMiscOp op = switch (opcode) {
            case 0b00000 -> u ? (size < 2 ? TwoRegMiscOp.REV32 : null)
                    : (size < 3 ? TwoRegMiscOp.REV64 : null);
            case 0b00001 -> !u && size == 0 ? TwoRegMiscOp.REV16 : null;
            case 0b00010 -> size < 3 ? (u ? TwoRegMiscOp.UADDLP : TwoRegMiscOp.SADDLP) : null;
            case 0b00100 -> size < 3 ? (u ? TwoRegMiscOp.CLZ : TwoRegMiscOp.CLS) : null;
            case 0b00101 -> !u ? (size == 0 ? TwoRegMiscOp.CNT : null)
                    : size == 0 ? TwoRegMiscOp.NOT : size == 1 ? TwoRegMiscOp.RBIT : null;
            case 0b00110 -> size < 3 ? (u ? TwoRegMiscOp.UADALP : TwoRegMiscOp.SADALP) : null;
            case 0b01000 -> u ? TwoRegMiscOp.CMGE_ZERO : TwoRegMiscOp.CMGT_ZERO;
            case 0b01001 -> u ? TwoRegMiscOp.CMLE_ZERO : TwoRegMiscOp.CMEQ_ZERO;
            case 0b01010 -> u ? null : TwoRegMiscOp.CMLT_ZERO;
            case 0b01011 -> u ? TwoRegMiscOp.NEG : TwoRegMiscOp.ABS;
            case 0b10010 -> size == 3 ? null : u ? TwoRegMiscOp.SQXTUN : TwoRegMiscOp.XTN;
            case 0b00011 -> u ? TwoRegMiscOp.USQADD : TwoRegMiscOp.SUQADD;
            case 0b00111 -> u ? TwoRegMiscOp.SQNEG : TwoRegMiscOp.SQABS;
            case 0b10011 -> u && size < 3 ? TwoRegMiscOp.SHLL : null;
            case 0b10100 -> size == 3 ? null : u ? TwoRegMiscOp.UQXTN : TwoRegMiscOp.SQXTN;
            default -> opcode >= 0b01100 ? fpMisc(u, size >> 1, opcode) : null;
        };
        if (op == null) {
            // The remaining FP opcodes (estimates, FCVTXN, BFCVTN, FRINT32/64) are not implemented.
            boolean fp = opcode >= 0b01100 && opcode != 0b10010 && opcode != 0b10011 && opcode != 0b10100;
            return fp ? Undefined.unimplemented(w, "FP two-reg misc opcode " + opcode) : null;
        }
        boolean fp = op.ordinal() >= TwoRegMiscOp.SCVTF.ordinal();
        boolean convertsPrecision = op == TwoRegMiscOp.FCVTL || op == TwoRegMiscOp.FCVTN
                || op == TwoRegMiscOp.FCVTXN;
        if (convertsPrecision && (size & 1) == 0) {
            return op == TwoRegMiscOp.FCVTXN ? null
                    : Undefined.unimplemented(w, "FCVTL/FCVTN (half-precision)");
        }
        if ((op == TwoRegMiscOp.URECPE || op == TwoRegMiscOp.URSQRTE) && (size & 1) != 0) {
            return null;
        }
        if (fp) {
            size = convertsPrecision ? 2 : 2 + (size & 1);
        } else if (op == TwoRegMiscOp.RBIT) {
            size = 0; // the size field only tells RBIT from NOT
        }
        if (scalar) {
            boolean allowed = switch (op) {
                case CMGT_ZERO, CMGE_ZERO, CMEQ_ZERO, CMLE_ZERO, CMLT_ZERO, ABS, NEG -> size == 3;
                case SQXTN, UQXTN, SQXTUN, SQABS, SQNEG, SUQADD, USQADD -> true;
                case SCVTF, UCVTF, FCVTZS, FCVTZU, FCVTNS, FCVTNU, FCVTMS, FCVTMU, FCVTPS, FCVTPU,
                        FCVTAS, FCVTAU, FCMGT_ZERO, FCMGE_ZERO, FCMEQ_ZERO, FCMLE_ZERO,
                        FCMLT_ZERO, FRECPE, FRSQRTE, FRECPX, FCVTXN -> true;
                default -> false;
            };
            return allowed ? new Simd.TwoRegMisc(op, true, false, size, field(w, 9, 5), field(w, 4, 0))
                    : null;
        }
        boolean narrows = op == TwoRegMiscOp.XTN || op == TwoRegMiscOp.SQXTN || op == TwoRegMiscOp.UQXTN
                || op == TwoRegMiscOp.SQXTUN;
        boolean scalarOnly = op == TwoRegMiscOp.FRECPX; // vector forms were returned above
        if (size == 3 && !q && !narrows || scalarOnly) {
            return null;
        }
        return new Simd.TwoRegMisc(op, false, q, size, field(w, 9, 5), field(w, 4, 0));
    }

    /** The FP two-register misc ops, by U, size<1> (a) and opcode. */
    private static TwoRegMiscOp fpMisc(boolean u, int a, int opcode) {
        int key = (u ? 0x100 : 0) | (a << 5) | opcode;
        return switch (key) {
            case 0b0_0_10110 -> TwoRegMiscOp.FCVTN;
            case 0b0_0_10111 -> TwoRegMiscOp.FCVTL;
            case 0b0_0_11000 -> TwoRegMiscOp.FRINTN;
            case 0b0_0_11001 -> TwoRegMiscOp.FRINTM;
            case 0b0_0_11010 -> TwoRegMiscOp.FCVTNS;
            case 0b0_0_11011 -> TwoRegMiscOp.FCVTMS;
            case 0b0_0_11100 -> TwoRegMiscOp.FCVTAS;
            case 0b0_0_11101 -> TwoRegMiscOp.SCVTF;
            case 0x100 | 0b0_11000 -> TwoRegMiscOp.FRINTA;
            case 0x100 | 0b0_11001 -> TwoRegMiscOp.FRINTX;
            case 0x100 | 0b0_11010 -> TwoRegMiscOp.FCVTNU;
            case 0x100 | 0b0_11011 -> TwoRegMiscOp.FCVTMU;
            case 0x100 | 0b0_11100 -> TwoRegMiscOp.FCVTAU;
            case 0x100 | 0b0_11101 -> TwoRegMiscOp.UCVTF;
            case 0b1_01100 -> TwoRegMiscOp.FCMGT_ZERO;
            case 0b1_01101 -> TwoRegMiscOp.FCMEQ_ZERO;
            case 0b1_01110 -> TwoRegMiscOp.FCMLT_ZERO;
            case 0b1_01111 -> TwoRegMiscOp.FABS;
            case 0b1_11000 -> TwoRegMiscOp.FRINTP;
            case 0b1_11001 -> TwoRegMiscOp.FRINTZ;
            case 0b1_11010 -> TwoRegMiscOp.FCVTPS;
            case 0b1_11011 -> TwoRegMiscOp.FCVTZS;
            case 0x100 | 0b1_01100 -> TwoRegMiscOp.FCMGE_ZERO;
            case 0x100 | 0b1_01101 -> TwoRegMiscOp.FCMLE_ZERO;
            case 0x100 | 0b1_01111 -> TwoRegMiscOp.FNEG;
            case 0x100 | 0b1_11001 -> TwoRegMiscOp.FRINTI;
            case 0x100 | 0b1_11010 -> TwoRegMiscOp.FCVTPU;
            case 0x100 | 0b1_11011 -> TwoRegMiscOp.FCVTZU;
            case 0x100 | 0b1_11111 -> TwoRegMiscOp.FSQRT;
            case 0x100 | 0b0_10110 -> TwoRegMiscOp.FCVTXN;
            case 0b1_11100 -> TwoRegMiscOp.URECPE;
            case 0x100 | 0b1_11100 -> TwoRegMiscOp.URSQRTE;
            case 0b1_11101 -> TwoRegMiscOp.FRECPE;
            case 0x100 | 0b1_11101 -> TwoRegMiscOp.FRSQRTE;
            case 0b1_11111 -> TwoRegMiscOp.FRECPX;
            default -> null;
        };
    }

    private static Insn acrossLanes(int w) {
        boolean q = bit(w, 30);
        boolean u = bit(w, 29);
        int size = field(w, 23, 22);
        AcrossLanesOp op = switch (field(w, 16, 12)) {
            case 0b00011 -> u ? AcrossLanesOp.UADDLV : AcrossLanesOp.SADDLV;
            case 0b01010 -> u ? AcrossLanesOp.UMAXV : AcrossLanesOp.SMAXV;
            case 0b11010 -> u ? AcrossLanesOp.UMINV : AcrossLanesOp.SMINV;
            case 0b11011 -> u ? null : AcrossLanesOp.ADDV;
            default -> null;
        };
        if (op == null) {
            int opcode = field(w, 16, 12);
            if (opcode != 0b01100 && opcode != 0b01111) {
                return null;
            }
            if (!u) {
                return Undefined.unimplemented(w, "FMAXV/FMINV (half-precision)");
            }
            boolean min = size >= 2;
            AcrossLanesOp fp = opcode == 0b01100 ? (min ? AcrossLanesOp.FMINNMV : AcrossLanesOp.FMAXNMV)
                    : (min ? AcrossLanesOp.FMINV : AcrossLanesOp.FMAXV);
            return q && (size & 1) == 0 ? new Simd.AcrossLanes(fp, true, 2, field(w, 9, 5), field(w, 4, 0))
                    : null;
        }
        if (size == 3 || size == 2 && !q) {
            return null;
        }
        return new Simd.AcrossLanes(op, q, size, field(w, 9, 5), field(w, 4, 0));
    }

    private static Insn scalarPairwise(int w) {
        if (!bit(w, 29) && field(w, 16, 12) == 0b11011) {
            return field(w, 23, 22) == 3
                    ? new Simd.AcrossLanes(AcrossLanesOp.ADDP, true, 3, field(w, 9, 5), field(w, 4, 0))
                    : null;
        }
        int opcode = field(w, 16, 12);
        boolean fp = opcode == 0b01100 || opcode == 0b01101 || opcode == 0b01111;
        if (!fp) {
            return null;
        }
        if (!bit(w, 29)) {
            return Undefined.unimplemented(w, "FP scalar pairwise (half-precision)");
        }
        boolean min = bit(w, 23);
        AcrossLanesOp op = switch (opcode) {
            case 0b01100 -> min ? AcrossLanesOp.FMINNMP : AcrossLanesOp.FMAXNMP;
            case 0b01101 -> min ? null : AcrossLanesOp.FADDP;
            default -> min ? AcrossLanesOp.FMINP : AcrossLanesOp.FMAXP;
        };
        return op == null ? null
                : new Simd.AcrossLanes(op, bit(w, 22), 2 + field(w, 22, 22), field(w, 9, 5), field(w, 4, 0));
    }

    private static Insn copy(int w) {
        boolean q = bit(w, 30);
        int imm5 = field(w, 20, 16);
        int imm4 = field(w, 14, 11);
        int size = Integer.numberOfTrailingZeros(imm5);
        if (size > 3) {
            return null;
        }
        int index = imm5 >>> (size + 1);
        int rn = field(w, 9, 5);
        int rd = field(w, 4, 0);
        if (bit(w, 29)) {
            return q ? new Simd.Copy(CopyOp.INS_ELEMENT, true, size, index, imm4 >>> size, rn, rd)
                    : null;
        }
        return switch (imm4) {
            case 0b0000 -> size == 3 && !q ? null
                    : new Simd.Copy(CopyOp.DUP_ELEMENT, q, size, index, 0, rn, rd);
            case 0b0001 -> size == 3 && !q ? null
                    : new Simd.Copy(CopyOp.DUP_GENERAL, q, size, 0, 0, rn, rd);
            case 0b0011 -> q ? new Simd.Copy(CopyOp.INS_GENERAL, true, size, index, 0, rn, rd) : null;
            // SMOV: to W for B and H, to X for B, H and S.
            case 0b0101 -> size == 3 || size == 2 && !q ? null
                    : new Simd.Copy(CopyOp.SMOV, q, size, index, 0, rn, rd);
            // UMOV: to W for B, H and S, to X only for D.
            case 0b0111 -> q != (size == 3) ? null
                    : new Simd.Copy(CopyOp.UMOV, q, size, index, 0, rn, rd);
            default -> null;
        };
    }

    private static Insn scalarCopy(int w) {
        int imm5 = field(w, 20, 16);
        int size = Integer.numberOfTrailingZeros(imm5);
        return size > 3 ? null : new Simd.Copy(CopyOp.DUP_SCALAR, false, size, imm5 >>> (size + 1),
                0, field(w, 9, 5), field(w, 4, 0));
    }

    private static Insn modifiedImm(int w) {
        boolean q = bit(w, 30);
        boolean op = bit(w, 29);
        int cmode = field(w, 15, 12);
        int imm8 = field(w, 18, 16) << 5 | field(w, 9, 5);
        int rd = field(w, 4, 0);
        if (bit(w, 11)) {
            return !op && cmode == 0b1111 ? Undefined.unimplemented(w, "FMOV (vector, half-precision)")
                    : null;
        }
        long imm8L = imm8;
        if (cmode < 0b1000) {
            int shift = (cmode >>> 1) * 8;
            ModifiedImmOp kind = (cmode & 1) == 0 ? (op ? ModifiedImmOp.MVNI : ModifiedImmOp.MOVI)
                    : (op ? ModifiedImmOp.BIC : ModifiedImmOp.ORR);
            return new Simd.ModifiedImm(kind, q, 32, imm8, shift, false, 
                    replicate(imm8L << shift, 32), rd);
        }
        if (cmode < 0b1100) {
            int shift = ((cmode >>> 1) & 1) * 8;
            ModifiedImmOp kind = (cmode & 1) == 0 ? (op ? ModifiedImmOp.MVNI : ModifiedImmOp.MOVI)
                    : (op ? ModifiedImmOp.BIC : ModifiedImmOp.ORR);
            return new Simd.ModifiedImm(kind, q, 16, imm8, shift, false, 
                    replicate(imm8L << shift, 16), rd);
        }
        if (cmode < 0b1110) {
            int shift = (cmode & 1) == 0 ? 8 : 16;
            long element = imm8L << shift | ((1L << shift) - 1);
            return new Simd.ModifiedImm(op ? ModifiedImmOp.MVNI : ModifiedImmOp.MOVI, q, 32, imm8,
                    shift, true, replicate(element, 32), rd);
        }
        if (cmode == 0b1110) {
            if (!op) {
                return new Simd.ModifiedImm(ModifiedImmOp.MOVI, q, 8, imm8, 0, false,
                        replicate(imm8L, 8), rd);
            }
            long bytes = 0;
            for (int i = 0; i < 8; i++) {
                if ((imm8 >>> i & 1) != 0) {
                    bytes |= 0xFFL << (8 * i);
                }
            }
            return new Simd.ModifiedImm(ModifiedImmOp.MOVI, q, 64, imm8, 0, false, bytes, rd);
        }
        // cmode 1111: FMOV with an 8-bit float, VFPExpandImm.
        boolean a = (imm8 & 0x80) != 0;
        boolean b = (imm8 & 0x40) != 0;
        long cdefgh = imm8 & 0x3F;
        if (!op) {
            long single = (a ? 1L << 31 : 0) | (b ? 0x1FL << 25 : 1L << 30) | cdefgh << 19;
            return new Simd.ModifiedImm(ModifiedImmOp.FMOV, q, 32, imm8, 0, false,
                    replicate(single, 32), rd);
        }
        if (!q) {
            return null;
        }
        long dbl = (a ? 1L << 63 : 0) | (b ? 0xFFL << 54 : 1L << 62) | cdefgh << 48;
        return new Simd.ModifiedImm(ModifiedImmOp.FMOV, true, 64, imm8, 0, false, dbl, rd);
    }

    /** Replicates the low {@code esize} bits of {@code element} across 64 bits. */
    private static long replicate(long element, int esize) {
        long result = element & (esize == 64 ? -1L : (1L << esize) - 1);
        for (int width = esize; width < 64; width *= 2) {
            result |= result << width;
        }
        return result;
    }

    private static Insn shiftImm(int w, boolean scalar) {
        boolean q = bit(w, 30);
        boolean u = bit(w, 29);
        int immh = field(w, 22, 19);
        int immhb = field(w, 22, 16);
        int opcode = field(w, 15, 11);
        if (immh == 0) {
            return null; // modified immediate, matched earlier; scalar immh 0 is unallocated
        }
        int size = 31 - Integer.numberOfLeadingZeros(immh);
        int esize = 8 << size;
        int right = 2 * esize - immhb;
        int left = immhb - esize;
        ShiftImmOp op = switch (opcode) {
            case 0b00000 -> u ? ShiftImmOp.USHR : ShiftImmOp.SSHR;
            case 0b00010 -> u ? ShiftImmOp.USRA : ShiftImmOp.SSRA;
            case 0b00100 -> u ? ShiftImmOp.URSHR : ShiftImmOp.SRSHR;
            case 0b00110 -> u ? ShiftImmOp.URSRA : ShiftImmOp.SRSRA;
            case 0b01000 -> u ? ShiftImmOp.SRI : null;
            case 0b01010 -> u ? ShiftImmOp.SLI : ShiftImmOp.SHL;
            case 0b10000 -> u ? ShiftImmOp.SQSHRUN : scalar ? null : ShiftImmOp.SHRN;
            case 0b10001 -> u ? ShiftImmOp.SQRSHRUN : scalar ? null : ShiftImmOp.RSHRN;
            case 0b10010 -> u ? ShiftImmOp.UQSHRN : ShiftImmOp.SQSHRN;
            case 0b10011 -> u ? ShiftImmOp.UQRSHRN : ShiftImmOp.SQRSHRN;
            case 0b10100 -> scalar ? null : u ? ShiftImmOp.USHLL : ShiftImmOp.SSHLL;
            case 0b01100 -> u ? ShiftImmOp.SQSHLU : null;
            case 0b01110 -> u ? ShiftImmOp.UQSHL : ShiftImmOp.SQSHL;
            case 0b11100 -> u ? ShiftImmOp.UCVTF : ShiftImmOp.SCVTF;
            case 0b11111 -> u ? ShiftImmOp.FCVTZU : ShiftImmOp.FCVTZS;
            default -> null;
        };
        if (op == null) {
            return null;
        }
        boolean narrowOrLong = switch (op) {
            case SHRN, RSHRN, SSHLL, USHLL, SQSHRN, UQSHRN, SQRSHRN, UQRSHRN, SQSHRUN, SQRSHRUN -> true;
            default -> false;
        };
        boolean saturatingLeft = op == ShiftImmOp.SQSHL || op == ShiftImmOp.UQSHL || op == ShiftImmOp.SQSHLU;
        boolean fixedPoint = switch (op) {
            case SCVTF, UCVTF, FCVTZS, FCVTZU -> true;
            default -> false;
        };
        if (fixedPoint && size < 2) {
            return size == 1 ? Undefined.unimplemented(w, "fixed-point convert (half-precision)") : null;
        }
        boolean anyScalarSize = narrowOrLong || saturatingLeft || fixedPoint;
        if (narrowOrLong ? size == 3 : scalar ? size != 3 && !anyScalarSize : size == 3 && !q) {
            return null;
        }
        boolean isLeft = op == ShiftImmOp.SHL || op == ShiftImmOp.SLI || op == ShiftImmOp.SSHLL
                || op == ShiftImmOp.USHLL || saturatingLeft;
        return new Simd.ShiftImm(op, scalar, q && !scalar, size, isLeft ? left : right, field(w, 9, 5),
                field(w, 4, 0));
    }

    private static Insn permute(int w) {
        int opcode = field(w, 14, 12);
        boolean q = bit(w, 30);
        int size = field(w, 23, 22);
        if ((opcode & 3) == 0 || size == 3 && !q) {
            return null;
        }
        PermuteOp op = PermuteOp.values()[(opcode & 3) - 1 + ((opcode & 4) != 0 ? 3 : 0)];
        return new Simd.Permute(op, q, size, field(w, 20, 16), field(w, 9, 5), field(w, 4, 0));
    }
}
