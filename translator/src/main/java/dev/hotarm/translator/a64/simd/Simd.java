package dev.hotarm.translator.a64.simd;

import dev.hotarm.translator.a64.Insn;

/**
 * Advanced SIMD: vector and scalar forms, copies, permutes, across-lanes, modified immediates.
 *
 * <p>One record per encoding shape of the manual's "Data Processing -- Scalar Floating-Point
 * and Advanced SIMD" groups; the instruction inside a shape is an enum. Throughout, {@code size}
 * is the element size as log2 of its bytes (0 = B, 1 = H, 2 = S, 3 = D), {@code q} selects the
 * 128-bit form, and {@code scalar} the one-element scalar form that writes the bottom element
 * and zeroes the rest of the register.
 */
public sealed interface Simd extends Insn {
    /** "Three same" (C4.1.95.x): op(Vn, Vm) lane by lane, including logic, compare, pairwise. */
    record ThreeSame(ThreeSameOp op, boolean scalar, boolean q, int size, int rm, int rn, int rd)
            implements Simd {
    }

    /** The floating-point half of "three same" ({@code size} 2 single, 3 double). */
    record FpThreeSame(FpThreeSameOp op, boolean scalar, boolean q, int size, int rm, int rn, int rd)
            implements Simd {
    }

    /**
     * "Vector/scalar x indexed element": Vn op Vm[index]. For the long forms {@code size} is the
     * narrow size and {@code q} picks the upper half of Vn; for FP ops it is 2 or 3.
     */
    record ByElement(ByElementOp op, boolean scalar, boolean q, int size, int index, int rm, int rn,
            int rd) implements Simd {
    }

    /**
     * "Three different": widening (long, wide) and narrowing (high-narrow) forms. {@code size}
     * is the narrow element size; {@code q} picks the upper half of the narrow operand (the
     * {@code 2} suffix).
     */
    record ThreeDifferent(ThreeDifferentOp op, boolean scalar, boolean q, int size, int rm, int rn,
            int rd) implements Simd {
    }

    /**
     * "Two-register miscellaneous". For narrowing ops ({@code XTN}) {@code size} is the narrow
     * size; for the FP conversions it is 2 (single) or 3 (double).
     */
    record TwoRegMisc(TwoRegMiscOp op, boolean scalar, boolean q, int size, int rn, int rd)
            implements Simd {
    }

    /** "Across lanes" and the scalar pairwise {@code ADDP Dd, Vn.2D}: one result element. */
    record AcrossLanes(AcrossLanesOp op, boolean q, int size, int rn, int rd) implements Simd {
    }

    /**
     * "Shift by immediate". {@code size} is the element size the shift applies to: the narrow
     * (destination) size for {@code SHRN}, the narrow (source) size for {@code SSHLL}.
     * {@code shift} is decoded: a right shift from 1 to the element size, a left shift from 0
     * to the element size minus one.
     */
    record ShiftImm(ShiftImmOp op, boolean scalar, boolean q, int size, int shift, int rn, int rd)
            implements Simd {
    }

    /**
     * "Modified immediate" (MOVI, MVNI, ORR, BIC, FMOV vector). {@code imm} is the 64-bit pattern
     * AdvSIMDExpandImm gives (before MVNI's or BIC's inversion); {@code esize} (8 to 64 bits),
     * {@code imm8}, {@code shift} and {@code msl} keep the encoded form for the disassembler.
     * A 64-bit MOVI with {@code q} false is the scalar {@code MOVI Dd, #imm}.
     */
    record ModifiedImm(ModifiedImmOp op, boolean q, int esize, int imm8, int shift, boolean msl,
            long imm, int rd) implements Simd {
    }

    /**
     * "Copy": DUP, INS, UMOV, SMOV, and the scalar DUP (element). {@code index} is the element
     * of Vn read (or of Vd written, for INS general); {@code index2} the source element of
     * INS (element).
     */
    record Copy(CopyOp op, boolean q, int size, int index, int index2, int rn, int rd)
            implements Simd {
    }

    /** UZP1/UZP2/TRN1/TRN2/ZIP1/ZIP2. */
    record Permute(PermuteOp op, boolean q, int size, int rm, int rn, int rd) implements Simd {
    }

    /** EXT: bytes {@code index} upward of the pair Vm:Vn. */
    record Extract(boolean q, int index, int rm, int rn, int rd) implements Simd {
    }

