package dev.hotarm.translator.a64.fp;

import dev.hotarm.translator.a64.DecodeTable;
import dev.hotarm.translator.a64.Insn;

/** Decode table for the scalar floating-point part of "Data Processing -- Scalar FP and SIMD". */
public final class FloatingPointDecoder {
    private FloatingPointDecoder() {
    }

    private static final DecodeTable TABLE = new DecodeTable();

    public static Insn decode(int word) {
        return TABLE.decode(word);
    }
}
