package dev.hotarm.translator.a64.dataproc;

import dev.hotarm.translator.a64.Insn;

/**
 * Integer data processing, immediate and register groups. Register fields keep the manual's
 * encoding (31 is SP or ZR as the form says; the semantics apply the rule through CpuState).
 */
public sealed interface DataProcessing extends Insn {
    /**
     * ADD, ADDS, SUB, SUBS (immediate). {@code imm} is imm12 already shifted by sh.
     * Rd is SP when S is clear; Rn is always SP-capable.
     */
    record AddSubImm(boolean sf, boolean sub, boolean setFlags, long imm, int rn, int rd)
            implements DataProcessing {
    }
}
