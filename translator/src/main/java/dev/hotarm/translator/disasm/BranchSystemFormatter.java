package dev.hotarm.translator.disasm;

import dev.hotarm.translator.a64.branch.BranchSystem;

/** objdump-style text for the BranchSystem group. */
final class BranchSystemFormatter {
    private BranchSystemFormatter() {
    }

    static String format(BranchSystem insn, long pc) {
        throw new AssertionError("no formatter for " + insn);
    }
}
