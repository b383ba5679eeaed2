package dev.hotarm.translator.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Advanced SIMD "three same" (vector and scalar) and "three different". Each case sets V0 (the
 * destination's old value), V1 (Vn) and V2 (Vm), runs one instruction and checks all 128 bits of
 * V0. Expected values follow the manual's pseudocode; the tricky ones were confirmed under
 * qemu-aarch64.
 */
class SimdThreeSameTest {
    /** {@code in} is V0 low, V0 high, V1 low, V1 high, V2 low, V2 high. */
    record Case(String name, int word, long[] in, long low, long high) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case c(String name, int word, long low, long high, long... in) {
        return new Case(name, word, in, low, high);
    }

    static Harness run(int word, long... in) {
        Harness h = new Harness();
        for (int i = 0; i < in.length / 2; i++) {
            h.cpu.setV(i, in[2 * i], in[2 * i + 1]);
        }
        return h.exec(word);
    }

    static Stream<Case> threeSame() {
        return Stream.of(
            c("CMEQ_16b_allOnesWhereEqual", 0x6e228c20, 0xffff00ffffffff00L, -1L,
                    0, 0, 0x00ff7f8001020304L, 0x1111111111111111L, 0x00ff008001020305L, 0x1111111111111111L),
            c("CMEQ_8b_zeroesTopHalf", 0x2e228c20, 0xffff00ffffffff00L, 0,
                    -1, -1, 0x00ff7f8001020304L, 0x1111111111111111L, 0x00ff008001020305L, 0x1111111111111111L),
            c("CMHS_unsigned_0x80AtLeast0x7f", 0x6e223c20, -1L, -1L, 0, 0, 0x7f80, 0, 0x7f7f, 0),
            c("CMHI_unsigned_strict", 0x6e223420, 0xffL, 0, 0, 0, 0x7f80, 0, 0x7f7f, 0),
            c("CMGE_signed_0x80IsNegative", 0x4e223c20, 0xffffffffffffff00L, -1L, 0, 0, 0x7f80, 0, 0x7f7f, 0),
            c("CMGT_signed_strict", 0x4e223420, 0, 0, -1, -1, 0x7f80, 0, 0x7f7f, 0),
            c("CMTST_4s_anyCommonBit", 0x4ea28c20, 0xffffffff00000000L, 0,
                    0, 0, 0x0000000100000010L, 0, 0x0000000100000001L, 0),
            c("UMAXP_16b_pairsFromBothOperands", 0x6e22a420, 0x000000000204ff80L, 0xffffffff7f810001L,
                    0, 0, 0x0102030405ff8000L, 0, 0x7f7f818100000001L, -1L),
            c("UMINP_8h", 0x6e62ac20, 0x0000000300017fffL, -1L,
                    0, 0, 0x0001ffff80007fffL, 0x0000000500030004L, -1L, -1L),
            c("ADDP_2d_wraps", 0x4ee2bc20, 1, Long.MIN_VALUE, 0, 0, -1L, 2, Long.MAX_VALUE, 1),
            c("ADDP_16b_wrapsPerByte", 0x4e22bc20, 0x03070b0f00000000L, 0,
                    0, 0, 0x01ffL, 0x0102030405060708L, 0, 0),
            c("SUB_2s_wrapsAndZeroesTopHalf", 0x2ea28420, -1L, 0,
                    0, 0x1234, 1, 0, 0x0000000100000002L, 0),
            c("ADD_2d_wraps", 0x4ee28420, Long.MIN_VALUE, -1L, 0, 0, Long.MAX_VALUE, 5, 1, -6),
            c("MUL_8h_keepsLowHalf", 0x4e629c20, 0x0000fff7fffe0000L, 0,
                    0, 0, 0x80000003ffff0100L, 0, 0x0002fffd00020100L, 0),
            c("MLA_4s_accumulates", 0x4ea29420, 0xfffffffe0000000dL, 7,
                    0x0000000100000005L, 7, 0x0000000300000002L, 0, 0xffffffff00000004L, 0),
            c("BSL_selectsByDestination", 0x6e621c20, 0x1122112211221122L, 0x1122112211221122L,
                    0xff00ff00ff00ff00L, 0xff00ff00ff00ff00L, 0x1111111111111111L, 0x1111111111111111L,
                    0x2222222222222222L, 0x2222222222222222L),
            c("BIT_insertsWhereMaskSet", 0x6ea21c20, 0x1122112211221122L, 0x1122112211221122L,
                    0x2222222222222222L, 0x2222222222222222L, 0x1111111111111111L, 0x1111111111111111L,
                    0xff00ff00ff00ff00L, 0xff00ff00ff00ff00L),
            c("BIF_insertsWhereMaskClear", 0x6ee21c20, 0x2211221122112211L, 0x2211221122112211L,
                    0x2222222222222222L, 0x2222222222222222L, 0x1111111111111111L, 0x1111111111111111L,
                    0xff00ff00ff00ff00L, 0xff00ff00ff00ff00L),
            c("MOV_8b_aliasOfOrrZeroesTopHalf", 0x0ea11c20, 0x0123456789abcdefL, 0,
                    -1, -1, 0x0123456789abcdefL, 0xfedcba9876543210L),
            c("ORN_16b", 0x4ee21c20, 0xff00ff00ff00ff00L, 0xff00ff00ff00ff00L,
                    0, 0, 0, 0, 0x00ff00ff00ff00ffL, 0x00ff00ff00ff00ffL),
            c("BIC_16b", 0x4e621c20, 0xf0f0f0f0f0f0f0f0L, 0xf0f0f0f0f0f0f0f0L,
                    0, 0, -1, -1, 0x0f0f0f0f0f0f0f0fL, 0x0f0f0f0f0f0f0f0fL),
            c("USHL_2d_negativeCountShiftsRightAndCountOf64Clears", 0x6ee24420, 0x4000000000000000L, 0,
                    0, 0, 0x8000000000000001L, 0x8000000000000001L, 0x12345678000000ffL, 0x40),
            c("SSHL_4s_arithmeticRightAndLeftBy31", 0x4ea24420, 0x80000000c0000000L, 0x00000001ffffffffL,
                    0, 0, 0x0000000180000000L, 0x0000001080000000L, 0x0000001f000000ffL, 0x000000fc000000d8L),
            c("ADD_scalarD_zeroesTopHalf", 0x5ee28420, 3, 0, -1, -1, 1, 5, 2, 7),
            c("ADDHN_8b_highHalvesOfWideSums", 0x0e224020, 0x0102030400010013L, 0,
                    -1, -1, 0xffff0080ff001234L, 0x0100020003000400L, 0x0001008001000100L, 0),
            c("UADDW_2d_wideningLowHalf", 0x2ea21020, 0x00000000fffffffeL, 7,
                    0, 0, -1L, 5, 0x00000002ffffffffL, 0),
            c("UMULL2_2d_upperHalves", 0x6ea2c020, 6, 0xfffffffe00000001L,
                    0, 0, 0, 0xffffffff00000002L, 0, 0xffffffff00000003L),
            c("SMULL_4s_signed", 0x0e62c020, 0x40000000fffffffeL, 0x3fff0001fffffffaL,
                    0, 0, 0x7fff00028000ffffL, 0, 0x7ffffffd80000002L, 0),
            c("USUBL_8h_borrowsIntoWideLane", 0x2e222020, 0x0000000000ffffffL, 0,
                    0, 0, 0xff00, 0, 0x0001, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("threeSame")
    void computesEveryLane(Case k) {
        Harness h = run(k.word(), k.in());
        assertEquals(k.low(), h.cpu.vLow(0), "low 64 bits");
        assertEquals(k.high(), h.cpu.vHigh(0), "high 64 bits");
        assertEquals(Harness.CODE + 4, h.cpu.pc);
    }

    @Test
    void SQADD_16b_saturatesBothWaysAndSetsQC() {
        Harness h = run(0x4e220c20, 0, 0, 0x01807fL, 0, 0x02ff01L, 0); // sqadd v0.16b, v1.16b, v2.16b
        assertEquals(0x03807fL, h.cpu.vLow(0));
        assertEquals(0, h.cpu.vHigh(0));
        assertEquals(SimdSemantics.FPSR_QC, h.cpu.fpsr);
    }

    @Test
    void SQADD_withoutOverflowLeavesQCClear() {
        Harness h = run(0x4e220c20, 0, 0, 0x0101, 0, 0x0202, 0);
        assertEquals(0x0303, h.cpu.vLow(0));
        assertEquals(0, h.cpu.fpsr);
    }

    @Test
    void UQSUB_8h_floorsAtZero() {
        Harness h = run(0x6e622c20, 0, 0, 0x00008000ffff0001L, 0, 0x0000800000010002L, 0);
        assertEquals(0x00000000fffe0000L, h.cpu.vLow(0));
        assertEquals(SimdSemantics.FPSR_QC, h.cpu.fpsr);
    }

    @Test
    void SQADD_scalarD_saturatesAtLongMax() {
        Harness h = run(0x5ee20c20, -1, -1, Long.MAX_VALUE, 0, 1, 0); // sqadd d0, d1, d2
        assertEquals(Long.MAX_VALUE, h.cpu.vLow(0));
        assertEquals(0, h.cpu.vHigh(0));
        assertEquals(SimdSemantics.FPSR_QC, h.cpu.fpsr);
    }

    @Test
    void CMEQ_destinationMayAliasSource() {
        Harness h = new Harness();
        h.cpu.setV(1, 5, 6);
        h.exec(0x6e218c21); // cmeq v1.16b, v1.16b, v1.16b
        assertEquals(-1L, h.cpu.vLow(1));
        assertEquals(-1L, h.cpu.vHigh(1));
    }
}
