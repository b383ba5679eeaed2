package dev.hotarm.translator.a64.dataproc;

import static dev.hotarm.translator.a64.Bits.bit;
import static dev.hotarm.translator.a64.Bits.field;
import static dev.hotarm.translator.a64.Bits.ones;
import static dev.hotarm.translator.a64.Bits.signedField;

import dev.hotarm.translator.a64.Bits;
import dev.hotarm.translator.a64.DecodeTable;
import dev.hotarm.translator.a64.Insn;
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
import dev.hotarm.translator.a64.dataproc.DataProcessing.Op1;
import dev.hotarm.translator.a64.dataproc.DataProcessing.Op2;
import dev.hotarm.translator.a64.dataproc.DataProcessing.Op3;
import dev.hotarm.translator.a64.dataproc.DataProcessing.PcRelAddress;
import dev.hotarm.translator.a64.dataproc.DataProcessing.Shift;

/**
 * Decode tables for "Data Processing -- Immediate" and "Data Processing -- Register".
 * A row's decoder returns null for the reserved combinations of an otherwise matching
 * encoding, which leaves the word unallocated.
 */
public final class DataProcessingDecoder {
    private DataProcessingDecoder() {
    }

    private static final Shift[] SHIFTS = Shift.values();
    private static final Extend[] EXTENDS = Extend.values();
    private static final LogicOp[] LOGIC_OPS = LogicOp.values();
    private static final Op2[] VARIABLE_SHIFTS = {Op2.LSLV, Op2.LSRV, Op2.ASRV, Op2.RORV};

    private static final DecodeTable IMMEDIATE = new DecodeTable()
            .add("p ll 10000 hhhhhhhhhhhhhhhhhhh ddddd", "ADR/ADRP", DataProcessingDecoder::adr)
            .add("s o S 100010 h iiiiiiiiiiii nnnnn ddddd", "ADD/SUB_imm", w -> new AddSubImm(
                    bit(w, 31), bit(w, 30), bit(w, 29), (long) field(w, 21, 10) << (bit(w, 22) ? 12 : 0),
                    bit(w, 22), field(w, 9, 5), field(w, 4, 0)))
            .unimplemented("1 o 0 100011 0 uuuuuu 00 iiii nnnnn ddddd", "ADDG/SUBG")
            .unimplemented("s 0 0 1000111 00oo iiiiiiii nnnnn ddddd", "SMAX/SMIN/UMAX/UMIN_imm")
            .add("s oo 100100 N rrrrrr ssssss nnnnn ddddd", "logical_imm", DataProcessingDecoder::logicalImm)
            .add("s oo 100101 hh iiiiiiiiiiiiiiii ddddd", "MOVN/MOVZ/MOVK", DataProcessingDecoder::moveWide)
            .add("s oo 100110 N rrrrrr ssssss nnnnn ddddd", "SBFM/BFM/UBFM", DataProcessingDecoder::bitfield)
            .add("s 00 100111 N 0 mmmmm ssssss nnnnn ddddd", "EXTR", DataProcessingDecoder::extract);

