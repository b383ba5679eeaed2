package dev.hotarm.translator.a64.branch;

import static dev.hotarm.translator.a64.Bits.bit;
import static dev.hotarm.translator.a64.Bits.field;
import static dev.hotarm.translator.a64.Bits.signedField;

import dev.hotarm.translator.a64.DecodeTable;
import dev.hotarm.translator.a64.Insn;

/** Decode table for "Branches, Exception Generating and System instructions". */
public final class BranchSystemDecoder {
    private BranchSystemDecoder() {
    }

    private static final DecodeTable TABLE = new DecodeTable()
            .add("l 00101 iiiiiiiiiiiiiiiiiiiiiiiiii", "B", w ->
                    new BranchSystem.BranchImm(bit(w, 31), signedField(w, 25, 0) << 2))
            .add("11010100 000 iiiiiiiiiiiiiiii 000 01", "SVC", w ->
                    new BranchSystem.Svc(field(w, 20, 5)));

    public static Insn decode(int word) {
        return TABLE.decode(word);
    }
}
