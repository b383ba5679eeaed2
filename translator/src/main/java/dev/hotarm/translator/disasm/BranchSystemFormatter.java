package dev.hotarm.translator.disasm;

import static dev.hotarm.translator.disasm.Operands.cond;
import static dev.hotarm.translator.disasm.Operands.hexImm;
import static dev.hotarm.translator.disasm.Operands.reg;
import static dev.hotarm.translator.disasm.Operands.target;
import static dev.hotarm.translator.disasm.Operands.x;

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

/** objdump-style text for branches, exception generation and system instructions. */
final class BranchSystemFormatter {
    private BranchSystemFormatter() {
    }

    /** Names of the hints objdump knows, by CRm:op2; the rest print as {@code hint #n}. */
    private static String hintName(int op) {
        return switch (op) {
            case 0 -> "nop";
            case 1 -> "yield";
            case 2 -> "wfe";
            case 3 -> "wfi";
            case 4 -> "sev";
            case 5 -> "sevl";
            case 7 -> "xpaclri";
            case 8 -> "pacia1716";
            case 10 -> "pacib1716";
            case 12 -> "autia1716";
            case 14 -> "autib1716";
            case 16 -> "esb";
            case 17 -> "psb\tcsync";
            case 18 -> "tsb\tcsync";
            case 20 -> "csdb";
            case 22 -> "clearbhb";
            case 24 -> "paciaz";
            case 25 -> "paciasp";
            case 26 -> "pacibz";
            case 27 -> "pacibsp";
            case 28 -> "autiaz";
            case 29 -> "autiasp";
            case 30 -> "autibz";
            case 31 -> "autibsp";
            case 32 -> "bti";
            case 34 -> "bti\tc";
            case 36 -> "bti\tj";
            case 38 -> "bti\tjc";
            default -> "hint\t" + hexImm(op);
        };
    }

    /** DMB/DSB options by CRm, as objdump names them; null for an unnamed one. */
    private static String barrierOption(int crm) {
        return switch (crm) {
            case 15 -> "sy";
            case 14 -> "st";
            case 13 -> "ld";
            case 11 -> "ish";
            case 10 -> "ishst";
            case 9 -> "ishld";
            case 7 -> "nsh";
            case 6 -> "nshst";
            case 5 -> "nshld";
            case 3 -> "osh";
            case 2 -> "oshst";
            case 1 -> "oshld";
            default -> null;
        };
    }

    /**
     * objdump follows B.cond with the SVE names of the same condition (b.none for b.eq, ...)
     * as a comment, whether or not the binary uses SVE.
     */
    private static String sveConditionAliases(int cond) {
        String names = Operands.sveNames(cond);
        return names == null ? "" : "  // b." + names.replace(", ", ", b.");
    }

    static String format(BranchSystem insn, long pc) {
        return switch (insn) {
            case BranchImm b -> (b.link() ? "bl" : "b") + "\t" + target(pc + b.offset());
            case CondBranch b -> "b." + cond(b.cond()) + "\t" + target(pc + b.offset())
                    + sveConditionAliases(b.cond());
            case CompareBranch b -> (b.nonZero() ? "cbnz" : "cbz") + "\t" + reg(b.sf(), b.rt())
                    + ", " + target(pc + b.offset());
            case TestBranch b -> (b.nonZero() ? "tbnz" : "tbz") + "\t" + reg(b.bit() >= 32, b.rt())
                    + ", #" + b.bit() + ", " + target(pc + b.offset());
            case BranchReg b -> switch (b.kind()) {
                case BR -> "br\t" + x(b.rn());
                case BLR -> "blr\t" + x(b.rn());
                case RET -> b.rn() == 30 ? "ret" : "ret\t" + x(b.rn());
            };
            case Svc s -> "svc\t" + hexImm(s.imm16());
            case Brk b -> "brk\t" + hexImm(b.imm16());
            case Hint h -> hintName(h.op());
            case Barrier b -> barrier(b);
            case SystemRegister s -> s.read()
                    ? "mrs\t" + x(s.rt()) + ", " + SystemRegisters.name(s.sysreg())
                    : "msr\t" + SystemRegisters.name(s.sysreg()) + ", " + x(s.rt());
            case CacheMaintenance c -> {
                String[] parts = c.op().name().toLowerCase().split("_");
                yield parts[0] + "\t" + parts[1] + ", " + x(c.rt());
            }
        };
    }

    private static String barrier(Barrier b) {
        return switch (b.kind()) {
            case CLREX -> b.crm() == 15 ? "clrex" : "clrex\t" + hexImm(b.crm());
            case ISB -> b.crm() == 15 ? "isb" : "isb\t" + hexImm(b.crm());
            case SB -> "sb";
            case DSB, DMB -> {
                String name = b.kind() == BranchSystem.BarrierKind.DSB ? "dsb" : "dmb";
                if (b.kind() == BranchSystem.BarrierKind.DSB && b.crm() == 0) {
                    yield "ssbb";
                }
                if (b.kind() == BranchSystem.BarrierKind.DSB && b.crm() == 4) {
                    yield "pssbb";
                }
                String option = barrierOption(b.crm());
                yield name + "\t" + (option != null ? option : String.format("#0x%02x", b.crm()));
            }
        };
    }
}