    private static final DecodeTable REGISTER = new DecodeTable()
            .add("s oo 01010 hh N mmmmm iiiiii nnnnn ddddd", "logical_shift", w -> {
                boolean sf = bit(w, 31);
                int amount = field(w, 15, 10);
                return !sf && amount >= 32 ? null : new LogicalShifted(sf, LOGIC_OPS[field(w, 30, 29)],
                        bit(w, 21), SHIFTS[field(w, 23, 22)], amount, field(w, 20, 16), field(w, 9, 5),
                        field(w, 4, 0));
            })
            .add("s o S 01011 hh 0 mmmmm iiiiii nnnnn ddddd", "ADD/SUB_shift", w -> {
                boolean sf = bit(w, 31);
                int shift = field(w, 23, 22);
                int amount = field(w, 15, 10);
                return shift == 3 || (!sf && amount >= 32) ? null : new AddSubShifted(sf, bit(w, 30),
                        bit(w, 29), SHIFTS[shift], amount, field(w, 20, 16), field(w, 9, 5), field(w, 4, 0));
            })
            .add("s o S 01011 00 1 mmmmm xxx iii nnnnn ddddd", "ADD/SUB_ext", w -> {
                int amount = field(w, 12, 10);
                return amount > 4 ? null : new AddSubExtended(bit(w, 31), bit(w, 30), bit(w, 29),
                        EXTENDS[field(w, 15, 13)], amount, field(w, 20, 16), field(w, 9, 5), field(w, 4, 0));
            })
            .add("s o S 11010000 mmmmm 000000 nnnnn ddddd", "ADC/SBC", w -> new AddSubCarry(
                    bit(w, 31), bit(w, 30), bit(w, 29), field(w, 20, 16), field(w, 9, 5), field(w, 4, 0)))
            .unimplemented("1 0 1 11010000 iiiiii 00001 nnnnn 0 mmmm", "RMIF")
            .unimplemented("0 0 1 11010000 000000 z 0010 nnnnn 0 1101", "SETF8/SETF16")
            .add("s o 1 11010010 mmmmm cccc i 0 nnnnn 0 ffff", "CCMN/CCMP", w -> new CondCompare(
                    bit(w, 31), bit(w, 30), bit(w, 11), field(w, 20, 16), field(w, 15, 12), field(w, 3, 0),
                    field(w, 9, 5)))
            .add("s o 0 11010100 mmmmm cccc 0 i nnnnn ddddd", "CSEL/CSINC/CSINV/CSNEG", w -> new CondSelect(
                    bit(w, 31), bit(w, 30), bit(w, 10), field(w, 15, 12), field(w, 20, 16), field(w, 9, 5),
                    field(w, 4, 0)))
            .add("s 0 0 11010110 mmmmm 0000 1 o nnnnn ddddd", "UDIV/SDIV", w -> dataProc2(w,
                    bit(w, 10) ? Op2.SDIV : Op2.UDIV))
            .add("s 0 0 11010110 mmmmm 0010 oo nnnnn ddddd", "LSLV/LSRV/ASRV/RORV", w -> dataProc2(w,
                    VARIABLE_SHIFTS[field(w, 11, 10)]))
            .unimplemented("0 0 0 11010110 mmmmm 010 c 0z nnnnn ddddd", "CRC32")
            .unimplemented("0 0 0 11010110 mmmmm 010 c 10 nnnnn ddddd", "CRC32")
            .unimplemented("1 0 0 11010110 mmmmm 010 c 11 nnnnn ddddd", "CRC32")
            .unimplemented("1 0 S 11010110 mmmmm 000000 nnnnn ddddd", "SUBP/SUBPS")
            .unimplemented("1 0 0 11010110 mmmmm 000100 nnnnn ddddd", "IRG")
            .unimplemented("1 0 0 11010110 mmmmm 000101 nnnnn ddddd", "GMI")
            .unimplemented("1 0 0 11010110 mmmmm 001100 nnnnn ddddd", "PACGA")
            .unimplemented("s 0 0 11010110 mmmmm 0110 oo nnnnn ddddd", "SMAX/UMAX/SMIN/UMIN_reg")
            .add("s 1 0 11010110 00000 000 ooo nnnnn ddddd", "data-processing_1_source", DataProcessingDecoder::dataProc1)
            .unimplemented("s 1 0 11010110 00000 00011 o nnnnn ddddd", "CTZ/CNT")
            .unimplemented("s 1 0 11010110 00000 001000 nnnnn ddddd", "ABS")
            .unimplemented("1 1 0 11010110 00001 000 ooo nnnnn ddddd", "PAC*/AUT*")
            .unimplemented("1 1 0 11010110 00001 001 ooo 11111 ddddd", "PAC*/AUT*")
            .unimplemented("1 1 0 11010110 00001 01000 o 11111 ddddd", "XPACI/XPACD")
            .add("s 00 11011 ooo mmmmm o aaaaa nnnnn ddddd", "data-processing_3_source", DataProcessingDecoder::dataProc3);

    public static Insn decodeImmediate(int word) {
        return IMMEDIATE.decode(word);
    }

    public static Insn decodeRegister(int word) {
        return REGISTER.decode(word);
    }

