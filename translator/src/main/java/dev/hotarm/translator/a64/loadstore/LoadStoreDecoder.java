package dev.hotarm.translator.a64.loadstore;

import static dev.hotarm.translator.a64.Bits.field;

import dev.hotarm.translator.a64.DecodeTable;
import dev.hotarm.translator.a64.Insn;

/** Decode table for "Loads and Stores". */
public final class LoadStoreDecoder {
    private LoadStoreDecoder() {
    }

    private static final DecodeTable TABLE = new DecodeTable()
            .add("zz 111 0 01 0o iiiiiiiiiiii nnnnn ttttt", "LDR_imm", w -> new LoadStore.LoadStoreUnsignedImm(
                    field(w, 31, 30), field(w, 23, 22) == 1,
                    (long) field(w, 21, 10) << field(w, 31, 30), field(w, 9, 5), field(w, 4, 0)));

    public static Insn decode(int word) {
        return TABLE.decode(word);
    }
}
