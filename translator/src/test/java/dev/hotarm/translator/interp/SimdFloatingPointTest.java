package dev.hotarm.translator.interp;

import static dev.hotarm.translator.interp.SimdThreeSameTest.c;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotarm.translator.interp.SimdThreeSameTest.Case;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Advanced SIMD floating point (vector three same, two-register misc, across lanes) and the
 * "x indexed element" forms. Single-precision lanes are written as two 32-bit halves of a long,
 * lane 0 in the low half. NaN results follow the manual's rules (signalling NaNs quieted, the
 * default NaN 0x7fc00000 for invalid operations), checked against qemu-aarch64.
 */
class SimdFloatingPointTest {
    static Stream<Case> floating() {
        return Stream.of(
            c("FADD_4s_infMinusInfIsDefaultNaNAndSignallingIsQuieted", 0x4e22d420,
                    0x7fc0000040400000L, 0xffc000017fe00000L,
                    0, 0, 0x7f8000003f800000L, 0x3f8000007fa00000L, 0xff80000040000000L, 0xffc000013f800000L),
            c("FMAX_4s_plusZeroAboveMinusZeroAndNaNPropagates", 0x4e22f420, 0, 0x3f8000007fc00000L,
                    0, 0, 0x0000000080000000L, 0x3f8000007fc00000L, 0x8000000000000000L, 0xc00000003f800000L),
            c("FMIN_4s_minusZeroBelowPlusZero", 0x4ea2f420, 0x8000000080000000L, 0xc00000007fc00000L,
                    0, 0, 0x0000000080000000L, 0x3f8000007fc00000L, 0x8000000000000000L, 0xc00000003f800000L),
            c("FMAXNM_4s_quietNaNLosesToNumber", 0x4e22c420, 0, 0x3f8000003f800000L,
                    0, 0, 0x0000000080000000L, 0x3f8000007fc00000L, 0x8000000000000000L, 0xc00000003f800000L),
            c("FMLA_2d_roundsOnce", 0x4e62cc20, 0x3970000000000000L, 0x401c000000000000L,
                    0xbff0000000000002L, 0x3ff0000000000000L, 0x3ff0000000000001L, 0x4000000000000000L,
                    0x3ff0000000000001L, 0x4008000000000000L),
            c("FABD_4s_clearsSignOfNaN", 0x6ea2d420, 0x400000007fc00000L, 0,
                    0, 0, 0x40400000ffc00000L, 0, 0x40a000003f800000L, 0),
            c("FRECPS_4s_infTimesZeroIsTwo", 0x4e22fc20, 0x3f80000040000000L, 0x4000000040000000L,
                    0, 0, 0x400000007f800000L, 0, 0x3f00000000000000L, 0),
            c("FCMEQ_zero_4s_minusZeroEqualsNaNDoesNot", 0x4ea0d820, 0x00000000ffffffffL, 0xffffffff00000000L,
                    0, 0, 0x7fc0000080000000L, 0x000000003f800000L),
            c("FCVTL_2d_exactAndNaNPayloadKept", 0x0e617820, 0x3ff8000000000000L, 0xfffc000020000000L,
                    0, 0, 0xffa000013fc00000L, 0),
            c("FCVTN_2s_roundsAndZeroesTopHalf", 0x0e616820, 0x7fe000003f800000L, 0,
                    -1, -1, 0x3ff0000004000000L, 0x7ff4000000000001L),
            c("FRINTA_2d_tiesAwayFromZero", 0x6e618820, 0x4008000000000000L, 0xc008000000000000L,
                    0, 0, 0x4004000000000000L, 0xc004000000000000L),
            c("FRINTN_4s_tiesToEvenKeepsSignOfZero", 0x4e218820, 0x8000000040000000L, 0x0000000040800000L,
                    0, 0, 0xbf00000040200000L, 0x0000000040600000L),
            c("FRINTZ_4s_towardZero", 0x4ea19820, 0x3f80000080000000L, 0, 0, 0, 0x3ff33333bf333333L, 0),
            c("FCVTNS_4s_tiesToEvenSaturatesAndNaNIsZero", 0x4e21a820, 0xfffffffe00000002L, 0x000000007fffffffL,
                    0, 0, 0xc020000040200000L, 0x7fc000004f32d05eL),
            c("FCVTAS_4s_tiesAway", 0x4e21c820, 0xfffffffd00000003L, 0, 0, 0, 0xc020000040200000L, 0),
            c("FCVTMS_4s_towardMinusInfinity", 0x4e21b820, 0x00000001ffffffffL, 0, 0, 0, 0x3fc00000bf000000L, 0),
            c("FRECPE_4s_estimateZeroInfinityAndNaN", 0x4ea1d820, 0x7f8000003eff8000L, 0x7fe0000080000000L,
                    0, 0, 0x0000000040000000L, 0x7fa00000ff800000L),
            c("FRSQRTE_scalarD_ofFour", 0x7ee1d820, 0x3fdff00000000000L, 0, -1, -1, 0x4010000000000000L, 0),
            c("FRSQRTE_scalarD_negativeIsDefaultNaN", 0x7ee1d820, 0x7ff8000000000000L, 0,
                    0, 0, 0xbff0000000000000L, 0),
            c("URECPE_4s_topBitClearGivesAllOnes", 0x4ea1c820, 0xff800000ffffffffL, -1L,
                    0, 0, 0x800000007fffffffL, 0),
            c("FRECPX_scalarS_ofMinusZeroIsLargestExponent", 0x5ea1f820, 0xff000000L, 0, -1, -1, 0x80000000L, 0),
            c("FCVTXN_scalar_roundsToOdd", 0x7e616820, 0x3f800001L, 0, -1, -1, 0x3ff0000004000000L, 0),
            c("FMAXV_s", 0x6e30f820, 0x40a00000L, 0, -1, -1, 0x40a000003f800000L, 0x40400000c0e00000L),
            c("FADDP_scalarD", 0x7e70d820, 0x400e000000000000L, 0, -1, -1, 0x3ff8000000000000L, 0x4002000000000000L),
            c("MUL_byElement_4s", 0x4fa28820, 0x0002000000010000L, 0x00000000ffff0000L,
                    0, 0, 0x0000000200000001L, 0x00010000ffffffffL, 0, 0x0001000000000000L),
            c("SMULL_byElement_4s", 0x0f52a820, 0x00000002fffffffeL, 0x00010000ffff0002L,
                    0, 0, 0x80007fffffff0001L, -1, 0, 0x00000000fffe0000L),
            c("FMLA_byElement_2d", 0x4fc21820, 0x4000000000000000L, 0x400c000000000000L,
                    0x3ff0000000000000L, 0x4000000000000000L, 0x4000000000000000L, 0x4008000000000000L,
                    0, 0x3fe0000000000000L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("floating")
    void computesEveryLane(Case k) {
        Harness h = SimdThreeSameTest.run(k.word(), k.in());
        assertEquals(k.low(), h.cpu.vLow(0), "low 64 bits");
        assertEquals(k.high(), h.cpu.vHigh(0), "high 64 bits");
    }

    @Test
    void FADD_withFpcrDefaultNaNGivesDefaultNaN() {
        Harness h = new Harness();
        h.cpu.fpcr = SimdFloat.FPCR_DN;
        h.cpu.setV(1, 0x3f8000007fa00001L, 0);
        h.cpu.setV(2, 0x3f8000003f800000L, 0);
        h.exec(0x4e22d420); // fadd v0.4s, v1.4s, v2.4s
        assertEquals(0x400000007fc00000L, h.cpu.vLow(0));
    }
}
