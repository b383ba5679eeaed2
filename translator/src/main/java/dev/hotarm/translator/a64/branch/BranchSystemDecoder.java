package dev.hotarm.translator.a64.branch;

import static dev.hotarm.translator.a64.Bits.bit;
import static dev.hotarm.translator.a64.Bits.field;
import static dev.hotarm.translator.a64.Bits.signedField;

import dev.hotarm.translator.a64.DecodeTable;
import dev.hotarm.translator.a64.Insn;
import dev.hotarm.translator.a64.branch.BranchSystem.BarrierKind;
import dev.hotarm.translator.a64.branch.BranchSystem.CacheOp;
import dev.hotarm.translator.a64.branch.BranchSystem.RegisterBranchKind;

/** Decode table for "Branches, Exception Generating and System instructions". */
public final class BranchSystemDecoder {
    private BranchSystemDecoder() {
    }

    private static final DecodeTable TABLE = new DecodeTable()
            .add("l 00101 iiiiiiiiiiiiiiiiiiiiiiiiii", "B", w ->
                    new BranchSystem.BranchImm(bit(w, 31), signedField(w, 25, 0) << 2))
            .add("0101010 0 iiiiiiiiiiiiiiiiiii 0 cccc", "B.cond", w ->
                    new BranchSystem.CondBranch(field(w, 3, 0), signedField(w, 23, 5) << 2))
            .add("s 011010 o iiiiiiiiiiiiiiiiiii ttttt", "CBZ", w ->
                    new BranchSystem.CompareBranch(bit(w, 31), bit(w, 24), signedField(w, 23, 5) << 2,
                            field(w, 4, 0)))
            .add("b 011011 o bbbbb iiiiiiiiiiiiii ttttt", "TBZ", w ->
                    new BranchSystem.TestBranch((field(w, 31, 31) << 5) | field(w, 23, 19), bit(w, 24),
                            signedField(w, 18, 5) << 2, field(w, 4, 0)))
            .add("1101011 0000 11111 000000 nnnnn 00000", "BR", w ->
                    new BranchSystem.BranchReg(RegisterBranchKind.BR, field(w, 9, 5)))
            .add("1101011 0001 11111 000000 nnnnn 00000", "BLR", w ->
                    new BranchSystem.BranchReg(RegisterBranchKind.BLR, field(w, 9, 5)))
            .add("1101011 0010 11111 000000 nnnnn 00000", "RET", w ->
                    new BranchSystem.BranchReg(RegisterBranchKind.RET, field(w, 9, 5)))
            .unimplemented("1101011 0 0 10 11111 0000 1 x 11111 11111", "RETAA/RETAB")
            .unimplemented("1101011 0 0 0x 11111 0000 1 x xxxxx 11111", "BRAAZ/BLRAAZ (pointer authentication)")
            .unimplemented("1101011 1 0 0x 11111 0000 1 x xxxxx xxxxx", "BRAA/BLRAA (pointer authentication)")
            .unimplemented("1101011 0100 11111 000000 11111 00000", "ERET")
            .add("11010100 000 iiiiiiiiiiiiiiii 000 01", "SVC", w ->
                    new BranchSystem.Svc(field(w, 20, 5)))
            .add("11010100 001 iiiiiiiiiiiiiiii 000 00", "BRK", w ->
                    new BranchSystem.Brk(field(w, 20, 5)))
            .unimplemented("11010100 000 xxxxxxxxxxxxxxxx 000 1x", "HVC/SMC")
            .unimplemented("11010100 010 xxxxxxxxxxxxxxxx 000 00", "HLT")
            .add("1101010100 0 00 011 0010 oooo ooo 11111", "HINT", w ->
                    new BranchSystem.Hint(field(w, 11, 5)))
            .add("1101010100 0 00 011 0011 mmmm 010 11111", "CLREX", w ->
                    new BranchSystem.Barrier(BarrierKind.CLREX, field(w, 11, 8)))
            .add("1101010100 0 00 011 0011 mmmm 100 11111", "DSB", w ->
                    new BranchSystem.Barrier(BarrierKind.DSB, field(w, 11, 8)))
            .add("1101010100 0 00 011 0011 mmmm 101 11111", "DMB", w ->
                    new BranchSystem.Barrier(BarrierKind.DMB, field(w, 11, 8)))
            .add("1101010100 0 00 011 0011 mmmm 110 11111", "ISB", w ->
                    new BranchSystem.Barrier(BarrierKind.ISB, field(w, 11, 8)))
            .add("1101010100 0 00 011 0011 0000 111 11111", "SB", w ->
                    new BranchSystem.Barrier(BarrierKind.SB, 0))
            .unimplemented("1101010100 0 00 xxx 0100 xxxx xxx 11111", "MSR (immediate)")
            .add("1101010100 0 01 ooo cccc mmmm ppp ttttt", "SYS", BranchSystemDecoder::sys)
            .unimplemented("1101010100 1 01 xxx xxxx xxxx xxx xxxxx", "SYSL")
            .add("1101010100 l 1 x xxx xxxx xxxx xxx ttttt", "MRS/MSR", w ->
                    new BranchSystem.SystemRegister(bit(w, 21), field(w, 20, 5), field(w, 4, 0)));

    /** SYS: the data and instruction cache operations EL0 may use (SCTLR_EL1.UCI/DZE set). */
    private static Insn sys(int w) {
        int op1 = field(w, 18, 16);
        int crn = field(w, 15, 12);
        int crm = field(w, 11, 8);
        int op2 = field(w, 7, 5);
        int rt = field(w, 4, 0);
        if (op1 != 3 || crn != 7) {
            return null;
        }
        if (crm == 4 && op2 == 3) {
            return new BranchSystem.CacheMaintenance(CacheOp.DC_GVA, rt);
        }
        if (crm == 4 && op2 == 4) {
            return new BranchSystem.CacheMaintenance(CacheOp.DC_GZVA, rt);
        }
        if (op2 != 1) {
            return null;
        }
        CacheOp op = switch (crm) {
            case 4 -> CacheOp.DC_ZVA;
            case 10 -> CacheOp.DC_CVAC;
            case 11 -> CacheOp.DC_CVAU;
            case 12 -> CacheOp.DC_CVAP;
            case 14 -> CacheOp.DC_CIVAC;
            case 5 -> CacheOp.IC_IVAU;
            default -> null;
        };
        return op == null ? null : new BranchSystem.CacheMaintenance(op, rt);
    }

    public static Insn decode(int word) {
        return TABLE.decode(word);
    }
}
