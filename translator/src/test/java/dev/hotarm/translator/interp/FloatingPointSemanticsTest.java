package dev.hotarm.translator.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scalar floating point on edge values. Operands and results are raw bits in hex; every
 * expected value was checked by running the same instruction under qemu-aarch64.
 *
 * <p>Rows: instruction text (display only), encoding, Rn/Rm/Ra inputs in D1/D2/D3 (fcmp and
 * fccmp read D1, D2), FPCR, expected D0 (or X0, or NZCV for compares), expected FPSR.IOC.
 */
class FloatingPointSemanticsTest {
    private static final long QNAN = 0x7ff8000000000123L;
    private static final long SNAN = 0x7ff0000000000456L;
    private static final int DN = 1 << 25;

    private static long hex(String s) {
        return Long.parseUnsignedLong(s, 16);
    }

    /** Runs {@code word} with D1, D2, D3 set (their upper halves holding junk) and returns D0. */
    private static Harness run(int word, long n, long m, long a, int fpcr) {
        Harness h = new Harness();
        h.cpu.setV(1, n, 0x1111);
        h.cpu.setV(2, m, 0x2222);
        h.cpu.setV(3, a, 0x3333);
        h.cpu.setV(0, 0xdeadL, 0xbeefL);
        h.cpu.fpcr = fpcr;
        h.exec(word);
        return h;
    }

