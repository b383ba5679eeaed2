package dev.hotarm.translator.a64.dataproc;

import static dev.hotarm.translator.a64.Bits.bit;
import static dev.hotarm.translator.a64.Bits.field;

import dev.hotarm.translator.a64.DecodeTable;
import dev.hotarm.translator.a64.Insn;

/** Decode tables for "Data Processing -- Immediate" and "Data Processing -- Register". */
public final class DataProcessingDecoder {
    private DataProcessingDecoder() {
    }

    private static final DecodeTable IMMEDIATE = new DecodeTable()
            .add("s o S 100010 h iiiiiiiiiiii nnnnn ddddd", "ADD_imm", w -> new DataProcessing.AddSubImm(
                    bit(w, 31), bit(w, 30), bit(w, 29),
                    (long) field(w, 21, 10) << (bit(w, 22) ? 12 : 0), field(w, 9, 5), field(w, 4, 0)));

    private static final DecodeTable REGISTER = new DecodeTable();

    public static Insn decodeImmediate(int word) {
        return IMMEDIATE.decode(word);
    }

    public static Insn decodeRegister(int word) {
        return REGISTER.decode(word);
    }
}
