package dev.hotarm.translator.a64.branch;

import dev.hotarm.translator.a64.Insn;

/** Branches, exception generation and system instructions. */
public sealed interface BranchSystem extends Insn {
    /** B and BL: {@code offset} is imm26 * 4, sign-extended. */
    record BranchImm(boolean link, long offset) implements BranchSystem {
    }

    /** SVC #imm16. */
    record Svc(int imm16) implements BranchSystem {
    }
}