    @ParameterizedTest(name = "{0} {2} {3} {4} fpcr={5} -> {6}")
    @CsvSource({
        // NaN propagation: first signalling NaN quieted, else first quiet NaN; DN gives default.
        "fadd d, 1e622820, 3ff0000000000000, 7ff8000000000123, 0, 0, 7ff8000000000123, false",
        "fadd d, 1e622820, 7ff8000000000123, 7ff0000000000456, 0, 0, 7ff8000000000456, true",
        "fadd d, 1e622820, fff8000000000789, 7ff8000000000123, 0, 0, fff8000000000789, false",
        "fadd d, 1e622820, 3ff0000000000000, 7ff0000000000456, 0, 2000000, 7ff8000000000000, true",
        "fadd d, 1e622820, 7ff0000000000000, fff0000000000000, 0, 0, 7ff8000000000000, true",
        "fadd s, 1e222820, 7fc00001, 3f800000, 0, 0, 7fc00001, false",
        "fadd s, 1e222820, 3f800000, 7f800001, 0, 0, 7fc00001, true",
        "fadd d, 1e622820, 3ff0000000000000, 3ca0000000000000, 0, 0, 3ff0000000000000, false",
        "fsub d, 1e623820, 0000000000000000, 0000000000000000, 0, 0, 0000000000000000, false",
        "fsub d, 1e623820, 8000000000000000, 0000000000000000, 0, 0, 8000000000000000, false",
        "fmul d, 1e620820, 7ff0000000000000, 0000000000000000, 0, 0, 7ff8000000000000, true",
        "fdiv d, 1e621820, 0000000000000000, 0000000000000000, 0, 0, 7ff8000000000000, true",
        "fdiv d, 1e621820, 3ff0000000000000, 0000000000000000, 0, 0, 7ff0000000000000, false",
        "fdiv d, 1e621820, 3ff0000000000000, 8000000000000000, 0, 0, fff0000000000000, false",
        "fsqrt d, 1e61c020, bff0000000000000, 0, 0, 0, 7ff8000000000000, true",
        "fsqrt d, 1e61c020, 8000000000000000, 0, 0, 0, 8000000000000000, false",
        "fsqrt d, 1e61c020, 4010000000000000, 0, 0, 0, 4000000000000000, false",
        // FMAX/FMIN: -0 < +0, NaN propagates; FMAXNM/FMINNM prefer the number to a quiet NaN.
        "fmax d, 1e624820, 8000000000000000, 0000000000000000, 0, 0, 0000000000000000, false",
        "fmax d, 1e624820, 0000000000000000, 8000000000000000, 0, 0, 0000000000000000, false",
        "fmin d, 1e625820, 0000000000000000, 8000000000000000, 0, 0, 8000000000000000, false",
        "fmax d, 1e624820, 7ff8000000000123, 3ff0000000000000, 0, 0, 7ff8000000000123, false",
        "fmin d, 1e625820, 3ff0000000000000, 7ff0000000000456, 0, 0, 7ff8000000000456, true",
        "fmaxnm d, 1e626820, 7ff8000000000123, 3ff0000000000000, 0, 0, 3ff0000000000000, false",
        "fmaxnm d, 1e626820, 3ff0000000000000, fff8000000000789, 0, 0, 3ff0000000000000, false",
        "fmaxnm d, 1e626820, 7ff0000000000456, 3ff0000000000000, 0, 0, 7ff8000000000456, true",
        "fmaxnm d, 1e626820, 7ff8000000000123, fff8000000000789, 0, 0, 7ff8000000000123, false",
        "fminnm s, 1e227820, 7fc00000, bf800000, 0, 0, bf800000, false",
        // FNMUL negates after NaN handling: even the default NaN comes out negative.
        "fnmul d, 1e628820, 7ff8000000000123, 3ff0000000000000, 0, 0, fff8000000000123, false",
        "fnmul d, 1e628820, 7ff8000000000123, 3ff0000000000000, 0, 2000000, fff8000000000000, false",
        "fnmul d, 1e628820, 7ff0000000000000, 0000000000000000, 0, 0, fff8000000000000, true",
        "fnmul d, 1e628820, 4000000000000000, 4008000000000000, 0, 0, c018000000000000, false",
        // FABS/FNEG change only the sign bit, NaNs included (no quieting, no Invalid).
        "fabs d, 1e60c020, fff0000000000456, 0, 0, 0, 7ff0000000000456, false",
        "fneg s, 1e214020, 7f800001, 0, 0, 0, ff800001, false",
        // Fused multiply-add: (1+2^-26)(1-2^-26) - 1 is -2^-52 once rounded, 0 if rounded twice.
        "fmadd d, 1f420c20, 3ff0000004000000, 3feffffff8000000, bff0000000000000, 0, bcb0000000000000, false",
        "fmadd s, 1f020c20, 3f800001, 3f7ffffe, bf800000, 0, a8800000, false",
        "fnmadd d, 1f620c20, 3ff0000000000000, 3ff0000000000000, 3ff0000000000000, 0, c000000000000000, false",
        "fmsub d, 1f428c20, 4000000000000000, 4008000000000000, 3ff0000000000000, 0, c014000000000000, false",
        "fnmsub d, 1f628c20, 4000000000000000, 4008000000000000, 3ff0000000000000, 0, 4014000000000000, false",
        // Negations apply to the operands before NaN propagation (FNMADD negates Ra and Rn).
        "fnmadd d, 1f620c20, 3ff0000000000000, 3ff0000000000000, 7ff8000000000123, 0, fff8000000000123, false",
        "fnmadd d, 1f620c20, 7ff8000000000123, 3ff0000000000000, 3ff0000000000000, 0, fff8000000000123, false",
        "fmsub d, 1f428c20, 7ff8000000000123, 3ff0000000000000, 3ff0000000000000, 0, fff8000000000123, false",
        "fmadd d, 1f420c20, 0000000000000000, 7ff0000000000000, 7ff8000000000123, 0, 7ff8000000000000, true",
        "fmadd d, 1f420c20, 7ff8000000000123, 3ff0000000000000, 7ff0000000000456, 0, 7ff8000000000456, true",
        // Half precision computes in double and rounds once to half.
        "fadd h, 1ee22820, 3c00, 1400, 0, 0, 3c01, false",
        "fadd h, 1ee22820, 7bff, 5000, 0, 0, 7c00, false",
        "fadd h, 1ee22820, 7c01, 3c00, 0, 0, 7e01, true",
        "fmul h, 1ee20820, 3e00, 3d55, 0, 0, 4000, false",
        "fdiv h, 1ee21820, 3c00, 4200, 0, 0, 3555, false",
        "fsqrt h, 1ee1c020, 4000, 0, 0, 0, 3da8, false",
        "fmax h, 1ee24820, 8000, 0000, 0, 0, 0000, false",
        "fmadd h, 1fc20c20, 3e00, 3957, 0001, 0, 3c01, false",
        "fmadd h, 1fc20c20, 3c01, 3bff, bc00, 0, 0ffe, false",
    })
    void arithmetic(String text, String word, String n, String m, String a, String fpcr,
            String expected, boolean invalid) {
        Harness h = run((int) hex(word), hex(n), hex(m), hex(a), (int) hex(fpcr));
        assertEquals(hex(expected), h.cpu.v[0], text);
        assertEquals(0, h.cpu.v[1], "scalar write zeroes the upper half");
        assertEquals(invalid, (h.cpu.fpsr & FpSupport.IOC) != 0, "FPSR.IOC");
    }

