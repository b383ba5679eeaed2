package dev.hotarm.translator.a64.loadstore;

import static dev.hotarm.translator.a64.Bits.bit;
import static dev.hotarm.translator.a64.Bits.field;
import static dev.hotarm.translator.a64.Bits.signedField;

import dev.hotarm.translator.a64.DecodeTable;
import dev.hotarm.translator.a64.Insn;
import dev.hotarm.translator.a64.loadstore.LoadStore.Access;
import dev.hotarm.translator.a64.loadstore.LoadStore.IndexExtend;
import dev.hotarm.translator.a64.loadstore.LoadStore.Mode;
import dev.hotarm.translator.a64.loadstore.LoadStore.Ordering;

/** Decode table for "Loads and Stores". */
public final class LoadStoreDecoder {
    private LoadStoreDecoder() {
    }

    private static final DecodeTable TABLE = new DecodeTable()
            .add("oo 011 V 00 iiiiiiiiiiiiiiiiiii ttttt", "LDR_lit", LoadStoreDecoder::literal)
            .add("ss 001000 0 L 0 sssss o ttttt nnnnn ttttt", "LDXR", w -> exclusive(w, true, false))
            .add("1s 001000 0 L 1 sssss o ttttt nnnnn ttttt", "LDXP", w -> exclusive(w, true, true))
            // Rs and Rt2 should be ones; objdump (and so we) decodes STLR whatever they hold,
            // LDAR only when they are ones.
            .add("ss 001000 1 1 0 11111 1 11111 nnnnn ttttt", "LDAR", w -> exclusive(w, false, false))
            .add("ss 001000 1 0 0 sssss 1 ttttt nnnnn ttttt", "STLR", w -> exclusive(w, false, false))
            .unimplemented("ss 001000 1 x 0 xxxxx 0 xxxxx xxxxx xxxxx", "LDLAR/STLLR (LORegions)")
            .unimplemented("ss 001000 x x 1 xxxxx x 11111 xxxxx xxxxx", "CAS (LSE atomics)")
            .unimplemented("0x 001000 0 x 1 xxxxx x 11111 xxxxx xxxxx", "CASP (LSE atomics)")
            .unimplemented("01 101 0 0 xx 0 xxxxxxx xxxxx xxxxx xxxxx", "STGP (memory tagging)")
            .add("oo 101 V 0 mm L iiiiiii ttttt nnnnn ttttt", "LDP", LoadStoreDecoder::pair)
            .add("ss 111 0 00 1 0 1 11111 1 100 00 nnnnn ttttt", "LDAPR", LoadStoreDecoder::ldapr)
            .unimplemented("ss 111 0 00 xx 1 xxxxx x xxx 00 xxxxx xxxxx", "LDADD/SWP (LSE atomics)")
            .unimplemented("ss 111 0 00 xx 0 xxxxxxxxx 10 xxxxx xxxxx", "LDTR/STTR (unprivileged)")
            .unimplemented("11 111 0 00 x x 1 xxxxxxxxx x 1 xxxxx xxxxx", "LDRAA/LDRAB (pointer authentication)")
            .add("ss 111 V 00 oo 0 iiiiiiiii pp nnnnn ttttt", "LDUR", LoadStoreDecoder::immediate9)
            .add("ss 111 V 00 oo 1 mmmmm ooo S 10 nnnnn ttttt", "LDR_reg", LoadStoreDecoder::register)
            .add("ss 111 V 01 oo iiiiiiiiiiii nnnnn ttttt", "LDR_imm", LoadStoreDecoder::unsignedOffset)
            .add("0 q 0011000 L 000000 oooo zz nnnnn ttttt", "LD1", w -> multiple(w, false))
            .add("0 q 0011001 L 0 mmmmm oooo zz nnnnn ttttt", "LD1_post", w -> multiple(w, true))
            .add("0 q 0011010 L R 00000 ooo S zz nnnnn ttttt", "LD1_single", w -> single(w, false))
            .add("0 q 0011011 L R mmmmm ooo S zz nnnnn ttttt", "LD1_single_post", w -> single(w, true))
            .unimplemented("00 011 x 01 xx 0 xxxxx xxxx 01 xxxxx xxxxx", "CPY/SET (memory operations)")
            .unimplemented("ss 011001 xx 0 xxxxxxxxx 00 xxxxx xxxxx", "LDAPUR/STLUR (RCpc)")
            .unimplemented("11 011001 x x 1 xxxxx xxxx xx xxxxx xxxxx", "LDG/STG (memory tagging)");

    public static Insn decode(int word) {
        return TABLE.decode(word);
    }

