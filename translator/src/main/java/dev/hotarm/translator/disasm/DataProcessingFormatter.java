package dev.hotarm.translator.disasm;

import static dev.hotarm.translator.disasm.Operands.hexImm;
import static dev.hotarm.translator.disasm.Operands.reg;
import static dev.hotarm.translator.disasm.Operands.regOrSp;

import dev.hotarm.translator.a64.dataproc.DataProcessing;
import dev.hotarm.translator.a64.dataproc.DataProcessing.AddSubImm;

/** objdump-style text for the integer data-processing groups. */
final class DataProcessingFormatter {
    private DataProcessingFormatter() {
    }

    static String format(DataProcessing insn, long pc) {
        return switch (insn) {
            case AddSubImm i -> {
                String mnemonic = (i.sub() ? "sub" : "add") + (i.setFlags() ? "s" : "");
                String rd = i.setFlags() ? reg(i.sf(), i.rd()) : regOrSp(i.sf(), i.rd());
                yield mnemonic + "\t" + rd + ", " + regOrSp(i.sf(), i.rn()) + ", " + hexImm(i.imm());
            }
        };
    }
}