    @ParameterizedTest(name = "{0} {2} -> {4}")
    @CsvSource({
        // Double to single rounds to nearest-even; overflow gives infinity.
        "fcvt s d, 1e624020, 3ff0000010000000, 0, 3f800000, false",
        "fcvt s d, 1e624020, 3ff0000010000001, 0, 3f800001, false",
        "fcvt s d, 1e624020, 3ff0000030000000, 0, 3f800002, false",
        "fcvt s d, 1e624020, 47f0000000000000, 0, 7f800000, false",
        // NaNs keep sign and the top of the payload, quieted.
        "fcvt s d, 1e624020, 7ff4000020000000, 0, 7fe00001, true",
        "fcvt s d, 1e624020, 7ff0000000000456, 0, 7fc00000, true",
        "fcvt s d, 1e624020, fff0000020000000, 0, ffc00001, true",
        "fcvt s d, 1e624020, 7ff4000020000000, 2000000, 7fc00000, true",
        "fcvt d s, 1e22c020, 7f800001, 0, 7ff8000020000000, true",
        "fcvt d s, 1e22c020, ffc00003, 0, fff8000060000000, false",
        "fcvt d s, 1e22c020, 3f800001, 0, 3ff0000020000000, false",
        // Single and double to half: ties to even, overflow, subnormals, NaN payload.
        "fcvt h s, 1e23c020, 477ff000, 0, 7c00, false",
        "fcvt h s, 1e23c020, 477fefff, 0, 7bff, false",
        "fcvt h s, 1e23c020, 3f801000, 0, 3c00, false",
        "fcvt h s, 1e23c020, 3f803000, 0, 3c02, false",
        "fcvt h s, 1e23c020, 7fc12345, 0, 7e09, false",
        "fcvt h s, 1e23c020, 33800000, 0, 0001, false",
        "fcvt h s, 1e23c020, 33000000, 0, 0000, false",
        "fcvt h s, 1e23c020, 33000001, 0, 0001, false",
        "fcvt h s, 1e23c020, c7800000, 0, fc00, false",
        "fcvt h d, 1e63c020, 3ff0020000000001, 0, 3c01, false",
        "fcvt h d, 1e63c020, 3ff0020000000000, 0, 3c00, false",
        "fcvt s h, 1ee24020, 0001, 0, 33800000, false",
        "fcvt s h, 1ee24020, fbff, 0, c77fe000, false",
        "fcvt s h, 1ee24020, 7c01, 0, 7fc02000, true",
        // FRINTA: ties away; FRINTN: ties even; FRINTX/FRINTI: FPCR.RMode (here 10, toward -inf).
        "frinta d, 1e664020, 4004000000000000, 0, 4008000000000000, false",
        "frinta d, 1e664020, c004000000000000, 0, c008000000000000, false",
        "frinta d, 1e664020, bfd0000000000000, 0, 8000000000000000, false",
        "frinta d, 1e664020, 3fdfffffffffffff, 0, 0000000000000000, false",
        "frinta d, 1e664020, 7ff0000000000456, 0, 7ff8000000000456, true",
        "frintn d, 1e644020, 4004000000000000, 0, 4000000000000000, false",
        "frintn d, 1e644020, 400c000000000000, 0, 4010000000000000, false",
        "frintn d, 1e644020, bfe0000000000000, 0, 8000000000000000, false",
        "frintx d, 1e674020, 4004000000000000, 800000, 4000000000000000, false",
        "frinti d, 1e67c020, c004000000000000, 800000, c008000000000000, false",
        "frinti d, 1e67c020, 4004000000000000, 400000, 4008000000000000, false",
        "frinti d, 1e67c020, c004000000000000, c00000, c000000000000000, false",
        "frintm s, 1e254020, bf000000, 0, bf800000, false",
        "frintz d, 1e65c020, c00c000000000000, 0, c008000000000000, false",
        "frintp d, 1e64c020, bfe0000000000000, 0, 8000000000000000, false",
        "frintp d, 1e64c020, 7ff0000000000000, 0, 7ff0000000000000, false",
    })
    void precisionAndRounding(String text, String word, String n, String fpcr, String expected,
            boolean invalid) {
        Harness h = run((int) hex(word), hex(n), 0, 0, (int) hex(fpcr));
        assertEquals(hex(expected), h.cpu.v[0], text);
        assertEquals(0, h.cpu.v[1], "scalar write zeroes the upper half");
        assertEquals(invalid, (h.cpu.fpsr & FpSupport.IOC) != 0, "FPSR.IOC");
    }

