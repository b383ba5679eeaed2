package dev.hotarm.translator.a64.loadstore;

import dev.hotarm.translator.a64.Insn;

/** Loads and stores: integer and SIMD&FP registers, pairs, exclusives, structures. */
public sealed interface LoadStore extends Insn {
    /**
     * LDR/STR (immediate, unsigned offset) of integer registers: {@code offset} is imm12
     * scaled by the access size, {@code size} is log2 of the access size in bytes.
     */
    record LoadStoreUnsignedImm(int size, boolean load, long offset, int rn, int rt)
            implements LoadStore {
    }
}
