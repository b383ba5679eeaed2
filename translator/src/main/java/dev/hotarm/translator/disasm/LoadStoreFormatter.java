package dev.hotarm.translator.disasm;

import dev.hotarm.translator.a64.loadstore.LoadStore;

/** objdump-style text for the LoadStore group. */
final class LoadStoreFormatter {
    private LoadStoreFormatter() {
    }

    static String format(LoadStore insn, long pc) {
        throw new AssertionError("no formatter for " + insn);
    }
}