    @ParameterizedTest(name = "{0} {2} -> {3}")
    @CsvSource({
        // FRINT32/64: NaN, infinity or out of range gives the most negative integer and IOC.
        "frint32z d, 1e684020, 4004000000000000, 4000000000000000, false, true",
        "frint32z d, 1e684020, 41e0000000000000, c1e0000000000000, true, false",
        "frint32z d, 1e684020, c1e0000000000000, c1e0000000000000, false, false",
        "frint32z d, 1e684020, 7ff8000000000123, c1e0000000000000, true, false",
        "frint32z d, 1e684020, 7ff0000000000000, c1e0000000000000, true, false",
        "frint32z d, 1e684020, 41dfffffffe00000, 41dfffffffc00000, false, true",
        "frint32z d, 1e684020, bfe0000000000000, 8000000000000000, false, true",
        "frint32x d, 1e68c020, 41dfffffffe00000, c1e0000000000000, true, false",
        "frint64z d, 1e694020, 43e0000000000000, c3e0000000000000, true, false",
        "frint64z d, 1e694020, c3e0000000000000, c3e0000000000000, false, false",
        "frint32z s, 1e284020, 4f000000, cf000000, true, false",
        "frint32z s, 1e284020, 7fc00001, cf000000, true, false",
    })
    void FRINT32_FRINT64_saturateToMostNegative(String text, String word, String n,
            String expected, boolean invalid, boolean inexact) {
        Harness h = run((int) hex(word), hex(n), 0, 0, 0);
        assertEquals(hex(expected), h.cpu.v[0], text);
        assertEquals(invalid, (h.cpu.fpsr & FpSupport.IOC) != 0, "FPSR.IOC");
        assertEquals(inexact, (h.cpu.fpsr & FpSupport.IXC) != 0, "FPSR.IXC");
    }

    @ParameterizedTest(name = "bfcvt {0} fpcr={1} -> {2}")
    @CsvSource({
        // Ties to even at bit 16, overflow to infinity, NaNs quieted (DN: default NaN).
        "3f808000, 0, 3f80, false",
        "3f818000, 0, 3f82, false",
        "3f808001, 0, 3f81, false",
        "7f7fffff, 0, 7f80, false",
        "ff7fffff, 0, ff80, false",
        "7f800001, 0, 7fc0, true",
        "ffc12345, 0, ffc1, false",
        "ffc12345, 2000000, 7fc0, false",
        "00018000, 0, 0002, false",
        "80008000, 0, 8000, false",
    })
    void BFCVT_roundsSingleToBFloat16(String n, String fpcr, String expected, boolean invalid) {
        Harness h = run(0x1e634020, hex(n), 0, 0, (int) hex(fpcr)); // bfcvt h0, s1
        assertEquals(hex(expected), h.cpu.v[0]);
        assertEquals(0, h.cpu.v[1]);
        assertEquals(invalid, (h.cpu.fpsr & FpSupport.IOC) != 0, "FPSR.IOC");
    }

