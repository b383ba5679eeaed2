package dev.hotarm.translator.disasm;

import dev.hotarm.translator.a64.Insn;
import dev.hotarm.translator.a64.branch.BranchSystem;
import dev.hotarm.translator.a64.dataproc.DataProcessing;
import dev.hotarm.translator.a64.loadstore.LoadStore;

import java.util.OptionalLong;

/** The address a PC-relative instruction refers to, for printers that name it. */
public final class Targets {
    private Targets() {
    }

    /** The branch target or PC-relative address of {@code insn} at {@code pc}, if it has one. */
    public static OptionalLong of(Insn insn, long pc) {
        return switch (insn) {
            case BranchSystem.BranchImm b -> OptionalLong.of(pc + b.offset());
            case BranchSystem.CondBranch b -> OptionalLong.of(pc + b.offset());
            case BranchSystem.CompareBranch b -> OptionalLong.of(pc + b.offset());
            case BranchSystem.TestBranch b -> OptionalLong.of(pc + b.offset());
            case DataProcessing.PcRelAddress a ->
                    OptionalLong.of((a.page() ? pc & ~0xFFFL : pc) + a.offset());
            case LoadStore.LoadLiteral l -> OptionalLong.of(pc + l.offset());
            default -> OptionalLong.empty();
        };
    }
}
