package dev.hotarm.translator.disasm;

import static dev.hotarm.translator.disasm.Operands.cond;
import static dev.hotarm.translator.disasm.Operands.condition;
import static dev.hotarm.translator.disasm.Operands.decImm;
import static dev.hotarm.translator.disasm.Operands.hexImm;
import static dev.hotarm.translator.disasm.Operands.reg;
import static dev.hotarm.translator.disasm.Operands.regOrSp;
import static dev.hotarm.translator.disasm.Operands.target;

import dev.hotarm.translator.a64.Bits;
import dev.hotarm.translator.a64.dataproc.DataProcessing;
import dev.hotarm.translator.a64.dataproc.DataProcessing.AddSubCarry;
import dev.hotarm.translator.a64.dataproc.DataProcessing.AddSubExtended;
import dev.hotarm.translator.a64.dataproc.DataProcessing.AddSubImm;
import dev.hotarm.translator.a64.dataproc.DataProcessing.AddSubShifted;
import dev.hotarm.translator.a64.dataproc.DataProcessing.Bitfield;
import dev.hotarm.translator.a64.dataproc.DataProcessing.CondCompare;
import dev.hotarm.translator.a64.dataproc.DataProcessing.CondSelect;
import dev.hotarm.translator.a64.dataproc.DataProcessing.DataProc1;
import dev.hotarm.translator.a64.dataproc.DataProcessing.DataProc2;
import dev.hotarm.translator.a64.dataproc.DataProcessing.DataProc3;
import dev.hotarm.translator.a64.dataproc.DataProcessing.Extend;
import dev.hotarm.translator.a64.dataproc.DataProcessing.Extract;
import dev.hotarm.translator.a64.dataproc.DataProcessing.LogicOp;
import dev.hotarm.translator.a64.dataproc.DataProcessing.LogicalImm;
import dev.hotarm.translator.a64.dataproc.DataProcessing.LogicalShifted;
import dev.hotarm.translator.a64.dataproc.DataProcessing.MoveWide;
import dev.hotarm.translator.a64.dataproc.DataProcessing.Op3;
import dev.hotarm.translator.a64.dataproc.DataProcessing.PcRelAddress;
import dev.hotarm.translator.a64.dataproc.DataProcessing.Shift;
import java.util.Locale;

/**
 * objdump-style text for the integer data-processing groups, with the aliases objdump
 * (binutils 2.40) prefers. Where it differs from the manual's "preferred disassembly" rules
 * (e.g. 64-bit UBFM #0, #7 prints as ubfx, not uxtb), objdump's choice wins.
 */
final class DataProcessingFormatter {
    private DataProcessingFormatter() {
    }


    static String format(DataProcessing insn, long pc) {
        return switch (insn) {
            case PcRelAddress i -> (i.page() ? "adrp\t" : "adr\t") + reg(true, i.rd()) + ", "
                    + target((i.page() ? pc & ~0xFFFL : pc) + i.offset());
            case AddSubImm i -> addSubImm(i);
            case LogicalImm i -> logicalImm(i);
            case MoveWide i -> moveWide(i);
            case Bitfield i -> bitfield(i);
            case Extract i -> i.rn() == i.rm()
                    ? "ror\t" + reg(i.sf(), i.rd()) + ", " + reg(i.sf(), i.rn()) + ", "
                            + decImm(i.lsb())
                    : "extr\t" + regs(i.sf(), i.rd(), i.rn(), i.rm()) + ", " + decImm(i.lsb());
            case LogicalShifted i -> logicalShifted(i);
            case AddSubShifted i -> addSubShifted(i);
            case AddSubExtended i -> addSubExtended(i);
            case AddSubCarry i -> addSubCarry(i);
            case CondCompare i -> (i.sub() ? "ccmp\t" : "ccmn\t") + reg(i.sf(), i.rn()) + ", "
                    + (i.immediate() ? hexImm(i.rmOrImm5()) : reg(i.sf(), i.rmOrImm5())) + ", "
                    + hexImm(i.nzcv()) + ", " + condition(i.cond());
            case CondSelect i -> condSelect(i);
            case DataProc1 i -> lower(i.op()) + "\t"
                    + reg(i.sf(), i.rd()) + ", " + reg(i.sf(), i.rn());
            case DataProc2 i -> dataProc2(i);
            case DataProc3 i -> dataProc3(i);
        };
    }

