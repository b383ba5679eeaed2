package dev.hotarm.translator.a64.simd;

import dev.hotarm.translator.a64.DecodeTable;
import dev.hotarm.translator.a64.Insn;

/** Decode tables for Advanced SIMD (everything in the SIMD&FP space that is not scalar FP). */
public final class SimdDecoder {
    private SimdDecoder() {
    }

    private static final DecodeTable TABLE = new DecodeTable();

    public static Insn decode(int word) {
        return TABLE.decode(word);
    }
}
