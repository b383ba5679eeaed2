package dev.hotarm.translator.disasm;

import dev.hotarm.translator.a64.fp.FloatingPoint;

/** objdump-style text for the FloatingPoint group. */
final class FloatingPointFormatter {
    private FloatingPointFormatter() {
    }

    static String format(FloatingPoint insn, long pc) {
        throw new AssertionError("no formatter for " + insn);
    }
}
