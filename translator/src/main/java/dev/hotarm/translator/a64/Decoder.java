package dev.hotarm.translator.a64;

import dev.hotarm.translator.a64.branch.BranchSystemDecoder;
import dev.hotarm.translator.a64.dataproc.DataProcessingDecoder;
import dev.hotarm.translator.a64.fp.FloatingPointDecoder;
import dev.hotarm.translator.a64.loadstore.LoadStoreDecoder;
import dev.hotarm.translator.a64.simd.SimdDecoder;

/**
 * The A64 decoder: splits the encoding space by op0 (bits 28-25) into the manual's top-level
 * groups and hands the word to that group's table. Never throws: a word no group claims
 * decodes to {@link Undefined}.
 */
public final class Decoder {
    private Decoder() {
    }

    public static Insn decode(int word) {
        int op0 = Bits.field(word, 28, 25);
        Insn insn;
        if ((op0 & 0b1110) == 0b1000) {
            insn = DataProcessingDecoder.decodeImmediate(word);
        } else if ((op0 & 0b1110) == 0b1010) {
            insn = BranchSystemDecoder.decode(word);
        } else if ((op0 & 0b0101) == 0b0100) {
            insn = LoadStoreDecoder.decode(word);
        } else if ((op0 & 0b0111) == 0b0101) {
            insn = DataProcessingDecoder.decodeRegister(word);
        } else if ((op0 & 0b0111) == 0b0111) {
            // Scalar floating point lives where bit 30 is 0 and bits 28-25 are 1111 (bit 31 is
            // sf in the conversions to and from general registers); everything else in this
            // space is Advanced SIMD (vector, scalar, crypto).
            insn = (word >>> 24 & 0x5E) == 0x1E
                    ? FloatingPointDecoder.decode(word)
                    : SimdDecoder.decode(word);
        } else {
            // op0 0000 is UDF and reserved space; 0010 is SVE; 0001 and 0011 are unallocated.
            insn = op0 == 0b0010 ? Undefined.unimplemented(word, "SVE") : null;
        }
        return insn != null ? insn : Undefined.unallocated(word);
    }
}
