package dev.hotarm.translator.a64.branch;

import dev.hotarm.translator.a64.Insn;

/**
 * Branches, exception generation and system instructions. Branch offsets are decoded (scaled
 * and sign-extended) and relative to the instruction's own address.
 */
public sealed interface BranchSystem extends Insn {
    /** B and BL: {@code offset} is imm26 * 4, sign-extended. */
    record BranchImm(boolean link, long offset) implements BranchSystem {
    }

    /** B.cond: {@code offset} is imm19 * 4, sign-extended. */
    record CondBranch(int cond, long offset) implements BranchSystem {
    }

    /** CBZ ({@code nonZero} false) and CBNZ on Wt or Xt. */
    record CompareBranch(boolean sf, boolean nonZero, long offset, int rt) implements BranchSystem {
    }

    /** TBZ ({@code nonZero} false) and TBNZ on bit {@code bit} (b5:b40) of Rt. */
    record TestBranch(int bit, boolean nonZero, long offset, int rt) implements BranchSystem {
    }

    /** The three unconditional branches to a register. */
    enum RegisterBranchKind { BR, BLR, RET }

    /** BR, BLR, RET to the address in Xn. */
    record BranchReg(RegisterBranchKind kind, int rn) implements BranchSystem {
    }

    /** SVC #imm16. */
    record Svc(int imm16) implements BranchSystem {
    }

    /** BRK #imm16: a breakpoint (SIGTRAP under Linux). */
    record Brk(int imm16) implements BranchSystem {
    }

    /**
     * A hint (CRm:op2 in {@code op}): NOP, YIELD, WFE, WFI, SEV, SEVL, the pointer
     * authentication and BTI hints, CSDB, ESB, ... None changes state here: we advertise
     * neither PAuth nor BTI, and a CPU without them executes these as NOPs.
     */
    record Hint(int op) implements BranchSystem {
    }

    /** DSB, DMB, ISB, SB, SSBB, PSSBB and CLREX, with the CRm option. */
    enum BarrierKind { CLREX, DSB, DMB, ISB, SB }

    record Barrier(BarrierKind kind, int crm) implements BranchSystem {
    }

    /**
     * MRS ({@code read} true) and MSR (register): {@code sysreg} packs op0:op1:CRn:CRm:op2 as
     * the encoding does (bits 20-5 of the word).
     */
    record SystemRegister(boolean read, int sysreg, int rt) implements BranchSystem {
    }

    /**
     * Cache maintenance by virtual address that user space may execute (SYS with Rt). DC GVA
     * and DC GZVA belong to the memory tagging extension, which we do not advertise: they decode
     * (objdump names them, and glibc's memset holds them behind an MTE check) but are undefined
     * when executed.
     */
    enum CacheOp { DC_ZVA, DC_CVAC, DC_CVAU, DC_CVAP, DC_CIVAC, IC_IVAU, DC_GVA, DC_GZVA }

    record CacheMaintenance(CacheOp op, int rt) implements BranchSystem {
    }
}
