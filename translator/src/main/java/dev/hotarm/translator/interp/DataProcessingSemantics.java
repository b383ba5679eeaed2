package dev.hotarm.translator.interp;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exec.Machine;
import dev.hotarm.translator.a64.dataproc.DataProcessing;
import dev.hotarm.translator.a64.dataproc.DataProcessing.AddSubImm;

/** Semantics of the integer data-processing groups. */
final class DataProcessingSemantics {
    private DataProcessingSemantics() {
    }

    static long execute(Machine machine, CpuState cpu, DataProcessing insn, long pc) {
        switch (insn) {
            case AddSubImm i -> {
                long operand1 = cpu.xOrSp(i.rn());
                long operand2 = i.sub() ? ~i.imm() : i.imm();
                long result = Alu.addWithCarry(cpu, i.sf(), operand1, operand2, i.sub(), i.setFlags());
                if (i.setFlags()) {
                    cpu.setReg(i.sf(), i.rd(), result);
                } else {
                    cpu.setRegOrSp(i.sf(), i.rd(), result);
                }
            }
        }
        return pc + 4;
    }
}
