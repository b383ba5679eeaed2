package dev.hotarm.translator.interp;

import static dev.hotarm.translator.interp.SimdThreeSameTest.c;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotarm.translator.interp.SimdThreeSameTest.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Advanced SIMD "two-register miscellaneous" (vector and scalar) and "across lanes". Each case
 * sets V0 (old destination) and V1 (Vn), and checks all 128 bits of V0.
 */
class SimdTwoRegMiscTest {
    static final long NAN = 0x7ff8000000000000L;

    static Stream<Case> twoRegMisc() {
        return Stream.of(
            c("CNT_16b_countsEachByteIncluding0xff", 0x4e205820, 0x0800010201070404L, 0x0808080808080808L,
                    0, 0, 0xff000103807f0ff0L, -1L),
            c("CNT_8b_zeroesTopHalf", 0x0e205820, 0x08, 0, -1, -1, 0xff, -1),
            c("REV64_4s_swapsWordsInEachDoubleword", 0x4ea00820, 0x0000000011111111L, 0x2222222233333333L,
                    0, 0, 0x1111111100000000L, 0x3333333322222222L),
            c("REV32_16b", 0x6e200820, 0x0405060700010203L, 0x0c0d0e0f08090a0bL,
                    0, 0, 0x0706050403020100L, 0x0f0e0d0c0b0a0908L),
            c("REV16_16b", 0x4e201820, 0x0607040502030001L, 0x0e0f0c0d0a0b0809L,
                    0, 0, 0x0706050403020100L, 0x0f0e0d0c0b0a0908L),
            c("MVN_16b", 0x6e205820, 0xff00ff00ff00ff00L, -1L, 0, 0, 0x00ff00ff00ff00ffL, 0),
            c("CMEQ_zero_16b", 0x4e209820, 0xff00ff00ffffff00L, -1L, 0, 0, 0x00ff000100000080L, 0),
            c("CMGE_zero_scalarD_negativeIsFalse", 0x7ee08820, 0, 0, -1, -1, Long.MIN_VALUE, 5),
            c("CMGE_zero_scalarD_zeroIsTrue", 0x7ee08820, -1L, 0, 0, 0, 0, 5),
            c("CMLT_zero_2d", 0x4ee0a820, -1L, 0, 0, 0, Long.MIN_VALUE, 0),
            c("XTN_2s_zeroesTopHalf", 0x0ea12820, 0x0000000187654321L, 0,
                    -1, -1, 0x1234567887654321L, 0xffffffff00000001L),
            c("XTN2_16b_keepsLowHalf", 0x4e212820, 0x1111, 0x0e0c0a0808060402L,
                    0x1111, -1, 0x0708050603040102L, 0x0f0e0d0c0b0a0908L),
            c("NEG_2d_ofMinIsMin", 0x6ee0b820, Long.MIN_VALUE, -1L, 0, 0, Long.MIN_VALUE, 1),
            c("ABS_4s_ofMinIsMin", 0x4ea0b820, 0x8000000000000001L, 0x7fffffff00000000L,
                    0, 0, 0x80000000ffffffffL, 0x7fffffff00000000L),
            c("UADDLP_8h", 0x6e202820, 0x00030007000b000fL, 0x01fe01fe01fe01feL,
                    0, 0, 0x0102030405060708L, -1L),
            c("FCVTZS_d_NaNIsZero", 0x5ee1b820, 0, 0, -1, -1, NAN, 0),
            c("FCVTZS_d_saturatesAtLongMax", 0x5ee1b820, Long.MAX_VALUE, 0,
                    0, 0, Double.doubleToLongBits(1e19), 0),
            c("FCVTZS_d_truncatesTowardZero", 0x5ee1b820, -2, 0, 0, 0, Double.doubleToLongBits(-2.5), 0),
            c("FCVTZU_d_negativeIsZero", 0x7ee1b820, 0, 0, 0, 0, Double.doubleToLongBits(-1.0), 0),
            c("FCVTZU_d_saturatesAt2pow64", 0x7ee1b820, -1L, 0, 0, 0, Double.doubleToLongBits(0x1p64), 0),
            c("FCVTZU_d_2pow63", 0x7ee1b820, Long.MIN_VALUE, 0, 0, 0, 0x43e0000000000000L, 0),
            c("UCVTF_d_allOnesRoundsTo2pow64", 0x7e61d820, 0x43f0000000000000L, 0, 0, 0, -1L, 0),
            c("SCVTF_d_minusOne", 0x5e61d820, 0xbff0000000000000L, 0, 0, 0, -1L, 0),
            c("FCVTZS_4s_truncatesSaturatesAndZeroesNaN", 0x4ea1b820, 0xffffffff00000001L, 0x000000007fffffffL,
                    0, 0, 0xbfc000003fc00000L, 0x7fc000004f32d05eL),
            // Across lanes: one element, everything above it zero.
            c("UMAXV_b_unsignedMaximum", 0x6e30a820, 0xfe, 0, -1, -1, 0x7f80, 0x00fe000000000001L),
            c("UMINV_h", 0x6e71a820, 0x0004, 0, -1, -1, 0x80007fffffff0005L, 0x00049000ffffffffL),
            c("SMAXV_s_signedMaximum", 0x4eb0a820, 0x7ffffffe, 0, -1, -1, 0xffffffff80000000L, 0x7ffffffe00000005L),
            c("ADDV_b_wrapsToByte", 0x4e31b820, 0x10, 0, -1, -1, 0x1111111111111111L, 0x1111111111111111L),
            c("UADDLV_h_widens", 0x6e303820, 0xff0, 0, -1, -1, -1L, -1L),
            c("ADDP_scalar_d", 0x5ef1b820, 1, 0, -1, -1, -1L, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoRegMisc")
    void computesEveryLane(Case k) {
        Harness h = SimdThreeSameTest.run(k.word(), k.in());
        assertEquals(k.low(), h.cpu.vLow(0), "low 64 bits");
        assertEquals(k.high(), h.cpu.vHigh(0), "high 64 bits");
    }
}
