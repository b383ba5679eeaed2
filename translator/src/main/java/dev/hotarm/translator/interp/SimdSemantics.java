package dev.hotarm.translator.interp;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exec.Machine;
import dev.hotarm.translator.a64.simd.Simd;

/** Semantics of Advanced SIMD. */
final class SimdSemantics {
    private SimdSemantics() {
    }

    static long execute(Machine machine, CpuState cpu, Simd insn, long pc) {
        throw new AssertionError("no semantics for " + insn);
    }
}
