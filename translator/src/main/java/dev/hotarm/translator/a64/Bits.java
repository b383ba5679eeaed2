package dev.hotarm.translator.a64;

/** Field extraction and immediate decoding shared by every group's decoder. */
public final class Bits {
    private Bits() {
    }

    /** Bits {@code hi..lo} of {@code word}, zero-extended. */
    public static int field(int word, int hi, int lo) {
        return (word >>> lo) & ((1 << (hi - lo + 1)) - 1);
    }

    public static boolean bit(int word, int n) {
        return ((word >>> n) & 1) != 0;
    }

    /** Bits {@code hi..lo} of {@code word}, sign-extended to 64 bits. */
    public static long signedField(int word, int hi, int lo) {
        int width = hi - lo + 1;
        return ((long) (word << (31 - hi))) >> (32 - width);
    }

    /** Sign-extends the low {@code width} bits of {@code value}. */
    public static long signExtend(long value, int width) {
        return (value << (64 - width)) >> (64 - width);
    }

    /** The low {@code n} bits set (n from 0 to 64). */
    public static long ones(int n) {
        return n >= 64 ? -1L : (1L << n) - 1;
    }

    /** Rotates the low {@code width} bits of {@code value} right by {@code amount}. */
    public static long ror(long value, int amount, int width) {
        if (amount == 0) {
            return value;
        }
        long v = value & ones(width);
        return ((v >>> amount) | (v << (width - amount))) & ones(width);
    }

    /**
     * DecodeBitMasks for logical immediates (the manual's shared pseudocode, immediate form):
     * returns the replicated wmask for {@code N:immr:imms} at {@code datasize} bits, or
     * {@code null} when the combination is reserved.
     */
    public static Long decodeBitMask(int n, int imms, int immr, int datasize) {
        int combined = (n << 6) | (~imms & 0x3F);
        int len = 31 - Integer.numberOfLeadingZeros(combined);
        if (len < 1 || (n == 1 && datasize == 32)) {
            return null;
        }
        int size = 1 << len;
        int levels = size - 1;
        int s = imms & levels;
        int r = immr & levels;
        if (s == levels) {
            return null;
        }
        long element = ror(ones(s + 1), r, size);
        long result = element;
        for (int width = size; width < datasize; width *= 2) {
            result |= result << width;
        }
        return result & ones(datasize);
    }
}
