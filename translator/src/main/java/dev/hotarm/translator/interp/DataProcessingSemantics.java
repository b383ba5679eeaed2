package dev.hotarm.translator.interp;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exec.Machine;
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
import dev.hotarm.translator.a64.dataproc.DataProcessing.Extract;
import dev.hotarm.translator.a64.dataproc.DataProcessing.LogicOp;
import dev.hotarm.translator.a64.dataproc.DataProcessing.LogicalImm;
import dev.hotarm.translator.a64.dataproc.DataProcessing.LogicalShifted;
import dev.hotarm.translator.a64.dataproc.DataProcessing.MoveWide;
import dev.hotarm.translator.a64.dataproc.DataProcessing.PcRelAddress;
import dev.hotarm.translator.a64.dataproc.DataProcessing.Shift;

/**
 * Semantics of the integer data-processing groups. Every 32-bit form computes on the low
 * word and writes through {@link CpuState#setReg}, which zeroes bits 63-32.
 */
public final class DataProcessingSemantics {
    private DataProcessingSemantics() {
    }

    static long execute(Machine machine, CpuState cpu, DataProcessing insn, long pc) {
        switch (insn) {
            case PcRelAddress i -> cpu.setX(i.rd(), (i.page() ? pc & ~0xFFFL : pc) + i.offset());
            case AddSubImm i -> {
                long operand1 = cpu.xOrSp(i.rn());
                long operand2 = i.sub() ? ~i.imm() : i.imm();
                long result = Alu.addWithCarry(cpu, i.sf(), operand1, operand2, i.sub(),
                        i.setFlags());
                if (i.setFlags()) {
                    cpu.setReg(i.sf(), i.rd(), result);
                } else {
                    cpu.setRegOrSp(i.sf(), i.rd(), result);
                }
            }
            case LogicalImm i -> {
                long result = logic(i.sf(), i.op(), cpu.x(i.rn()), i.imm());
                if (i.op() == LogicOp.ANDS) {
                    cpu.nzcv = Alu.logicalFlags(i.sf(), result);
                }
                if (i.op() == LogicOp.ANDS) {
                    cpu.setReg(i.sf(), i.rd(), result);
                } else {
                    cpu.setRegOrSp(i.sf(), i.rd(), result);
                }
            }
            case MoveWide i -> cpu.setReg(i.sf(), i.rd(), moveWide(i, cpu.x(i.rd())));
            case Bitfield i -> cpu.setReg(i.sf(), i.rd(), bitfield(i, cpu.x(i.rn()), cpu.x(i.rd())));
            case Extract i -> cpu.setReg(i.sf(), i.rd(), extract(i, cpu.x(i.rn()), cpu.x(i.rm())));
            case LogicalShifted i -> {
                long operand2 = Alu.shift(cpu.x(i.rm()), i.shift(), i.amount(), i.sf());
                if (i.invert()) {
                    operand2 = ~operand2;
                }
                long result = logic(i.sf(), i.op(), cpu.x(i.rn()), operand2);
                if (i.op() == LogicOp.ANDS) {
                    cpu.nzcv = Alu.logicalFlags(i.sf(), result);
                }
                cpu.setReg(i.sf(), i.rd(), result);
            }
            case AddSubShifted i -> {
                long operand2 = Alu.shift(cpu.x(i.rm()), i.shift(), i.amount(), i.sf());
                long result = Alu.addWithCarry(cpu, i.sf(), cpu.x(i.rn()),
                        i.sub() ? ~operand2 : operand2, i.sub(), i.setFlags());
                cpu.setReg(i.sf(), i.rd(), result);
            }
            case AddSubExtended i -> {
                long operand2 = Alu.extend(cpu.x(i.rm()), i.extend(), i.amount(), i.sf());
                long result = Alu.addWithCarry(cpu, i.sf(), cpu.xOrSp(i.rn()),
                        i.sub() ? ~operand2 : operand2, i.sub(), i.setFlags());
                if (i.setFlags()) {
                    cpu.setReg(i.sf(), i.rd(), result);
                } else {
                    cpu.setRegOrSp(i.sf(), i.rd(), result);
                }
            }
            case AddSubCarry i -> {
                long operand2 = cpu.x(i.rm());
                boolean carry = (cpu.nzcv & CpuState.C) != 0;
                long result = Alu.addWithCarry(cpu, i.sf(), cpu.x(i.rn()),
                        i.sub() ? ~operand2 : operand2, carry, i.setFlags());
                cpu.setReg(i.sf(), i.rd(), result);
            }
            case CondCompare i -> {
                if (cpu.conditionHolds(i.cond())) {
                    long operand2 = i.immediate() ? i.rmOrImm5() : cpu.x(i.rmOrImm5());
                    Alu.addWithCarry(cpu, i.sf(), cpu.x(i.rn()), i.sub() ? ~operand2 : operand2,
                            i.sub(), true);
                } else {
                    cpu.nzcv = i.nzcv() << 28;
                }
            }
            case CondSelect i -> {
                long result;
                if (cpu.conditionHolds(i.cond())) {
                    result = cpu.x(i.rn());
                } else {
                    result = cpu.x(i.rm());
                    if (i.invert()) {
                        result = ~result;
                    }
                    if (i.increment()) {
                        result++;
                    }
                }
                cpu.setReg(i.sf(), i.rd(), result);
            }
            case DataProc1 i -> cpu.setReg(i.sf(), i.rd(), dataProc1(i, cpu.x(i.rn())));
            case DataProc2 i -> cpu.setReg(i.sf(), i.rd(),
                    dataProc2(i, cpu.x(i.rn()), cpu.x(i.rm())));
            case DataProc3 i -> cpu.setReg(i.sf(), i.rd(),
                    dataProc3(i, cpu.x(i.rn()), cpu.x(i.rm()), cpu.x(i.ra())));
        }
        return pc + 4;
    }

