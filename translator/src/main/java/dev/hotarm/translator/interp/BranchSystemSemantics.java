package dev.hotarm.translator.interp;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exception.Breakpoint;
import dev.hotarm.runtime.exception.UndefinedInstruction;
import dev.hotarm.runtime.exec.Machine;
import dev.hotarm.runtime.memory.GuestMemory;
import dev.hotarm.translator.a64.branch.BranchSystem;
import dev.hotarm.translator.a64.branch.BranchSystem.Barrier;
import dev.hotarm.translator.a64.branch.BranchSystem.BranchImm;
import dev.hotarm.translator.a64.branch.BranchSystem.BranchReg;
import dev.hotarm.translator.a64.branch.BranchSystem.Brk;
import dev.hotarm.translator.a64.branch.BranchSystem.CacheMaintenance;
import dev.hotarm.translator.a64.branch.BranchSystem.CompareBranch;
import dev.hotarm.translator.a64.branch.BranchSystem.CondBranch;
import dev.hotarm.translator.a64.branch.BranchSystem.Hint;
import dev.hotarm.translator.a64.branch.BranchSystem.Svc;
import dev.hotarm.translator.a64.branch.BranchSystem.SystemRegister;
import dev.hotarm.translator.a64.branch.BranchSystem.TestBranch;
import dev.hotarm.translator.a64.branch.SystemRegisters;

/** Semantics of branches, exception generation and system instructions. */
public final class BranchSystemSemantics {
    /** DC ZVA zeroes blocks of 4 << DCZID_EL0.BS bytes. */
    static final int ZVA_BLOCK = 4 << Machine.DCZID;

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
            case CondBranch b -> cpu.conditionHolds(b.cond()) ? pc + b.offset() : pc + 4;
            case CompareBranch b -> {
                long value = b.sf() ? cpu.x(b.rt()) : cpu.x(b.rt()) & 0xFFFF_FFFFL;
                yield (value != 0) == b.nonZero() ? pc + b.offset() : pc + 4;
            }
            case TestBranch b -> {
                boolean set = ((cpu.x(b.rt()) >>> b.bit()) & 1) != 0;
                yield set == b.nonZero() ? pc + b.offset() : pc + 4;
            }
            case BranchReg b -> {
                // Read the target before writing X30: BLR X30 branches to the old value.
                long target = cpu.x(b.rn());
                if (b.kind() == BranchSystem.RegisterBranchKind.BLR) {
                    cpu.x[30] = pc + 4;
                }
                yield target;
            }
            case Svc s -> {
                cpu.pc = pc + 4;
                machine.supervisorCallHandler().supervisorCall(cpu, s.imm16());
                yield cpu.pc;
            }
            case Brk b -> throw new Breakpoint(pc, b.imm16());
            case Hint h -> pc + 4;
            case Barrier b -> {
                if (b.kind() == BranchSystem.BarrierKind.CLREX) {
                    cpu.exclusiveAddress = -1;
                }
                yield pc + 4;
            }
            case SystemRegister s -> {
                if (s.read()) {
                    cpu.setX(s.rt(), readSystemRegister(machine, cpu, s.sysreg(), pc));
                } else {
                    writeSystemRegister(cpu, s.sysreg(), cpu.x(s.rt()), pc);
                }
                yield pc + 4;
            }
            case CacheMaintenance c -> {
                boolean tagging = c.op() == BranchSystem.CacheOp.DC_GVA;
                if (tagging || c.op() == BranchSystem.CacheOp.DC_GZVA) {
                    // Without FEAT_MTE these encodings are unallocated: SIGILL, as on such a CPU.
                    int word = 0xD50B7400 | (tagging ? 3 << 5 : 4 << 5) | c.rt();
                    throw new UndefinedInstruction(pc, word, "DC " + c.op().name().substring(3));
                }
                if (c.op() == BranchSystem.CacheOp.DC_ZVA) {
                    zeroBlock(machine.memory(), cpu.x(c.rt()));
                }
                // Cleaning and invalidating caches is invisible here: guest memory is coherent,
                // and the JIT learns of rewritten code from the writes themselves.
                yield pc + 4;
            }
        };
    }

    /** DC ZVA: zeroes the aligned block holding {@code address}, faulting like a store would. */
    private static void zeroBlock(GuestMemory memory, long address) {
        long base = address & -ZVA_BLOCK;
        memory.checkAccess(base, ZVA_BLOCK, GuestMemory.WRITE);
        for (int i = 0; i < ZVA_BLOCK; i += 8) {
            memory.write64(base + i, 0);
        }
    }

    /**
     * MRS at EL0: the registers user space may read, with the values Linux shows it (ID
     * registers as the kernel's emulation reports them for an ARMv8.0 core with FP and ASIMD).
     */
    public static long readSystemRegister(Machine machine, CpuState cpu, int sysreg, long pc) {
        if (sysreg == SystemRegisters.TPIDR_EL0) {
            return cpu.tpidrEl0;
        } else if (sysreg == SystemRegisters.NZCV) {
            return cpu.nzcv & 0xFFFF_FFFFL;
        } else if (sysreg == SystemRegisters.FPCR) {
            return cpu.fpcr & 0xFFFF_FFFFL;
        } else if (sysreg == SystemRegisters.FPSR) {
            return cpu.fpsr & 0xFFFF_FFFFL;
        } else if (sysreg == SystemRegisters.CNTVCT_EL0) {
            return machine.virtualCount();
        } else if (sysreg == SystemRegisters.CNTFRQ_EL0) {
            return Machine.COUNTER_FREQUENCY;
        } else if (sysreg == SystemRegisters.DCZID_EL0) {
            return Machine.DCZID;
        } else if (sysreg == SystemRegisters.CTR_EL0) {
            return Machine.CTR;
        } else if (sysreg == SystemRegisters.TPIDRRO_EL0) {
            return 0;
        } else if (sysreg == SystemRegisters.MIDR_EL1) {
            return machine.midr();
        } else if (sysreg == SystemRegisters.MPIDR_EL1) {
            return 0x8000_0000L;
        } else if (sysreg == SystemRegisters.REVIDR_EL1) {
            return 0;
        } else if (sysreg == SystemRegisters.ID_AA64PFR0_EL1) {
            return 0x11;   // EL0 and EL1 in AArch64 only; FP and AdvSIMD implemented (0)
        } else if (((sysreg >>> 11) & 0xF) == 0b1000 && ((sysreg >>> 7) & 0xF) == 0
                && ((sysreg >>> 3) & 0xF) >= 4) {
            return 0;      // the other ID_AA64*_EL1 registers: no optional feature present
        }
        throw new UndefinedInstruction(pc, encode(true, sysreg), "MRS " + SystemRegisters.name(sysreg));
    }

    private static void writeSystemRegister(CpuState cpu, int sysreg, long value, long pc) {
        if (sysreg == SystemRegisters.TPIDR_EL0) {
            cpu.tpidrEl0 = value;
        } else if (sysreg == SystemRegisters.NZCV) {
            cpu.nzcv = (int) value & 0xF000_0000;
        } else if (sysreg == SystemRegisters.FPCR) {
            cpu.fpcr = (int) value;
        } else if (sysreg == SystemRegisters.FPSR) {
            cpu.fpsr = (int) value;
        } else {
            throw new UndefinedInstruction(pc, encode(false, sysreg), "MSR " + SystemRegisters.name(sysreg));
        }
    }

    /** The MRS/MSR word for a message (Rt is not known here and reads as 0). */
    private static int encode(boolean read, int sysreg) {
        return 0xD510_0000 | (read ? 1 << 21 : 0) | (sysreg << 5);
    }
}