    private static String addSubImm(AddSubImm i) {
        String shift = i.lsl12() ? ", lsl #12" : "";
        long imm12 = i.lsl12() ? i.imm() >>> 12 : i.imm();
        boolean touchesSp = i.rd() == 31 || i.rn() == 31;
        if (!i.setFlags() && !i.sub() && !i.lsl12() && i.imm() == 0 && touchesSp) {
            return "mov\t" + regOrSp(i.sf(), i.rd()) + ", " + regOrSp(i.sf(), i.rn());
        }
        if (i.setFlags() && i.rd() == 31) {
            return (i.sub() ? "cmp\t" : "cmn\t") + regOrSp(i.sf(), i.rn()) + ", " + hexImm(imm12)
                    + shift;
        }
        String rd = i.setFlags() ? reg(i.sf(), i.rd()) : regOrSp(i.sf(), i.rd());
        return addSubName(i.sub(), i.setFlags()) + "\t" + rd + ", " + regOrSp(i.sf(), i.rn()) + ", "
                + hexImm(imm12) + shift;
    }

    private static String logicalImm(LogicalImm i) {
        if (i.op() == LogicOp.ANDS && i.rd() == 31) {
            return "tst\t" + reg(i.sf(), i.rn()) + ", " + hexImm(i.imm());
        }
        // MOVZ/MOVN cannot write SP, so a bitmask mov to SP is always shown as mov.
        boolean orrFromZero = i.op() == LogicOp.ORR && i.rn() == 31;
        if (orrFromZero && (i.rd() == 31 || !movableWide(i.imm(), i.sf()))) {
            return "mov\t" + regOrSp(i.sf(), i.rd()) + ", " + movImmediate(i.imm(), i.sf());
        }
        String rd = i.op() == LogicOp.ANDS ? reg(i.sf(), i.rd()) : regOrSp(i.sf(), i.rd());
        return lower(i.op()) + "\t" + rd + ", " + reg(i.sf(), i.rn()) + ", " + hexImm(i.imm());
    }