    /** TBL/TBX with a table of {@code length} consecutive registers starting at Vn. */
    record TableLookup(boolean tbx, boolean q, int length, int rm, int rn, int rd)
            implements Simd {
    }

    enum ThreeSameOp {
        SHADD, UHADD, SQADD, UQADD, SRHADD, URHADD, SHSUB, UHSUB, SQSUB, UQSUB,
        AND, BIC, ORR, ORN, EOR, BSL, BIT, BIF,
        CMGT, CMHI, CMGE, CMHS, CMTST, CMEQ,
        SSHL, USHL, SRSHL, URSHL,
        SMAX, UMAX, SMIN, UMIN, SABD, UABD, SABA, UABA,
        ADD, SUB, MLA, MLS, MUL, PMUL, SQSHL, UQSHL, SQRSHL, UQRSHL, SQDMULH, SQRDMULH,
        SMAXP, UMAXP, SMINP, UMINP, ADDP
    }

    enum ThreeDifferentOp {
        SADDL, UADDL, SADDW, UADDW, SSUBL, USUBL, SSUBW, USUBW,
        ADDHN, RADDHN, SUBHN, RSUBHN,
        SABAL, UABAL, SABDL, UABDL, SMLAL, UMLAL, SMLSL, UMLSL, SMULL, UMULL,
        SQDMLAL, SQDMLSL, SQDMULL, PMULL
    }

    enum TwoRegMiscOp {
        REV64, REV32, REV16, SADDLP, UADDLP, SADALP, UADALP, CLS, CLZ, CNT, NOT, RBIT,
        CMGT_ZERO, CMGE_ZERO, CMEQ_ZERO, CMLE_ZERO, CMLT_ZERO, ABS, NEG, XTN, SHLL,
        SQXTN, UQXTN, SQXTUN, SQABS, SQNEG, SUQADD, USQADD,
        SCVTF, UCVTF, FCVTZS, FCVTZU,
        FCVTNS, FCVTNU, FCVTMS, FCVTMU, FCVTPS, FCVTPU, FCVTAS, FCVTAU,
        FABS, FNEG, FSQRT, FCMGT_ZERO, FCMGE_ZERO, FCMEQ_ZERO, FCMLE_ZERO, FCMLT_ZERO,
        FRINTN, FRINTM, FRINTP, FRINTZ, FRINTA, FRINTX, FRINTI, FCVTL, FCVTN, FCVTXN,
        FRECPE, FRSQRTE, FRECPX, URECPE, URSQRTE
    }

    enum FpThreeSameOp {
        FMAXNM, FMLA, FADD, FMULX, FCMEQ, FMAX, FRECPS, FMINNM, FMLS, FSUB, FMIN, FRSQRTS,
        FMAXNMP, FADDP, FMUL, FCMGE, FACGE, FMAXP, FDIV, FMINNMP, FABD, FCMGT, FACGT, FMINP
    }

    enum ByElementOp {
        MUL, MLA, MLS, SMULL, UMULL, SMLAL, UMLAL, SMLSL, UMLSL,
        SQDMULH, SQRDMULH, SQDMULL, SQDMLAL, SQDMLSL,
        FMUL, FMULX, FMLA, FMLS
    }

    enum AcrossLanesOp {
        ADDV, SADDLV, UADDLV, SMAXV, UMAXV, SMINV, UMINV, ADDP,
        FMAXV, FMINV, FMAXNMV, FMINNMV, FADDP, FMAXP, FMINP, FMAXNMP, FMINNMP
    }

    enum ShiftImmOp {
        SSHR, USHR, SSRA, USRA, SRSHR, URSHR, SRSRA, URSRA, SRI, SHL, SLI,
        SHRN, RSHRN, SSHLL, USHLL,
        SQSHRN, UQSHRN, SQRSHRN, UQRSHRN, SQSHRUN, SQRSHRUN, SQSHL, UQSHL, SQSHLU,
        SCVTF, UCVTF, FCVTZS, FCVTZU
    }

    enum ModifiedImmOp {
        MOVI, MVNI, ORR, BIC, FMOV
    }

    enum CopyOp {
        DUP_ELEMENT, DUP_GENERAL, INS_GENERAL, INS_ELEMENT, UMOV, SMOV, DUP_SCALAR
    }

    enum PermuteOp {
        UZP1, TRN1, ZIP1, UZP2, TRN2, ZIP2
    }
}