    @ParameterizedTest(name = "fjcvtzs {0} -> {1}")
    @CsvSource({
        // Value modulo 2^32; Z only for an exact in-range result (not -0.0); IOC out of range.
        "4004000000000000, 0000000000000002, 0, 10",
        "4000000000000000, 0000000000000002, 4, 0",
        "41f0000000000001, 0000000000000000, 0, 1",
        "41f0000000000000, 0000000000000000, 0, 1",
        "c000000000000000, 00000000fffffffe, 4, 0",
        "7ff8000000000000, 0000000000000000, 0, 1",
        "7ff0000000000000, 0000000000000000, 0, 1",
        "8000000000000000, 0000000000000000, 0, 0",
        "4430000000000001, 0000000000010000, 0, 1",
        "41e0000000000000, 0000000080000000, 0, 1",
        "bfe0000000000000, 0000000000000000, 0, 10",
    })
    void FJCVTZS_wrapsModulo2To32(String n, String expected, int nzcv, String fpsr) {
        Harness h = run(0x1e7e0020, hex(n), 0, 0, 0); // fjcvtzs w0, d1
        assertEquals(hex(expected), h.cpu.x[0]);
        assertEquals(nzcv << 28, h.cpu.nzcv);
        assertEquals(hex(fpsr), h.cpu.fpsr);
    }

    @ParameterizedTest(name = "{0} {2} -> {3}")
    @CsvSource({
        // Saturation at 2^63, -2^63 exact, NaN gives 0; all flag Invalid except the exact one.
        "fcvtzs x d, 9e780020, 43e0000000000000, 7fffffffffffffff, true",
        "fcvtzs x d, 9e780020, c3e0000000000000, 8000000000000000, false",
        "fcvtzs x d, 9e780020, c3e0000000000001, 8000000000000000, true",
        "fcvtzs x d, 9e780020, 7ff8000000000123, 0000000000000000, true",
        "fcvtzs x d, 9e780020, fff0000000000000, 8000000000000000, true",
        "fcvtzs x d, 9e780020, 43dfffffffffffff, 7ffffffffffffc00, false",
        "fcvtzs x d, 9e780020, bff8000000000000, ffffffffffffffff, false",
        "fcvtzs w d, 1e780020, 41e0000000000000, 000000007fffffff, true",
        "fcvtzs w d, 1e780020, c1e0000000200000, 0000000080000000, true",
        "fcvtzs w d, 1e780020, c1e0000000000000, 0000000080000000, false",
        "fcvtzu w d, 1e790020, bff0000000000000, 0000000000000000, true",
        "fcvtzu w d, 1e790020, bfe0000000000000, 0000000000000000, false",
        "fcvtzu w d, 1e790020, 41f0000000000000, 00000000ffffffff, true",
        "fcvtzu x d, 9e790020, 43f0000000000000, ffffffffffffffff, true",
        "fcvtzu x d, 9e790020, 43efffffffffffff, fffffffffffff800, false",
        "fcvtzu x d, 9e790020, fff0000000000000, 0000000000000000, true",
        "fcvtas x d, 9e640020, c004000000000000, fffffffffffffffd, false",
        "fcvtns x d, 9e600020, c004000000000000, fffffffffffffffe, false",
        "fcvtms x d, 9e700020, bff8000000000000, fffffffffffffffe, false",
        "fcvtps w s, 1e280020, 3fc00000, 0000000000000002, false",
        "fcvtzs w h, 1ef80020, d640, 00000000ffffff9c, false",
        // Fixed point: the value is scaled by 2^fbits before rounding toward zero.
        "fcvtzs w d #3, 1e58f420, 3ff4000000000000, 000000000000000a, false",
        "fcvtzs w d #3, 1e58f420, 41e0000000000000, 000000007fffffff, true",
        "fcvtzu x s #64, 9e190020, 3f000000, 8000000000000000, false",
    })
    void toInteger(String text, String word, String n, String expected, boolean invalid) {
        Harness h = run((int) hex(word), hex(n), 0, 0, 0);
        assertEquals(hex(expected), h.cpu.x[0], text);
        assertEquals(invalid, (h.cpu.fpsr & FpSupport.IOC) != 0, "FPSR.IOC");
    }

