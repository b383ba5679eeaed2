package dev.hotarm.translator.interp;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exec.Machine;
import dev.hotarm.translator.a64.branch.BranchSystem;
import dev.hotarm.translator.a64.branch.BranchSystem.BranchImm;
import dev.hotarm.translator.a64.branch.BranchSystem.Svc;

/** Semantics of branches, exception generation and system instructions. */
final class BranchSystemSemantics {
    private BranchSystemSemantics() {
    }

    static long execute(Machine machine, CpuState cpu, BranchSystem insn, long pc) {
        return switch (insn) {
            case BranchImm b -> {
                if (b.link()) {
                    cpu.x[30] = pc + 4;
                }
                yield pc + b.offset();
            }
            case Svc s -> {
                cpu.pc = pc + 4;
                machine.supervisorCallHandler().supervisorCall(cpu, s.imm16());
                yield cpu.pc;
            }
        };
    }
}