    /**
     * What opc means for a register access of {@code size}; null when unallocated. For the
     * SIMD&FP file opc bit 0 is L and bit 1 extends the size (see {@link #vectorSize}).
     */
    private static Access access(int size, int opc, boolean vector) {
        if (vector) {
            return (opc & 1) != 0 ? Access.LOAD : Access.STORE;
        }
        return switch (opc) {
            case 0 -> Access.STORE;
            case 1 -> Access.LOAD;
            case 2 -> size == 3 ? Access.PREFETCH : Access.LOAD_SIGNED_64;
            case 3 -> size <= 1 ? Access.LOAD_SIGNED_32 : null;
            default -> throw new AssertionError(opc);
        };
    }

    /** log2 of the access size: size, or for SIMD&FP registers opc&lt;1&gt;:size (Q = 4). */
    private static int accessSize(int size, int opc, boolean vector) {
        return vector ? ((opc >> 1) << 2) | size : size;
    }

    private static boolean valid(Access access, int size) {
        return access != null && size <= 4;
    }

    private static Insn unsignedOffset(int w) {
        boolean vector = bit(w, 26);
        int opc = field(w, 23, 22);
        int size = accessSize(field(w, 31, 30), opc, vector);
        Access access = access(field(w, 31, 30), opc, vector);
        if (!valid(access, size)) {
            return null;
        }
        long offset = (long) field(w, 21, 10) << size;
        return new LoadStore.LoadStoreImm(access, size, vector, Mode.OFFSET, false, offset,
                field(w, 9, 5), field(w, 4, 0));
    }

    private static Insn immediate9(int w) {
        boolean vector = bit(w, 26);
        int opc = field(w, 23, 22);
        int size = accessSize(field(w, 31, 30), opc, vector);
        Access access = access(field(w, 31, 30), opc, vector);
        int op2 = field(w, 11, 10);
        if (!valid(access, size) || op2 == 2 || (access == Access.PREFETCH && op2 != 0)) {
            return null;
        }
        Mode mode = switch (op2) {
            case 0 -> Mode.OFFSET;
            case 1 -> Mode.POST_INDEX;
            case 3 -> Mode.PRE_INDEX;
            default -> throw new AssertionError(op2);
        };
        return new LoadStore.LoadStoreImm(access, size, vector, mode, op2 == 0,
                signedField(w, 20, 12), field(w, 9, 5), field(w, 4, 0));
    }

    private static Insn register(int w) {
        boolean vector = bit(w, 26);
        int opc = field(w, 23, 22);
        int size = accessSize(field(w, 31, 30), opc, vector);
        Access access = access(field(w, 31, 30), opc, vector);
        int option = field(w, 15, 13);
        if (!valid(access, size) || (option & 0b010) == 0) {
            return null;
        }
        IndexExtend extend = switch (option) {
            case 0b010 -> IndexExtend.UXTW;
            case 0b011 -> IndexExtend.LSL;
            case 0b110 -> IndexExtend.SXTW;
            case 0b111 -> IndexExtend.SXTX;
            default -> throw new AssertionError(option);
        };
        boolean shifted = bit(w, 12);
        return new LoadStore.LoadStoreReg(access, size, vector, field(w, 20, 16), extend, shifted,
                shifted ? size : 0, field(w, 9, 5), field(w, 4, 0));
    }

    private static Insn literal(int w) {
        boolean vector = bit(w, 26);
        int opc = field(w, 31, 30);
        long offset = signedField(w, 23, 5) << 2;
        int rt = field(w, 4, 0);
        if (vector) {
            return opc == 3 ? null : new LoadStore.LoadLiteral(Access.LOAD, 2 + opc, true, offset, rt);
        }
        return switch (opc) {
            case 0 -> new LoadStore.LoadLiteral(Access.LOAD, 2, false, offset, rt);
            case 1 -> new LoadStore.LoadLiteral(Access.LOAD, 3, false, offset, rt);
            case 2 -> new LoadStore.LoadLiteral(Access.LOAD_SIGNED_64, 2, false, offset, rt);
            case 3 -> new LoadStore.LoadLiteral(Access.PREFETCH, 3, false, offset, rt);
            default -> throw new AssertionError(opc);
        };
    }