    @ParameterizedTest(name = "{0} {2} -> {3}")
    @CsvSource({
        "scvtf d x, 9e620020, 8000000000000000, c3e0000000000000",
        "scvtf d x, 9e620020, 7fffffffffffffff, 43e0000000000000",
        "scvtf s x, 9e220020, 7fffff7fffffffff, 5effffff",
        "ucvtf d x, 9e630020, ffffffffffffffff, 43f0000000000000",
        "ucvtf s x, 9e230020, ffffffffffffffff, 5f800000",
        "ucvtf d x, 9e630020, 8000000000000401, 43e0000000000001",
        "ucvtf s x, 9e230020, 8000008000000001, 5f000001",
        "scvtf d w, 1e620020, 00000000ffffffff, bff0000000000000",
        "ucvtf d w, 1e630020, ffffffff00000000, 0000000000000000",
        "ucvtf d w, 1e630020, 00000000ffffffff, 41efffffffe00000",
        "scvtf d w #3, 1e42f420, 00000000fffffff4, bff8000000000000",
        "scvtf h w, 1ee20020, 000000000000fff0, 7c00",
        "scvtf h w, 1ee20020, 000000000000ffe0, 7bff",
        "scvtf h w, 1ee20020, 0000000000000801, 6800",
    })
    void fromInteger(String text, String word, String x1, String expected) {
        Harness h = new Harness();
        h.cpu.x[1] = hex(x1);
        h.cpu.setV(0, 0xdead, 0xbeef);
        h.exec((int) hex(word));
        assertEquals(hex(expected), h.cpu.v[0], text);
        assertEquals(0, h.cpu.v[1], "scalar write zeroes the upper half");
    }

    @ParameterizedTest(name = "{0} {2} {3} -> {4}")
    @CsvSource({
        // NZCV: unordered 0011, equal 0110, less 1000, greater 0010.
        "fcmp d, 1e622020, 7ff8000000000123, 3ff0000000000000, 3, false",
        "fcmp d, 1e622020, 7ff0000000000456, 3ff0000000000000, 3, true",
        "fcmpe d, 1e622030, 7ff8000000000123, 3ff0000000000000, 3, true",
        "fcmpe d, 1e622030, 3ff0000000000000, 3ff0000000000000, 6, false",
        "fcmp d, 1e622020, 0000000000000000, 8000000000000000, 6, false",
        "fcmp d, 1e622020, 3ff0000000000000, 7ff0000000000000, 8, false",
        "fcmp d, 1e622020, 7ff0000000000000, 3ff0000000000000, 2, false",
        "fcmp d, 1e622020, 7ff0000000000000, 7ff0000000000000, 6, false",
        "fcmp d, 1e622020, fff0000000000000, 0000000000000000, 8, false",
        "fcmp d0, 1e602028, 8000000000000000, 3ff0000000000000, 6, false",
        "fcmp d0, 1e602028, bff0000000000000, 3ff0000000000000, 8, false",
        "fcmp d0, 1e602028, 7ff8000000000000, 3ff0000000000000, 3, false",
        "fcmp s, 1e222020, bf800000, 3f800000, 8, false",
    })
    void compare(String text, String word, String n, String m, int nzcv, boolean invalid) {
        Harness h = run((int) hex(word), hex(n), hex(m), 0, 0);
        assertEquals(nzcv << 28, h.cpu.nzcv, text);
        assertEquals(invalid, (h.cpu.fpsr & FpSupport.IOC) != 0, "FPSR.IOC");
    }

    @Test
    void FCCMP_comparesWhenConditionHoldsElseSetsImmediate() {
        int fccmpEq = 0x1e62042a; // fccmp d1, d2, #0xa, eq
        Harness h = new Harness();
        h.cpu.setV(1, 0x3ff0000000000000L, 0);
        h.cpu.setV(2, 0x4000000000000000L, 0);
        h.cpu.nzcv = 0b0100 << 28;
        h.exec(fccmpEq);
        assertEquals(0b1000 << 28, h.cpu.nzcv);
        h.exec(fccmpEq);
        assertEquals(0b1010 << 28, h.cpu.nzcv);
    }

