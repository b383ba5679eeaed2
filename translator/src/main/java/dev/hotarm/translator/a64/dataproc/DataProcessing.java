package dev.hotarm.translator.a64.dataproc;

import dev.hotarm.translator.a64.Insn;

/**
 * Integer data processing, immediate and register groups. Register fields keep the manual's
 * encoding (31 is SP or ZR as the form says; the semantics apply the rule through CpuState).
 * {@code sf} selects 64-bit (true) or 32-bit operation.
 */
public sealed interface DataProcessing extends Insn {

    /** Shift types of the shifted-register forms, in encoding order. */
    enum Shift { LSL, LSR, ASR, ROR }

    /** Extend options of the extended-register forms, in encoding order. */
    enum Extend { UXTB, UXTH, UXTW, UXTX, SXTB, SXTH, SXTW, SXTX }

    /** Logical operations in opc order (AND, ORR, EOR, ANDS). */
    enum LogicOp { AND, ORR, EOR, ANDS }

    /** Data-processing (1 source) operations hotarm implements. */
    enum Op1 { RBIT, REV16, REV32, REV, CLZ, CLS }

    /** Data-processing (2 source) operations hotarm implements. */
    enum Op2 { UDIV, SDIV, LSLV, LSRV, ASRV, RORV }

    /** Data-processing (3 source) operations. */
    enum Op3 { MADD, MSUB, SMADDL, SMSUBL, UMADDL, UMSUBL, SMULH, UMULH }

    // ---- Data Processing -- Immediate ----

    /**
     * ADR ({@code page} false: Rd = PC + offset) and ADRP ({@code page} true: Rd = the PC's
     * 4 KB page + offset, where {@code offset} is already a multiple of 4096).
     */
    record PcRelAddress(boolean page, long offset, int rd) implements DataProcessing {
    }

    /**
     * ADD, ADDS, SUB, SUBS (immediate). {@code imm} is imm12 already shifted by sh;
     * {@code lsl12} records sh only for the disassembler. Rd is SP when S is clear; Rn is
     * always SP-capable.
     */
    record AddSubImm(boolean sf, boolean sub, boolean setFlags, long imm, boolean lsl12, int rn,
                     int rd) implements DataProcessing {
    }

    /**
     * AND, ORR, EOR, ANDS (immediate) with the bitmask already expanded by DecodeBitMasks
     * (zero-extended from 32 bits when sf is clear). Rd is SP except for ANDS; Rn is ZR.
     */
    record LogicalImm(boolean sf, LogicOp op, long imm, int rn, int rd) implements DataProcessing {
    }

    /** MOVN ({@code opc} 0), MOVZ (2), MOVK (3): imm16 placed at bit {@code shift} (hw * 16). */
    record MoveWide(boolean sf, int opc, int imm16, int shift, int rd) implements DataProcessing {
        public static final int MOVN = 0, MOVZ = 2, MOVK = 3;
    }

    /**
     * SBFM ({@code opc} 0), BFM (1), UBFM (2). {@code wmask} and {@code tmask} are the two
     * masks DecodeBitMasks yields for immr/imms (non-immediate form); immr and imms are kept
     * for the disassembler's alias choice.
     */
    record Bitfield(boolean sf, int opc, int immr, int imms, long wmask, long tmask, int rn, int rd)
            implements DataProcessing {
        public static final int SBFM = 0, BFM = 1, UBFM = 2;
    }

    /** EXTR: bits lsb.. of the concatenation Rn:Rm. */
    record Extract(boolean sf, int lsb, int rm, int rn, int rd) implements DataProcessing {
    }

    // ---- Data Processing -- Register ----

    /** AND, BIC, ORR, ORN, EOR, EON, ANDS, BICS (shifted register); {@code invert} is N. */
    record LogicalShifted(boolean sf, LogicOp op, boolean invert, Shift shift, int amount, int rm,
                          int rn, int rd) implements DataProcessing {
    }

    /** ADD, ADDS, SUB, SUBS (shifted register); never ROR. Register 31 is ZR throughout. */
    record AddSubShifted(boolean sf, boolean sub, boolean setFlags, Shift shift, int amount, int rm,
                         int rn, int rd) implements DataProcessing {
    }

    /**
     * ADD, ADDS, SUB, SUBS (extended register): Rm extended then shifted left by
     * {@code amount} (0-4). Rn is SP-capable; Rd is SP-capable unless flags are set.
     */
    record AddSubExtended(boolean sf, boolean sub, boolean setFlags, Extend extend, int amount,
                          int rm, int rn, int rd) implements DataProcessing {
    }

    /** ADC, ADCS, SBC, SBCS. */
    record AddSubCarry(boolean sf, boolean sub, boolean setFlags, int rm, int rn, int rd)
            implements DataProcessing {
    }

    /**
     * CCMN ({@code sub} false) and CCMP (true), register or immediate second operand: when
     * {@code cond} holds, flags of Rn +/- operand; otherwise NZCV = {@code nzcv} (4 bits).
     */
    record CondCompare(boolean sf, boolean sub, boolean immediate, int rmOrImm5, int cond, int nzcv,
                       int rn) implements DataProcessing {
    }

    /**
     * CSEL, CSINC, CSINV, CSNEG: Rd = cond ? Rn : f(Rm), with f inverting when {@code invert}
     * (op) and incrementing when {@code increment} (op2&lt;0&gt;): both give negation.
     */
    record CondSelect(boolean sf, boolean invert, boolean increment, int cond, int rm, int rn,
                      int rd) implements DataProcessing {
    }

    /** RBIT, REV16, REV32, REV, CLZ, CLS. */
    record DataProc1(boolean sf, Op1 op, int rn, int rd) implements DataProcessing {
    }

    /** UDIV, SDIV, LSLV, LSRV, ASRV, RORV. */
    record DataProc2(boolean sf, Op2 op, int rm, int rn, int rd) implements DataProcessing {
    }

    /**
     * MADD, MSUB (at sf width), SMADDL..UMSUBL (64-bit result from 32-bit Rn, Rm),
     * SMULH, UMULH (high half of the 128-bit product; Ra unused).
     */
    record DataProc3(boolean sf, Op3 op, int rm, int ra, int rn, int rd) implements DataProcessing {
    }
}