    private static Insn pair(int w) {
        boolean vector = bit(w, 26);
        int opc = field(w, 31, 30);
        boolean load = bit(w, 22);
        int modeBits = field(w, 24, 23);
        Access access;
        int size;
        if (vector) {
            if (opc == 3) {
                return null;
            }
            access = load ? Access.LOAD : Access.STORE;
            size = 2 + opc;
        } else if (opc == 0 || opc == 2) {
            access = load ? Access.LOAD : Access.STORE;
            size = 2 + (opc >> 1);
        } else if (opc == 1 && load && modeBits != 0) {
            // LDPSW's CONSTRAINED UNPREDICTABLE cases (Rt == Rt2, or a written-back base that
            // is also a destination) are UNDEFINED here, as objdump treats them.
            int rt = field(w, 4, 0);
            int rt2 = field(w, 14, 10);
            int rn = field(w, 9, 5);
            boolean writeback = modeBits == 1 || modeBits == 3;
            if (rt == rt2 || (writeback && rn != 31 && (rn == rt || rn == rt2))) {
                return null;
            }
            access = Access.LOAD_SIGNED_64;
            size = 2;
        } else {
            return null;   // STGP (memory tagging) and reserved encodings
        }
        Mode mode = switch (modeBits) {
            case 0, 2 -> Mode.OFFSET;
            case 1 -> Mode.POST_INDEX;
            case 3 -> Mode.PRE_INDEX;
            default -> throw new AssertionError(modeBits);
        };
        return new LoadStore.LoadStorePair(access, size, vector, mode, modeBits == 0,
                signedField(w, 21, 15) << size, field(w, 9, 5), field(w, 4, 0), field(w, 14, 10));
    }

    private static Insn exclusive(int w, boolean exclusive, boolean pair) {
        boolean load = bit(w, 22);
        boolean o0 = bit(w, 15);
        int size = field(w, 31, 30);
        if (!exclusive && !o0) {
            return null;
        }
        Ordering ordering = !o0 ? Ordering.PLAIN : load ? Ordering.ACQUIRE : Ordering.RELEASE;
        if (pair) {
            size = size == 3 ? 3 : 2;
        }
        return new LoadStore.LoadStoreExclusive(load, size, exclusive, pair, ordering,
                field(w, 20, 16), field(w, 14, 10), field(w, 9, 5), field(w, 4, 0));
    }

    /** LDAPR (FEAT_LRCPC): an acquiring load, not advertised in HWCAP but harmless to run. */
    private static Insn ldapr(int w) {
        return new LoadStore.LoadStoreExclusive(true, field(w, 31, 30), false, false,
                Ordering.ACQUIRE_PC, 31, 31, field(w, 9, 5), field(w, 4, 0));
    }

    private static Insn multiple(int w, boolean postIndex) {
        int opcode = field(w, 15, 12);
        int registers = switch (opcode) {
            case 0b0111 -> 1;
            case 0b1010, 0b1000 -> 2;
            case 0b0110, 0b0100 -> 3;
            case 0b0010, 0b0000 -> 4;
            default -> 0;
        };
        int structures = switch (opcode) {
            case 0b1000 -> 2;
            case 0b0100 -> 3;
            case 0b0000 -> 4;
            default -> 1;
        };
        int size = field(w, 11, 10);
        boolean q = bit(w, 30);
        if (registers == 0 || (structures > 1 && size == 3 && !q)) {
            return null;
        }
        return new LoadStore.SimdLoadStoreMultiple(bit(w, 22), registers, structures, size, q,
                postIndex, field(w, 20, 16), field(w, 9, 5), field(w, 4, 0));
    }

    /** Single structure and replicate: opcode&lt;2:1&gt; picks the element size and lane bits. */
    private static Insn single(int w, boolean postIndex) {
        boolean load = bit(w, 22);
        int opcode = field(w, 15, 13);
        int structures = (((opcode & 1) << 1) | field(w, 21, 21)) + 1;
        int s = field(w, 12, 12);
        int size = field(w, 11, 10);
        int q = field(w, 30, 30);
        int rm = field(w, 20, 16);
        int rn = field(w, 9, 5);
        int rt = field(w, 4, 0);
        int scale;
        int index;
        switch (opcode >> 1) {
            case 0 -> {
                scale = 0;
                index = (q << 3) | (s << 2) | size;
            }
            case 1 -> {
                if ((size & 1) != 0) {
                    return null;
                }
                scale = 1;
                index = (q << 2) | (s << 1) | (size >> 1);
            }
            case 2 -> {
                if (size == 0) {
                    scale = 2;
                    index = (q << 1) | s;
                } else if (size == 1 && s == 0) {
                    scale = 3;
                    index = q;
                } else {
                    return null;
                }
            }
            case 3 -> {
                if (!load || s != 0) {
                    return null;
                }
                return new LoadStore.SimdLoadStoreSingle(true, true, structures, size, 0, q != 0,
                        postIndex, rm, rn, rt);
            }
            default -> throw new AssertionError(opcode);
        }
        return new LoadStore.SimdLoadStoreSingle(load, false, structures, scale, index, q != 0,
                postIndex, rm, rn, rt);
    }
}
