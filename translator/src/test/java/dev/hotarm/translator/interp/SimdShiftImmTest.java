package dev.hotarm.translator.interp;

import static dev.hotarm.translator.interp.SimdThreeSameTest.c;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotarm.translator.interp.SimdThreeSameTest.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Advanced SIMD "shift by immediate" (vector and scalar) and "modified immediate". */
class SimdShiftImmTest {
    static Stream<Case> shifts() {
        return Stream.of(
            c("SHRN_8b_narrowsAndZeroesTopHalf", 0x0f0c8420, 0x04030201f00fbc23L, 0,
                    -1, -1, 0xff0f00f0abcd1234L, 0x0040003000200010L),
            c("SHRN2_16b_byElementSizeKeepsLowHalf", 0x4f088420, 0x5555, 0x00000000ff00ab12L,
                    0x5555, -1, 0xff0f00f0abcd1234L, 0),
            c("RSHRN_8b_roundsHalfUp", 0x0f0c8c20, 0x00010024, 0, 0, 0, 0xfff8000800071238L, 0),
            c("USHR_2d_byElementSizeClears", 0x6f400420, 0, 0, 5, 5, -1L, 1),
            c("SSHR_2d_byElementSizeFillsWithSign", 0x4f400420, -1L, 0, 5, 5, Long.MIN_VALUE, Long.MAX_VALUE),
            c("USHR_scalarD_zeroesTopHalf", 0x7f600420, 0x12345678, 0, -1, -1, 0x123456789abcdef0L, -1),
            c("SHL_16b_by7DropsHighBits", 0x4f0f5420, 0x808080, 0, 0, 0, 0xff0301, 0),
            c("UXTL_2d_zeroExtends", 0x2f20a420, 0xffffffffL, 0x80000000L, 0, 0, 0x80000000ffffffffL, -1),
            c("SXTL_8h_signExtends", 0x0f08a420, 0x007fff80ffff0000L, 0, 0, 0, 0x7f80ff00L, -1),
            c("USHLL2_4s_upperHalfShifted", 0x6f14a420, 0x00000010000ffff0L, 0x0000000000080000L,
                    0, 0, -1, 0x00008000_0001ffffL),
            c("SRI_16b_byElementSizeInsertsNothing", 0x6f084420, 0x1234, 0x5678, 0x1234, 0x5678, -1, -1),
            c("SLI_4s_keepsLowBitsOfDestination", 0x6f305420, 0x1234aaaa1234aaaaL, 0x1234aaaa1234aaaaL,
                    0xaaaaaaaaaaaaaaaaL, 0xaaaaaaaaaaaaaaaaL, 0x0000123400001234L, 0x0000123400001234L),
            // Modified immediate: V0 is the only operand.
            c("MOVI_16b", 0x4f01e7e0, 0x3f3f3f3f3f3f3f3fL, 0x3f3f3f3f3f3f3f3fL, 1, 1),
            c("MOVI_2d_bytesFromBits", 0x6f05e540, 0xff00ff00ff00ff00L, 0xff00ff00ff00ff00L, 1, 1),
            c("MVNI_4s_zeroGivesAllOnes", 0x6f000400, -1L, -1L, 0, 0),
            c("MOVI_2s_lsl24ZeroesTopHalf", 0x0f046400, 0x8000000080000000L, 0, 1, 1),
            c("BIC_8h_clearsImmediateBits", 0x6f079600, 0xff0fff0fff0fff0fL, 0xff0fff0fff0fff0fL, -1, -1),
            c("ORR_4s_lsl8", 0x4f003420, 0x0000010000000100L, 0x0000010000000100L, 0, 0),
            c("MVNI_2s_msl16ShiftsInOnes", 0x2f00d640, 0xffed0000ffed0000L, 0, 1, 1),
            c("FMOV_4s_one", 0x4f03f600, 0x3f8000003f800000L, 0x3f8000003f800000L, 0, 0),
            c("MOVI_scalarD", 0x2f00e420, 0xff, 0, -1, -1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shifts")
    void computesEveryLane(Case k) {
        Harness h = SimdThreeSameTest.run(k.word(), k.in());
        assertEquals(k.low(), h.cpu.vLow(0), "low 64 bits");
        assertEquals(k.high(), h.cpu.vHigh(0), "high 64 bits");
    }
}
