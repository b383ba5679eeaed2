package dev.hotarm.translator.interp;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exec.Machine;
import dev.hotarm.runtime.memory.GuestMemory;
import dev.hotarm.translator.a64.loadstore.LoadStore;
import dev.hotarm.translator.a64.loadstore.LoadStore.LoadStoreUnsignedImm;

/** Semantics of loads and stores. */
final class LoadStoreSemantics {
    private LoadStoreSemantics() {
    }

    static long execute(Machine machine, CpuState cpu, LoadStore insn, long pc) {
        GuestMemory memory = machine.memory();
        switch (insn) {
            case LoadStoreUnsignedImm i -> {
                long address = cpu.xOrSp(i.rn()) + i.offset();
                if (i.load()) {
                    cpu.setX(i.rt(), switch (i.size()) {
                        case 0 -> memory.read8(address) & 0xFFL;
                        case 1 -> memory.read16(address) & 0xFFFFL;
                        case 2 -> memory.read32(address) & 0xFFFF_FFFFL;
                        case 3 -> memory.read64(address);
                        default -> throw new AssertionError(i);
                    });
                } else {
                    long value = cpu.x(i.rt());
                    switch (i.size()) {
                        case 0 -> memory.write8(address, (byte) value);
                        case 1 -> memory.write16(address, (short) value);
                        case 2 -> memory.write32(address, (int) value);
                        case 3 -> memory.write64(address, value);
                        default -> throw new AssertionError(i);
                    }
                }
            }
        }
        return pc + 4;
    }
}