    private static Insn adr(int w) {
        boolean page = bit(w, 31);
        long offset = signedField(w, 23, 5) << 2 | field(w, 30, 29);
        return new PcRelAddress(page, page ? offset << 12 : offset, field(w, 4, 0));
    }

    private static Insn logicalImm(int w) {
        boolean sf = bit(w, 31);
        if (!sf && bit(w, 22)) {
            return null;
        }
        Long imm = Bits.decodeBitMask(field(w, 22, 22), field(w, 15, 10), field(w, 21, 16), sf ? 64 : 32);
        return imm == null ? null
                : new LogicalImm(sf, LOGIC_OPS[field(w, 30, 29)], imm, field(w, 9, 5), field(w, 4, 0));
    }

    private static Insn moveWide(int w) {
        boolean sf = bit(w, 31);
        int opc = field(w, 30, 29);
        int hw = field(w, 22, 21);
        if (opc == 1 || (!sf && hw >= 2)) {
            return null;
        }
        return new MoveWide(sf, opc, field(w, 20, 5), hw * 16, field(w, 4, 0));
    }

    /**
     * SBFM/BFM/UBFM. N must equal sf and, at 32 bits, immr and imms must be below 32; with
     * those rules DecodeBitMasks' element size is always the register width, so the masks are
     * the manual's wmask = ROR(Ones(S+1), R) and tmask = Ones(((S - R) mod width) + 1).
     */
    private static Insn bitfield(int w) {
        boolean sf = bit(w, 31);
        int opc = field(w, 30, 29);
        int immr = field(w, 21, 16);
        int imms = field(w, 15, 10);
        int width = sf ? 64 : 32;
        if (opc == 3 || bit(w, 22) != sf || immr >= width || imms >= width) {
            return null;
        }
        long wmask = Bits.ror(ones(imms + 1), immr, width);
        long tmask = ones(((imms - immr) & (width - 1)) + 1);
        return new Bitfield(sf, opc, immr, imms, wmask, tmask, field(w, 9, 5), field(w, 4, 0));
    }

    private static Insn extract(int w) {
        boolean sf = bit(w, 31);
        int lsb = field(w, 15, 10);
        if (bit(w, 22) != sf || (!sf && lsb >= 32)) {
            return null;
        }
        return new Extract(sf, lsb, field(w, 20, 16), field(w, 9, 5), field(w, 4, 0));
    }

    private static Insn dataProc1(int w) {
        boolean sf = bit(w, 31);
        Op1 op = switch (field(w, 12, 10)) {
            case 0 -> Op1.RBIT;
            case 1 -> Op1.REV16;
            case 2 -> sf ? Op1.REV32 : Op1.REV;
            case 3 -> sf ? Op1.REV : null;
            case 4 -> Op1.CLZ;
            case 5 -> Op1.CLS;
            // 110 and 111 are CTZ and CNT (FEAT_CSSC), which a plain ARMv8.0 CPU lacks.
            default -> null;
        };
        return op == null ? null : new DataProc1(sf, op, field(w, 9, 5), field(w, 4, 0));
    }

    private static Insn dataProc2(int w, Op2 op) {
        return new DataProc2(bit(w, 31), op, field(w, 20, 16), field(w, 9, 5), field(w, 4, 0));
    }

    private static Insn dataProc3(int w) {
        boolean sf = bit(w, 31);
        Op3 op = switch (field(w, 23, 21) << 1 | field(w, 15, 15)) {
            case 0b0000 -> Op3.MADD;
            case 0b0001 -> Op3.MSUB;
            case 0b0010 -> Op3.SMADDL;
            case 0b0011 -> Op3.SMSUBL;
            case 0b0100 -> Op3.SMULH;
            case 0b1010 -> Op3.UMADDL;
            case 0b1011 -> Op3.UMSUBL;
            case 0b1100 -> Op3.UMULH;
            default -> null;
        };
        if (op == null || (!sf && op != Op3.MADD && op != Op3.MSUB)) {
            return null;
        }
        return new DataProc3(sf, op, field(w, 20, 16), field(w, 14, 10), field(w, 9, 5), field(w, 4, 0));
    }
}
