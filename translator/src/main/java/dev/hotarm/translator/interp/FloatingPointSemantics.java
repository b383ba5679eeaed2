package dev.hotarm.translator.interp;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exec.Machine;
import dev.hotarm.translator.a64.fp.FloatingPoint;

/** Semantics of scalar floating point. */
final class FloatingPointSemantics {
    private FloatingPointSemantics() {
    }

    static long execute(Machine machine, CpuState cpu, FloatingPoint insn, long pc) {
        throw new AssertionError("no semantics for " + insn);
    }
}
