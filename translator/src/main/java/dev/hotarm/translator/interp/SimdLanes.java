package dev.hotarm.translator.interp;

import dev.hotarm.runtime.cpu.CpuState;

/**
 * Lane access for Advanced SIMD values held as two longs ({@code [0]} bits 63-0, {@code [1]}
 * bits 127-64), the layout of {@link CpuState#v}. Element sizes are log2 of bytes: 0 = 8 bits,
 * 1 = 16, 2 = 32, 3 = 64. Lane {@code i} of size {@code s} occupies bits
 * {@code (i+1)*esize-1 .. i*esize} of the 128-bit value, as the manual's {@code Elem[]} does.
 */
final class SimdLanes {
    private SimdLanes() {
    }

    static long[] read(CpuState cpu, int n) {
        return new long[] {cpu.v[2 * n], cpu.v[2 * n + 1]};
    }

    /** Writes Vd; a 64-bit ({@code q} false) result zeroes bits 127-64. */
    static void write(CpuState cpu, int d, long[] value, boolean q) {
        cpu.v[2 * d] = value[0];
        cpu.v[2 * d + 1] = q ? value[1] : 0;
    }

    /** Writes a scalar result: the element in the low bits, everything above it zero. */
    static void writeScalar(CpuState cpu, int d, int size, long value) {
        cpu.setD(d, value & mask(size));
    }

    static int bits(int size) {
        return 8 << size;
    }

    static long mask(int size) {
        return size == 3 ? -1L : (1L << bits(size)) - 1;
    }

    /** Number of lanes of {@code size} in a 64-bit ({@code q} false) or 128-bit vector. */
    static int lanes(boolean q, int size) {
        return (q ? 16 : 8) >> size;
    }

    /** Lane {@code i}, zero-extended. */
    static long get(long[] v, int size, int i) {
        int bits = bits(size);
        int bit = i * bits;
        long word = v[bit >>> 6];
        return size == 3 ? word : (word >>> (bit & 63)) & mask(size);
    }

    /** Lane {@code i}, sign-extended. */
    static long getSigned(long[] v, int size, int i) {
        return signed(get(v, size, i), size);
    }

    /** Sets lane {@code i} to the low bits of {@code value}. */
    static void set(long[] v, int size, int i, long value) {
        int bit = i * bits(size);
        if (size == 3) {
            v[bit >>> 6] = value;
            return;
        }
        int shift = bit & 63;
        long m = mask(size) << shift;
        v[bit >>> 6] = (v[bit >>> 6] & ~m) | ((value << shift) & m);
    }

    static long signed(long value, int size) {
        int unused = 64 - bits(size);
        return (value << unused) >> unused;
    }
}
