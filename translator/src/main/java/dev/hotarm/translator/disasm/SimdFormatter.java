package dev.hotarm.translator.disasm;

import dev.hotarm.translator.a64.simd.Simd;

/** objdump-style text for the Simd group. */
final class SimdFormatter {
    private SimdFormatter() {
    }

    static String format(Simd insn, long pc) {
        throw new AssertionError("no formatter for " + insn);
    }
}
