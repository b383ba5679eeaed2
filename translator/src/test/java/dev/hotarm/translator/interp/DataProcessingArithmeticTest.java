package dev.hotarm.translator.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotarm.runtime.cpu.CpuState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The architecture's notable corner cases, one named test each; the values were checked
 * under qemu-aarch64 (they also appear in dataproc-oracle.tsv).
 */
class DataProcessingArithmeticTest {
    private static Harness run(int word, long x1, long x2) {
        Harness h = new Harness();
        h.cpu.x[0] = 0x5555_5555_5555_5555L;
        h.cpu.x[1] = x1;
        h.cpu.x[2] = x2;
        return h.exec(word);
    }

    @Test
    void SDIV_minByMinusOneGivesMin() {
        assertEquals(Long.MIN_VALUE, run(0x9ac20c20, Long.MIN_VALUE, -1).cpu.x[0]); // sdiv x0, x1, x2
        assertEquals(0x8000_0000L, run(0x1ac20c20, 0x8000_0000L, -1).cpu.x[0]);  // sdiv w0, w1, w2
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "udiv x0 x1 x2, 9ac20820", "sdiv x0 x1 x2, 9ac20c20",
        "udiv w0 w1 w2, 1ac20820", "sdiv w0 w1 w2, 1ac20c20",
    })
    void DIV_byZeroGivesZero(String name, String word) {
        assertEquals(0, run(Integer.parseUnsignedInt(word, 16), 0x8000_0000L, 0).cpu.x[0]);
    }

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource({
        "clz x0 x1, 0, dac01020, 64", "clz x0 x1, -1, dac01020, 0",
        "cls x0 x1, 0, dac01420, 63", "cls x0 x1, -1, dac01420, 63",
        "clz w0 w1, 0, 5ac01020, 32", "clz w0 w1, -1, 5ac01020, 0",
        "cls w0 w1, 0, 5ac01420, 31", "cls w0 w1, -1, 5ac01420, 31",
    })
    void CLZ_CLS_ofZeroAndMinusOne(String name, long x1, String word, long expected) {
        assertEquals(expected, run(Integer.parseUnsignedInt(word, 16), x1, 0).cpu.x[0]);
    }

    @Test
    void MULH_ofMinusOneSquared() {
        assertEquals(0, run(0x9b427c20, -1, -1).cpu.x[0]);   // smulh x0, x1, x2
        assertEquals(-2, run(0x9bc27c20, -1, -1).cpu.x[0]);  // umulh x0, x1, x2
    }

    @Test
    void SUBS_zeroMinusOneIsNegativeWithBorrow() {
        Harness h = run(0xeb020020, 0, 1); // subs x0, x1, x2
        assertEquals(-1, h.cpu.x[0]);
        assertEquals(CpuState.N, h.cpu.nzcv);
    }

    @Test
    void SUBS_minMinusOneOverflows() {
        Harness h = run(0xeb020020, Long.MIN_VALUE, 1); // subs x0, x1, x2
        assertEquals(Long.MAX_VALUE, h.cpu.x[0]);
        assertEquals(CpuState.C | CpuState.V, h.cpu.nzcv);
    }

    @Test
    void ADCS_carryInWrapsMinusOneToZero() {
        Harness h = new Harness();
        h.cpu.x[1] = -1;
        h.cpu.nzcv = CpuState.C;
        h.exec(0xba020020); // adcs x0, x1, x2 (x2 = 0)
        assertEquals(0, h.cpu.x[0]);
        assertEquals(CpuState.Z | CpuState.C, h.cpu.nzcv);
    }

    @Test
    void CCMP_takesImmediateFlagsWhenConditionFails() {
        Harness h = new Harness();
        h.cpu.x[1] = 1;
        h.cpu.x[2] = 1;
        h.exec(0xfa42002a); // ccmp x1, x2, #0xa, eq with Z clear
        assertEquals(CpuState.N | CpuState.C, h.cpu.nzcv);
        h.cpu.nzcv = CpuState.Z;
        h.exec(0xfa42002a); // same, Z set: compares 1 with 1
        assertEquals(CpuState.Z | CpuState.C, h.cpu.nzcv);
    }

    @Test
    void LSLV_shiftAmountWrapsModuloWidth() {
        assertEquals(0xFFFF_FFFFL, run(0x9ac22020, 0xFFFF_FFFFL, 64).cpu.x[0]);    // lsl x0, x1, x2
        assertEquals(0x1_FFFF_FFFEL, run(0x9ac22020, 0xFFFF_FFFFL, 65).cpu.x[0]);
    }

    @Test
    void REV_reversesBytesPerContainer() {
        long v = 0x0123_4567_89AB_CDEFL;
        assertEquals(0xEFCD_AB89_6745_2301L, run(0xdac00c20, v, 0).cpu.x[0]); // rev x0, x1
        assertEquals(0x2301_6745_AB89_EFCDL, run(0xdac00420, v, 0).cpu.x[0]); // rev16 x0, x1
        assertEquals(0x6745_2301_EFCD_AB89L, run(0xdac00820, v, 0).cpu.x[0]); // rev32 x0, x1
        assertEquals(0xEFCD_AB89L, run(0x5ac00820, v, 0).cpu.x[0]);           // rev w0, w1
    }
}
