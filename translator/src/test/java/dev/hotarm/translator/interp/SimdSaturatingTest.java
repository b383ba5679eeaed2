package dev.hotarm.translator.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Saturating, doubling, polynomial and fixed-point Advanced SIMD forms: every case checks all
 * 128 bits of V0 and whether FPSR.QC (cumulative saturation) ends up set.
 */
class SimdSaturatingTest {
    /** {@code in} is V0 low, V0 high, V1 low, V1 high, V2 low, V2 high. */
    record Case(String name, int word, long low, long high, boolean saturated, long[] in) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case c(String name, int word, long low, long high, boolean saturated, long... in) {
        return new Case(name, word, low, high, saturated, in);
    }

    static Stream<Case> saturating() {
        return Stream.of(
            c("SQXTN_8b_clampsBothWays", 0x0e214820, 0x7f00ff0180807f7fL, 0, true,
                    -1, -1, 0xff7fff800080007fL, 0x7fff0000ffff0001L),
            c("SQXTUN_2s_negativeToZeroLargeToAllOnes", 0x2ea12820, 0xffffffff00000000L, 0, true,
                    0, 0, -5, 0x100000000L),
            c("UQXTN_scalarS_inRange", 0x7ea14820, 0xffffffffL, 0, false, -1, -1, 0xffffffffL, 7),
            c("SQABS_4s_ofMinIsMax", 0x4ea07820, 0x000000057fffffffL, 0, true, 0, 0, 0xfffffffb80000000L, 0),
            c("SQNEG_scalarD_ofMinIsMax", 0x7ee07820, Long.MAX_VALUE, 0, true, 0, 0, Long.MIN_VALUE, 0),
            c("SUQADD_16b_signedAccumulatorUnsignedAddend", 0x4e203820, 0x007f7fL, 0, true,
                    0xf0807fL, 0, 0x10ff01L, 0),
            c("USQADD_scalarH_floorsAtZero", 0x7e603820, 0, 0, true, 1, 5, 0xfffe, 0),
            c("SQSHRUN_scalarH_inRange", 0x7f108420, 0x7fff, 0, false, -1, -1, 0x7fff0000L, 0),
            c("SQSHRN_8b_truncatesAndClamps", 0x0f0d9420, 0x0000ff00ff01807fL, 0, true,
                    -1, -1, 0xfff80008fc000400L, 0x00000000ffff0007L),
            c("SQRSHRUN2_16b_roundsClampsAndKeepsLowHalf", 0x6f0f8c20, 0x1234, 0x80ff0002L, true,
                    0x1234, -1, 0x010001ffffff0003L, 0),
            c("SQSHL_imm_4s_by31", 0x4f3f7420, 0x000000007fffffffL, 0x0000000080000000L, true,
                    0, 0, 1, 0xffffffffL),
            c("SQSHLU_scalarD_by63Fits", 0x7f7f6420, Long.MIN_VALUE, 0, false, 0, 0, 1, 0),
            c("UQSHL_reg_scalarD_overflowSaturates", 0x7ee24c20, -1L, 0, true,
                    0, 0, 0x4000000000000001L, 0, 2, 0),
            c("SQRSHL_4s_roundsRightSaturatesLeft", 0x4ea25c20, 0xfffffffe00000003L, 0x000000017fffffffL, true,
                    0, 0, 0xfffffffb00000005L, 0x0000000740000000L, 0x000000ff000000ffL, 0x000000fd00000001L),
            c("SQDMULH_8h_minTimesMinSaturates", 0x4e62b420, 0x0002ffff20007fffL, 0, true,
                    0, 0, 0x0100ffff40008000L, 0, 0x0100000140008000L, 0),
            c("SQRDMULH_scalarS_rounds", 0x7ea2b420, 1, 0, false, -1, -1, 0x40000000L, 0, 1, 0),
            c("SQDMULL_4s", 0x0e62d020, 0x7ffe00027fffffffL, 0x00000000fffffffaL, true,
                    0, 0, 0x0000ffff7fff8000L, 0, 0x000000037fff8000L, 0),
            c("SQDMLAL2_2d_accumulationSaturates", 0x4ea29020, Long.MAX_VALUE, 17, true,
                    Long.MAX_VALUE, 5, 0, 0x0000000240000000L, 0, 0x0000000300000002L),
            c("SQDMLSL_scalar_belowMinSaturates", 0x5e62b020, 0x80000000L, 0, true,
                    0x80000000L, 0, 1, 0, 1, 0),
            c("PMULL_8h_carryless", 0x0e22e020, 0x0000000000055555L, 0, false, 0, 0, 0x03ff, 0, 0x03ff, 0),
            c("SCVTF_fixed_4s_threeFractionBits", 0x4f3de420, 0xbf0000003f800000L, 0x000000003fc00000L, false,
                    0, 0, 0xfffffffc00000008L, 0x000000000000000cL),
            c("UCVTF_fixed_scalarD_64FractionBits", 0x7f40e420, 0x3fe0000000000000L, 0, false,
                    0, 0, Long.MIN_VALUE, 0),
            c("FCVTZS_fixed_scalarS_saturates", 0x5f20fc20, 0x7fffffffL, 0, false, 0, 0, 0x3f000000L, 0),
            c("SQDMULH_byElement_4s", 0x4fa2c020, 0xc000000020000000L, 0, false,
                    0, 0, 0x8000000040000000L, 0, 0x4000000000000000L, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("saturating")
    void computesLanesAndQC(Case k) {
        Harness h = SimdThreeSameTest.run(k.word(), k.in());
        assertEquals(k.low(), h.cpu.vLow(0), "low 64 bits");
        assertEquals(k.high(), h.cpu.vHigh(0), "high 64 bits");
        assertEquals(k.saturated(), (h.cpu.fpsr & SimdSemantics.FPSR_QC) != 0, "FPSR.QC");
    }
}