    /** AND, ORR, EOR, ANDS at 32 or 64 bits; the caller sets ANDS's flags. */
    public static long logic(boolean sf, LogicOp op, long operand1, long operand2) {
        long result = switch (op) {
            case AND, ANDS -> operand1 & operand2;
            case ORR -> operand1 | operand2;
            case EOR -> operand1 ^ operand2;
        };
        return sf ? result : result & 0xFFFF_FFFFL;
    }

    /** MOVN, MOVZ, MOVK; {@code old} is Rd before the instruction (MOVK keeps its other bits). */
    public static long moveWide(MoveWide i, long old) {
        long placed = (long) i.imm16() << i.shift();
        long result = switch (i.opc()) {
            case MoveWide.MOVN -> ~placed;
            case MoveWide.MOVZ -> placed;
            case MoveWide.MOVK -> old & ~(0xFFFFL << i.shift()) | placed;
            default -> throw new AssertionError(i);
        };
        return i.sf() ? result : result & 0xFFFF_FFFFL;
    }

    /**
     * The manual's bitfield move: the rotated source merged under wmask into the destination
     * (BFM) or zero (SBFM, UBFM), then bits above tmask taken from the destination (BFM), zero
     * (UBFM) or copies of source bit imms (SBFM).
     */
    public static long bitfield(Bitfield i, long src, long rd) {
        int width = i.sf() ? 64 : 32;
        long dst = i.opc() == Bitfield.BFM ? rd : 0;

        long bottom = (dst & ~i.wmask()) | (Bits.ror(src, i.immr(), width) & i.wmask());
        long top = i.opc() == Bitfield.SBFM ? -((src >>> i.imms()) & 1) : dst;
        return (top & ~i.tmask()) | (bottom & i.tmask());
    }

    public static long extract(Extract i, long rn, long rm) {
        if (i.sf()) {
            return i.lsb() == 0 ? rm : (rm >>> i.lsb()) | (rn << (64 - i.lsb()));
        }
        long concatenated = (rn << 32) | (rm & 0xFFFF_FFFFL);
        return concatenated >>> i.lsb();
    }

    public static long dataProc1(DataProc1 i, long value) {
        boolean sf = i.sf();
        int w = (int) value;
        return switch (i.op()) {
            case RBIT -> sf ? Long.reverse(value) : Integer.reverse(w);
            case REV16 -> ((value & 0x00FF_00FF_00FF_00FFL) << 8)
                    | ((value >>> 8) & 0x00FF_00FF_00FF_00FFL);
            case REV32 -> Long.rotateLeft(Long.reverseBytes(value), 32);
            case REV -> sf ? Long.reverseBytes(value) : Integer.reverseBytes(w);
            case CLZ -> sf ? Long.numberOfLeadingZeros(value) : Integer.numberOfLeadingZeros(w);
            // Sign bits below the top one: leading zeros of (x XOR x >> 1), less the top bit.
            case CLS -> sf ? Long.numberOfLeadingZeros(value ^ (value >> 1)) - 1
                    : Integer.numberOfLeadingZeros(w ^ (w >> 1)) - 1;
        };
    }

    /** Division by zero yields zero and MIN / -1 yields MIN: A64 division never traps. */
    public static long dataProc2(DataProc2 i, long n, long m) {
        boolean sf = i.sf();
        int width = sf ? 64 : 32;
        return switch (i.op()) {
            case UDIV -> sf ? (m == 0 ? 0 : Long.divideUnsigned(n, m))
                    : ((int) m == 0 ? 0 : Integer.divideUnsigned((int) n, (int) m));
            case SDIV -> sf ? (m == 0 ? 0 : n / m) : ((int) m == 0 ? 0 : (int) n / (int) m);
            case LSLV -> Alu.shift(n, Shift.LSL, (int) (m & (width - 1)), sf);
            case LSRV -> Alu.shift(n, Shift.LSR, (int) (m & (width - 1)), sf);
            case ASRV -> Alu.shift(n, Shift.ASR, (int) (m & (width - 1)), sf);
            case RORV -> Alu.shift(n, Shift.ROR, (int) (m & (width - 1)), sf);
        };
    }

    public static long dataProc3(DataProc3 i, long n, long m, long a) {
        return switch (i.op()) {
            case MADD -> a + n * m;
            case MSUB -> a - n * m;
            case SMADDL -> a + (long) (int) n * (int) m;
            case SMSUBL -> a - (long) (int) n * (int) m;
            case UMADDL -> a + (n & 0xFFFF_FFFFL) * (m & 0xFFFF_FFFFL);
            case UMSUBL -> a - (n & 0xFFFF_FFFFL) * (m & 0xFFFF_FFFFL);
            case SMULH -> Math.multiplyHigh(n, m);
            case UMULH -> Math.unsignedMultiplyHigh(n, m);
        };
    }
}