    @Test
    void FCSEL_picksRnWhenConditionHolds() {
        int fcselEq = 0x1e620c20; // fcsel d0, d1, d2, eq
        Harness h = new Harness();
        h.cpu.setV(1, 1, 0x11);
        h.cpu.setV(2, 2, 0x22);
        h.cpu.nzcv = 0b0100 << 28;
        h.exec(fcselEq);
        assertEquals(1, h.cpu.v[0]);
        assertEquals(0, h.cpu.v[1]);
        h.cpu.nzcv = 0;
        h.exec(fcselEq);
        assertEquals(2, h.cpu.v[0]);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
        "fmov d #1.0, 1e6e1000, 3ff0000000000000",
        "fmov s #-0.125, 1e381000, be000000",
        "fmov h #31.0, 1ee7f000, 4fc0",
        "fmov d #0.1875, 1e691000, 3fc8000000000000",
    })
    void FMOV_immediateExpandsImm8(String text, String word, String expected) {
        Harness h = run((int) hex(word), 0, 0, 0, 0);
        assertEquals(hex(expected), h.cpu.v[0], text);
        assertEquals(0, h.cpu.v[1]);
    }

    @Test
    void FMOV_generalMovesBitsAndTopHalfKeepsLowHalf() {
        Harness h = new Harness();
        h.cpu.setV(1, 0x1111_2222_3333_4444L, 0x5555_6666_7777_8888L);
        h.exec(0x9eae0020); // fmov x0, v1.d[1]
        assertEquals(0x5555_6666_7777_8888L, h.cpu.x[0]);
        h.cpu.x[1] = 0xAAAA_BBBB_CCCC_DDDDL;
        h.cpu.setV(0, 0x1234, 0x5678);
        h.exec(0x9eaf0020); // fmov v0.d[1], x1
        assertEquals(0x1234, h.cpu.v[0]);
        assertEquals(0xAAAA_BBBB_CCCC_DDDDL, h.cpu.v[1]);
        h.exec(0x1e260020); // fmov w0, s1
        assertEquals(0x3333_4444L, h.cpu.x[0]);
        h.exec(0x1e270020); // fmov s0, w1
        assertEquals(0xCCCC_DDDDL, h.cpu.v[0]);
        assertEquals(0, h.cpu.v[1]);
        h.exec(0x9e660020); // fmov x0, d1
        assertEquals(0x1111_2222_3333_4444L, h.cpu.x[0]);
        h.exec(0x1ee70020); // fmov h0, w1
        assertEquals(0xDDDDL, h.cpu.v[0]);
    }

    @Test
    void FDIV_byZeroSetsDivideByZeroFlag() {
        Harness h = run(0x1e621820, 0x3ff0000000000000L, 0, 0, 0);
        assertEquals(FpSupport.DZC, h.cpu.fpsr);
    }

    @Test
    void FRINTX_inexactSetsIxcButFrintiDoesNot() {
        assertEquals(FpSupport.IXC, run(0x1e674020, 0x4004000000000000L, 0, 0, 0).cpu.fpsr);
        assertEquals(0, run(0x1e67c020, 0x4004000000000000L, 0, 0, 0).cpu.fpsr);
    }

    @Test
    void defaultNaN_isPositiveQuietForEachPrecision() {
        assertEquals(0x7ff8000000000000L, FpSupport.defaultNaN(3));
        assertEquals(0x7fc00000L, FpSupport.defaultNaN(2));
        assertEquals(0x7e00L, FpSupport.defaultNaN(1));
        // fadd d0, d1, d2: the payload survives without DN, and DN replaces it.
        assertEquals(QNAN, run(0x1e622820, QNAN, 0, 0, 0).cpu.v[0]);
        assertEquals(0x7ff8000000000000L, run(0x1e622820, QNAN, 0, 0, DN).cpu.v[0]);
        assertEquals(0x7ff8000000000000L, run(0x1e622820, 0, SNAN, 0, DN).cpu.v[0]);
    }
}
