package dev.hotarm.translator.a64.loadstore;

import dev.hotarm.translator.a64.Insn;

/**
 * Loads and stores of general-purpose and SIMD&FP registers. Every record carries the access
 * as decoded: {@code size} is log2 of the access in bytes (4 for a Q register), offsets are
 * scaled and sign-extended, and {@link Access} says what happens to the data.
 */
public sealed interface LoadStore extends Insn {
    /** What an access does with the register. */
    enum Access {
        /** Store Rt. */
        STORE,
        /** Load, zero-extended (for SIMD&FP: the rest of the vector register cleared). */
        LOAD,
        /** Load, sign-extended to 32 bits (LDRSB/LDRSH to W). */
        LOAD_SIGNED_32,
        /** Load, sign-extended to 64 bits (LDRSB/LDRSH/LDRSW to X). */
        LOAD_SIGNED_64,
        /** Prefetch: no architectural effect and never a fault. */
        PREFETCH;

        public boolean isLoad() {
            return this == LOAD || this == LOAD_SIGNED_32 || this == LOAD_SIGNED_64;
        }
    }

    /** Base register update of the immediate forms. */
    enum Mode { OFFSET, PRE_INDEX, POST_INDEX }

    /**
     * LDR/STR and relatives with an immediate offset: unsigned scaled offset, unscaled
     * (LDUR/STUR, {@code unscaled} true), pre-index and post-index. {@code vector} selects the
     * SIMD&FP register file. For PRFM/PRFUM, {@code rt} holds prfop.
     */
    record LoadStoreImm(Access access, int size, boolean vector, Mode mode, boolean unscaled,
                        long offset, int rn, int rt) implements LoadStore {
    }

    /** Extend/shift of the register-offset forms (option field). */
    enum IndexExtend { UXTW, LSL, SXTW, SXTX }

    /**
     * LDR/STR and relatives with a register offset: Rm extended by {@code extend} and shifted
     * left by {@code shift} (0, or log2 of the access size when S is set; {@code shifted}
     * records S for the disassembler).
     */
    record LoadStoreReg(Access access, int size, boolean vector, int rm, IndexExtend extend,
                        boolean shifted, int shift, int rn, int rt) implements LoadStore {
    }

    /** LDR (literal), LDRSW (literal), PRFM (literal): PC-relative, {@code offset} decoded. */
    record LoadLiteral(Access access, int size, boolean vector, long offset, int rt)
            implements LoadStore {
    }

    /**
     * LDP/STP/LDNP/STNP/LDPSW: two registers of {@code 1 << size} bytes, {@code offset}
     * scaled. {@code access} is STORE, LOAD or LOAD_SIGNED_64 (LDPSW).
     */
    record LoadStorePair(Access access, int size, boolean vector, Mode mode, boolean nonTemporal,
                         long offset, int rn, int rt, int rt2) implements LoadStore {
    }

    /**
     * The ordering and exclusivity variants of the "load/store exclusive and ordered" group;
     * ACQUIRE_PC is LDAPR's weaker (RCpc) acquire, the same thing for one thread.
     */
    enum Ordering { PLAIN, ACQUIRE, ACQUIRE_PC, RELEASE }

    /**
     * LDXR/LDAXR/STXR/STLXR and pairs (exclusive), LDAR/STLR (ordered, not exclusive).
     * {@code rs} receives the store-exclusive status; {@code rt2} is the second register of a
     * pair.
     */
    record LoadStoreExclusive(boolean load, int size, boolean exclusive, boolean pair,
                              Ordering ordering, int rs, int rt2, int rn, int rt)
            implements LoadStore {
    }

    /**
     * LD1-LD4/ST1-ST4 (multiple structures): {@code registers} consecutive registers (modulo
     * 32) from Rt. {@code structures} is the interleave: 1 for LD1/ST1 of one to four whole
     * registers, 2-4 for LD2-LD4/ST2-ST4, where element e of each register in turn makes one
     * structure. Post-index by the total size ({@code rm} 31) or by Rm.
     */
    record SimdLoadStoreMultiple(boolean load, int registers, int structures, int elementSize,
                                 boolean q, boolean postIndex, int rm, int rn, int rt)
            implements LoadStore {
    }

    /**
     * LD1-LD4/ST1-ST4 (single structure: lane {@code index} of {@code structures} consecutive
     * registers) and LD1R-LD4R ({@code replicate}: one structure loaded into every lane,
     * {@code q} choosing 64 or 128 bits). Post-index by the structure size ({@code rm} 31) or
     * by Rm.
     */
    record SimdLoadStoreSingle(boolean load, boolean replicate, int structures, int elementSize,
                               int index, boolean q, boolean postIndex, int rm, int rn, int rt)
            implements LoadStore {
    }
}
