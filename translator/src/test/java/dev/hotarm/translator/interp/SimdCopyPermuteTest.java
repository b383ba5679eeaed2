package dev.hotarm.translator.interp;

import static dev.hotarm.translator.interp.SimdThreeSameTest.c;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotarm.translator.interp.SimdThreeSameTest.Case;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Advanced SIMD copy (DUP, INS, UMOV, SMOV), permutes, EXT and TBL/TBX. */
class SimdCopyPermuteTest {
    static final long A_LOW = 0x000000a1000000a0L;
    static final long A_HIGH = 0x000000a3000000a2L;
    static final long B_LOW = 0x000000b1000000b0L;
    static final long B_HIGH = 0x000000b3000000b2L;
    static final long BYTES_LOW = 0x0706050403020100L;
    static final long BYTES_HIGH = 0x0f0e0d0c0b0a0908L;

    static Stream<Case> vectors() {
        return Stream.of(
            c("DUP_4s_element3", 0x4e1c0420, 0xdeadbeefdeadbeefL, 0xdeadbeefdeadbeefL,
                    0, 0, 0, 0xdeadbeef00000000L),
            c("DUP_8b_element15ZeroesTopHalf", 0x0e1f0420, 0xababababababababL, 0,
                    -1, -1, 0, 0xab00000000000000L),
            c("INS_elementIntoUpperDoubleword", 0x6e180420, 0x1111, 0x2222, 0x1111, -1, 0x2222, 0x3333),
            c("DUP_scalarS_element3", 0x5e1c0420, 0x87654321L, 0, -1, -1, 0, 0x8765432100000000L),
            c("UZP1_4s", 0x4e821820, 0x000000a2000000a0L, 0x000000b2000000b0L, 0, 0, A_LOW, A_HIGH, B_LOW, B_HIGH),
            c("UZP2_4s", 0x4e825820, 0x000000a3000000a1L, 0x000000b3000000b1L, 0, 0, A_LOW, A_HIGH, B_LOW, B_HIGH),
            c("ZIP1_4s", 0x4e823820, 0x000000b0000000a0L, 0x000000b1000000a1L, 0, 0, A_LOW, A_HIGH, B_LOW, B_HIGH),
            c("ZIP2_4s", 0x4e827820, 0x000000b2000000a2L, 0x000000b3000000a3L, 0, 0, A_LOW, A_HIGH, B_LOW, B_HIGH),
            c("TRN1_4s", 0x4e822820, 0x000000b0000000a0L, 0x000000b2000000a2L, 0, 0, A_LOW, A_HIGH, B_LOW, B_HIGH),
            c("TRN2_4s", 0x4e826820, 0x000000b1000000a1L, 0x000000b3000000a3L, 0, 0, A_LOW, A_HIGH, B_LOW, B_HIGH),
            c("ZIP1_8b_zeroesTopHalf", 0x0e023820, 0x1303120211011000L, 0,
                    -1, -1, BYTES_LOW, BYTES_HIGH, 0x1716151413121110L, -1),
            c("EXT_16b_8", 0x6e024020, BYTES_HIGH, 0x1111, 0, 0, BYTES_LOW, BYTES_HIGH, 0x1111, 0x2222),
            c("EXT_16b_0", 0x6e020020, BYTES_LOW, BYTES_HIGH, 0, 0, BYTES_LOW, BYTES_HIGH, 0x1111, 0x2222),
            c("EXT_8b_7", 0x2e023820, 0x1615141312111007L, 0, -1, -1, BYTES_LOW, -1, 0x1716151413121110L, -1),
            c("TBL_16b_outOfRangeIndexGivesZero", 0x4e020020, 0x00000f0001020304L, 0,
                    -1, -1, BYTES_LOW, BYTES_HIGH, 0x10ff0f0001020304L, 0x8080808080808080L),
            c("TBX_16b_outOfRangeIndexKeepsDestination", 0x4e021020, 0xeeee0f0001020304L, 0xeeeeeeeeeeeeeeeeL,
                    0xeeeeeeeeeeeeeeeeL, 0xeeeeeeeeeeeeeeeeL, BYTES_LOW, BYTES_HIGH,
                    0x10ff0f0001020304L, 0x8080808080808080L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void computesEveryLane(Case k) {
        Harness h = SimdThreeSameTest.run(k.word(), k.in());
        assertEquals(k.low(), h.cpu.vLow(0), "low 64 bits");
        assertEquals(k.high(), h.cpu.vHigh(0), "high 64 bits");
    }

    @Test
    void TBL_twoRegisterTableWrapsFromV31ToV0() {
        Harness h = new Harness();
        h.cpu.setV(31, 0x4746454443424140L, 0x4f4e4d4c4b4a4948L);
        h.cpu.setV(0, 0x5756555453525150L, 0x5f5e5d5c5b5a5958L);
        h.cpu.setV(2, 0x00000000201f1001L, -1);
        h.exec(0x0e0223e0); // tbl v0.8b, {v31.16b, v0.16b}, v2.8b
        assertEquals(0x40404040005f5041L, h.cpu.vLow(0));
        assertEquals(0, h.cpu.vHigh(0));
    }

    @Test
    void DUP_general_16bTakesLowByte() {
        Harness h = new Harness();
        h.cpu.x[1] = 0x1234567890abcdefL;
        h.exec(0x4e010c20); // dup v0.16b, w1
        assertEquals(0xefefefefefefefefL, h.cpu.vLow(0));
        assertEquals(0xefefefefefefefefL, h.cpu.vHigh(0));
    }

    @Test
    void DUP_general_2dFromX() {
        Harness h = new Harness();
        h.cpu.x[1] = Long.MIN_VALUE;
        h.exec(0x4e080c20); // dup v0.2d, x1
        assertEquals(Long.MIN_VALUE, h.cpu.vLow(0));
        assertEquals(Long.MIN_VALUE, h.cpu.vHigh(0));
    }

    @Test
    void INS_general_writesOneLaneOnly() {
        Harness h = new Harness();
        h.cpu.setV(0, 0x1111111122222222L, 0x3333333344444444L);
        h.cpu.x[1] = 0xffffffffcafef00dL;
        h.exec(0x4e0c1c20); // mov v0.s[1], w1
        assertEquals(0xcafef00d22222222L, h.cpu.vLow(0));
        assertEquals(0x3333333344444444L, h.cpu.vHigh(0));
    }

    @Test
    void UMOV_byte15ZeroExtendsIntoW() {
        Harness h = new Harness();
        h.cpu.x[0] = -1;
        h.cpu.setV(1, 0, 0x80aa000000000000L);
        h.exec(0x0e1f3c20); // umov w0, v1.b[15]
        assertEquals(0x80, h.cpu.x[0]);
    }

    @Test
    void UMOV_doublewordAliasMovX() {
        Harness h = new Harness();
        h.cpu.setV(1, 1, Long.MIN_VALUE);
        h.exec(0x4e183c20); // mov x0, v1.d[1]
        assertEquals(Long.MIN_VALUE, h.cpu.x[0]);
    }

    @Test
    void SMOV_halfwordSignExtendsIntoX() {
        Harness h = new Harness();
        h.cpu.setV(1, 0x8001000000000000L, 0);
        h.exec(0x4e0e2c20); // smov x0, v1.h[3]
        assertEquals(0xffffffffffff8001L, h.cpu.x[0]);
    }

    @Test
    void SMOV_byteIntoWZeroesUpperWord() {
        Harness h = new Harness();
        h.cpu.x[0] = -1;
        h.cpu.setV(1, 0x80, 0);
        h.exec(0x0e012c20); // smov w0, v1.b[0]
        assertEquals(0xffffff80L, h.cpu.x[0]);
    }
}