    /** Whether MOVZ or MOVN could build {@code value}: then ORR is not shown as mov. */
    private static boolean movableWide(long value, boolean sf) {
        long mask = Bits.ones(sf ? 64 : 32);
        for (int shift = 0; shift < (sf ? 64 : 32); shift += 16) {
            long outside = mask & ~(0xFFFFL << shift);
            if ((value & outside) == 0 || (~value & outside) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A mov immediate as objdump prints it: hex padded to 23 columns, then the value in
     * signed decimal at the register width as a comment.
     */
    private static String movImmediate(long value, boolean sf) {
        long shown = sf ? value : value & 0xFFFF_FFFFL;
        long signed = sf ? value : (int) value;
        return String.format("%-23s\t// #%d", hexImm(shown), signed);
    }

    private static String moveWide(MoveWide i) {
        String rd = reg(i.sf(), i.rd());
        String shift = i.shift() != 0 ? ", lsl #" + i.shift() : "";
        boolean zeroAboveBottom = i.imm16() == 0 && i.shift() != 0;
        return switch (i.opc()) {
            case MoveWide.MOVZ -> zeroAboveBottom
                    ? "movz\t" + rd + ", " + hexImm(i.imm16()) + shift
                    : "mov\t" + rd + ", " + movImmediate((long) i.imm16() << i.shift(), i.sf());
            // MOVN of 0xffff at 32 bits gives zero, which objdump leaves to MOVZ.
            case MoveWide.MOVN -> zeroAboveBottom || (!i.sf() && i.imm16() == 0xFFFF)
                    ? "movn\t" + rd + ", " + hexImm(i.imm16()) + shift
                    : "mov\t" + rd + ", " + movImmediate(~((long) i.imm16() << i.shift()), i.sf());
            case MoveWide.MOVK -> "movk\t" + rd + ", " + hexImm(i.imm16()) + shift;
            default -> throw new AssertionError(i);
        };
    }

    private static String bitfield(Bitfield i) {
        boolean sf = i.sf();
        int width = sf ? 64 : 32;
        int immr = i.immr();
        int imms = i.imms();
        String rd = reg(sf, i.rd());
        String rn = reg(sf, i.rn());
        String insert = decImm((width - immr) & (width - 1)) + ", " + decImm(imms + 1);
        String extract = decImm(immr) + ", " + decImm(imms - immr + 1);
        return switch (i.opc()) {
            case Bitfield.SBFM -> {
                if (imms == width - 1) {
                    yield "asr\t" + rd + ", " + rn + ", " + decImm(immr);
                } else if (imms < immr) {
                    yield "sbfiz\t" + rd + ", " + rn + ", " + insert;
                } else if (immr == 0 && (imms == 7 || imms == 15 || (sf && imms == 31))) {
                    yield (imms == 7 ? "sxtb\t" : imms == 15 ? "sxth\t" : "sxtw\t") + rd + ", "
                            + reg(false, i.rn());
                }
                yield "sbfx\t" + rd + ", " + rn + ", " + extract;
            }
            case Bitfield.BFM -> {
                if (imms < immr) {
                    yield i.rn() == 31 ? "bfc\t" + rd + ", " + insert
                            : "bfi\t" + rd + ", " + rn + ", " + insert;
                }
                yield "bfxil\t" + rd + ", " + rn + ", " + extract;
            }
            case Bitfield.UBFM -> {
                if (imms != width - 1 && imms + 1 == immr) {
                    yield "lsl\t" + rd + ", " + rn + ", " + decImm(width - immr);
                } else if (imms == width - 1) {
                    yield "lsr\t" + rd + ", " + rn + ", " + decImm(immr);
                } else if (imms < immr) {
                    yield "ubfiz\t" + rd + ", " + rn + ", " + insert;
                } else if (!sf && immr == 0 && (imms == 7 || imms == 15)) {
                    yield (imms == 7 ? "uxtb\t" : "uxth\t") + rd + ", " + rn;
                }
                yield "ubfx\t" + rd + ", " + rn + ", " + extract;
            }
            default -> throw new AssertionError(i);
        };
    }

    private static String logicalShifted(LogicalShifted i) {
        boolean sf = i.sf();
        String shift = shift(i.shift(), i.amount());
        if (i.op() == LogicOp.ORR && i.rn() == 31) {
            if (i.invert()) {
                return "mvn\t" + reg(sf, i.rd()) + ", " + reg(sf, i.rm()) + shift;
            }
            if (shift.isEmpty()) {
                return "mov\t" + reg(sf, i.rd()) + ", " + reg(sf, i.rm());
            }
        }
        if (i.op() == LogicOp.ANDS && !i.invert() && i.rd() == 31) {
            return "tst\t" + reg(sf, i.rn()) + ", " + reg(sf, i.rm()) + shift;
        }
        String name = switch (i.op()) {
            case AND -> i.invert() ? "bic" : "and";
            case ORR -> i.invert() ? "orn" : "orr";
            case EOR -> i.invert() ? "eon" : "eor";
            case ANDS -> i.invert() ? "bics" : "ands";
        };
        return name + "\t" + regs(sf, i.rd(), i.rn(), i.rm()) + shift;
    }

    private static String addSubShifted(AddSubShifted i) {
        boolean sf = i.sf();
        String shift = shift(i.shift(), i.amount());
        if (i.setFlags() && i.rd() == 31) {
            return (i.sub() ? "cmp\t" : "cmn\t") + reg(sf, i.rn()) + ", " + reg(sf, i.rm()) + shift;
        }
        if (i.sub() && i.rn() == 31) {
            return (i.setFlags() ? "negs\t" : "neg\t") + reg(sf, i.rd()) + ", " + reg(sf, i.rm())
                    + shift;
        }
        return addSubName(i.sub(), i.setFlags()) + "\t" + regs(sf, i.rd(), i.rn(), i.rm()) + shift;
    }

    /**
     * The extend is written as LSL (or left out when the amount is 0) when it changes nothing
     * at the operation width and one of the operands is SP.
     */
    private static String addSubExtended(AddSubExtended i) {
        boolean sf = i.sf();
        boolean wideRm = sf && (i.extend() == Extend.UXTX || i.extend() == Extend.SXTX);
        String rm = reg(wideRm, i.rm());
        boolean spOperand = i.rn() == 31 || (!i.setFlags() && i.rd() == 31);
        String extend;
        if (spOperand && i.extend() == (sf ? Extend.UXTX : Extend.UXTW)) {
            extend = i.amount() == 0 ? "" : ", lsl " + decImm(i.amount());
        } else {
            extend = ", " + lower(i.extend())
                    + (i.amount() == 0 ? "" : " " + decImm(i.amount()));
        }
        if (i.setFlags() && i.rd() == 31) {
            return (i.sub() ? "cmp\t" : "cmn\t") + regOrSp(sf, i.rn()) + ", " + rm + extend;
        }
        String rd = i.setFlags() ? reg(sf, i.rd()) : regOrSp(sf, i.rd());
        return addSubName(i.sub(), i.setFlags()) + "\t" + rd + ", " + regOrSp(sf, i.rn()) + ", "
                + rm + extend;
    }

    private static String addSubCarry(AddSubCarry i) {
        boolean sf = i.sf();
        if (i.sub() && i.rn() == 31) {
            return (i.setFlags() ? "ngcs\t" : "ngc\t") + reg(sf, i.rd()) + ", " + reg(sf, i.rm());
        }
        String name = (i.sub() ? "sbc" : "adc") + (i.setFlags() ? "s" : "");
        return name + "\t" + regs(sf, i.rd(), i.rn(), i.rm());
    }

    private static String condSelect(CondSelect i) {
        boolean sf = i.sf();
        String rd = reg(sf, i.rd());
        // The aliases state the condition under which the incremented/inverted value is chosen.
        boolean aliasable = i.rn() == i.rm() && (i.cond() >>> 1) != 7;
        String inverse = aliasable ? condition(i.cond() ^ 1) : null;
        if (i.increment() && !i.invert()) {
            if (aliasable) {
                return i.rn() == 31 ? "cset\t" + rd + ", " + inverse
                        : "cinc\t" + rd + ", " + reg(sf, i.rn()) + ", " + inverse;
            }
            return "csinc\t" + regs(sf, i.rd(), i.rn(), i.rm()) + ", " + condition(i.cond());
        }
        if (i.invert() && !i.increment()) {
            if (aliasable) {
                return i.rn() == 31 ? "csetm\t" + rd + ", " + inverse
                        : "cinv\t" + rd + ", " + reg(sf, i.rn()) + ", " + inverse;
            }
            return "csinv\t" + regs(sf, i.rd(), i.rn(), i.rm()) + ", " + condition(i.cond());
        }
        if (i.invert()) {
            if (aliasable) {
                return "cneg\t" + rd + ", " + reg(sf, i.rn()) + ", " + inverse;
            }
            return "csneg\t" + regs(sf, i.rd(), i.rn(), i.rm()) + ", " + condition(i.cond());
        }
        return "csel\t" + regs(sf, i.rd(), i.rn(), i.rm()) + ", " + condition(i.cond());
    }

    private static String dataProc2(DataProc2 i) {
        String name = switch (i.op()) {
            case UDIV -> "udiv";
            case SDIV -> "sdiv";
            case LSLV -> "lsl";
            case LSRV -> "lsr";
            case ASRV -> "asr";
            case RORV -> "ror";
        };
        return name + "\t" + regs(i.sf(), i.rd(), i.rn(), i.rm());
    }

    private static String dataProc3(DataProc3 i) {
        boolean sf = i.sf();
        String rd = reg(sf, i.rd());
        return switch (i.op()) {
            case MADD, MSUB -> {
                boolean add = i.op() == Op3.MADD;
                if (i.ra() == 31) {
                    yield (add ? "mul\t" : "mneg\t") + regs(sf, i.rd(), i.rn(), i.rm());
                }
                yield (add ? "madd\t" : "msub\t") + regs(sf, i.rd(), i.rn(), i.rm()) + ", "
                        + reg(sf, i.ra());
            }
            case SMADDL, SMSUBL, UMADDL, UMSUBL -> {
                String base = lower(i.op());
                String operands = rd + ", " + reg(false, i.rn()) + ", " + reg(false, i.rm());
                if (i.ra() == 31) {
                    // smaddl -> smull, smsubl -> smnegl, and likewise for the unsigned pair.
                    boolean add = i.op() == Op3.SMADDL || i.op() == Op3.UMADDL;
                    yield base.substring(0, 2) + (add ? "ull\t" : "negl\t") + operands;
                }
                yield base + "\t" + operands + ", " + reg(true, i.ra());
            }
            case SMULH, UMULH -> lower(i.op()) + "\t"
                    + regs(true, i.rd(), i.rn(), i.rm());
        };
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String addSubName(boolean sub, boolean setFlags) {
        return (sub ? "sub" : "add") + (setFlags ? "s" : "");
    }

    private static String regs(boolean sf, int rd, int rn, int rm) {
        return reg(sf, rd) + ", " + reg(sf, rn) + ", " + reg(sf, rm);
    }

    /** A shift suffix; LSL #0 is the unshifted register and is left out. */
    private static String shift(Shift type, int amount) {
        if (type == Shift.LSL && amount == 0) {
            return "";
        }
        return ", " + lower(type) + " " + decImm(amount);
    }

}
