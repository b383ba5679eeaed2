package dev.hotarm.translator.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exception.GuestFault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Loads and stores in the interpreter. Encodings come from GNU as; expected values from the
 * architecture, and the Rn == Rt write-back choice from qemu-aarch64.
 */
class LoadStoreTest {
    private static final long A = Harness.DATA + 0x100;
    /** First byte past the harness's data area: unmapped. */
    private static final long UNMAPPED = Harness.DATA + Harness.DATA_SIZE;

    private static Harness withByte(long address, int value) {
        Harness h = new Harness();
        h.memory.write8(address, (byte) value);
        h.cpu.x[1] = address;
        return h;
    }

    @ParameterizedTest(name = "byte {0}")
    @CsvSource({"0x00, 0, 0", "0x7f, 0x7f, 0x7f", "0x80, 0xffffff80, 0xffffffffffffff80",
            "0xff, 0xffffffff, 0xffffffffffffffff", "0x01, 1, 1"})
    void LDRSB_signExtendsIntoWAndX(String b, String w, String x) {
        int value = Integer.decode(b);
        Harness h = withByte(A, value);
        h.cpu.x[0] = -1L;
        h.exec(0x39c00020); // ldrsb w0, [x1]
        assertEquals(Long.parseUnsignedLong(w.substring(w.startsWith("0x") ? 2 : 0),
                w.startsWith("0x") ? 16 : 10), h.cpu.x[0], "W form zeroes bits 63:32");
        h.exec(0x39800020); // ldrsb x0, [x1]
        assertEquals(Long.parseUnsignedLong(x.substring(x.startsWith("0x") ? 2 : 0),
                x.startsWith("0x") ? 16 : 10), h.cpu.x[0]);
        h.exec(0x39400020); // ldrb w0, [x1]
        assertEquals(value, h.cpu.x[0]);
    }

    @Test
    void LDRSH_signExtendsIntoWAndX() {
        Harness h = new Harness();
        h.memory.write16(A, (short) 0x8001);
        h.cpu.x[1] = A;
        h.exec(0x79c00020); // ldrsh w0, [x1]
        assertEquals(0xFFFF_8001L, h.cpu.x[0]);
        h.exec(0x79800020); // ldrsh x0, [x1]
        assertEquals(0xFFFF_FFFF_FFFF_8001L, h.cpu.x[0]);
    }

    @Test
    void LDRSW_signExtendsIntoX() {
        Harness h = new Harness();
        h.memory.write32(A, 0x8000_0000);
        h.cpu.x[1] = A;
        h.exec(0xb9800020); // ldrsw x0, [x1]
        assertEquals(0xFFFF_FFFF_8000_0000L, h.cpu.x[0]);
        h.memory.write32(A, 0x7FFF_FFFF);
        h.exec(0xb9800020);
        assertEquals(0x7FFF_FFFFL, h.cpu.x[0]);
    }

    @Test
    void LDR_postIndexLoadsFromBaseThenWritesBack() {
        Harness h = new Harness();
        h.memory.write64(A, 0x1122_3344_5566_7788L);
        h.memory.write64(A + 8, 42);
        h.cpu.x[1] = A;
        h.exec(0xf8408420); // ldr x0, [x1], #8
        assertEquals(0x1122_3344_5566_7788L, h.cpu.x[0]);
        assertEquals(A + 8, h.cpu.x[1]);
    }

    @Test
    void LDR_preIndexLoadsFromUpdatedBase() {
        Harness h = new Harness();
        h.memory.write64(A + 8, 42);
        h.cpu.x[1] = A;
        h.exec(0xf8408c20); // ldr x0, [x1, #8]!
        assertEquals(42, h.cpu.x[0]);
        assertEquals(A + 8, h.cpu.x[1]);
    }

    @Test
    void LDR_postIndexWithRtEqualRnKeepsTheWrittenBackAddress() {
        // CONSTRAINED UNPREDICTABLE; qemu-aarch64 writes the base back after the load.
        Harness h = new Harness();
        h.memory.write64(A, 0x77);
        h.cpu.x[1] = A;
        h.exec(0xf8408421); // ldr x1, [x1], #8
        assertEquals(A + 8, h.cpu.x[1]);
    }

    @Test
    void LDR_register31BaseIsStackPointer() {
        Harness h = new Harness();
        h.cpu.sp = A;
        h.memory.write64(A + 8, -5);
        h.exec(0xf94007e0); // ldr x0, [sp, #8]
        assertEquals(-5, h.cpu.x[0]);
    }

    @Test
    void STR_register31SourceIsZeroRegister() {
        Harness h = new Harness();
        h.memory.write64(A, -1);
        h.cpu.sp = A;   // must not be stored
        h.cpu.x[1] = A;
        h.exec(0xf900003f); // str xzr, [x1]
        assertEquals(0, h.memory.read64(A));
    }

    @Test
    void STR_preIndexOnStackPointer() {
        Harness h = new Harness();
        h.cpu.sp = A + 16;
        h.cpu.x[0] = 0xABCDL;
        h.exec(0xf81f0fe0); // str x0, [sp, #-16]!
        assertEquals(A, h.cpu.sp);
        assertEquals(0xABCDL, h.memory.read64(A));
    }

    @Test
    void LDR_registerOffsetSignExtendsAndScalesW() {
        Harness h = new Harness();
        h.memory.write64(A - 8, 99);
        h.cpu.x[1] = A;
        h.cpu.x[2] = 0xDEAD_BEEF_FFFF_FFFFL; // w2 = -1; the upper half is ignored
        h.exec(0xf862d820); // ldr x0, [x1, w2, sxtw #3]
        assertEquals(99, h.cpu.x[0]);
    }

    @Test
    void LDP_preIndexLoadsBothAndWritesBack() {
        Harness h = new Harness();
        h.memory.write64(A + 16, 1);
        h.memory.write64(A + 24, Long.MIN_VALUE);
        h.cpu.x[2] = A;
        h.exec(0xa9c10440); // ldp x0, x1, [x2, #16]!
        assertEquals(1, h.cpu.x[0]);
        assertEquals(Long.MIN_VALUE, h.cpu.x[1]);
        assertEquals(A + 16, h.cpu.x[2]);
    }

    @Test
    void STP_postIndexStoresAtBaseThenWritesBack() {
        Harness h = new Harness();
        h.cpu.x[0] = Long.MAX_VALUE;
        h.cpu.x[1] = -1;
        h.cpu.x[2] = A;
        h.exec(0xa8bf0440); // stp x0, x1, [x2], #-16
        assertEquals(Long.MAX_VALUE, h.memory.read64(A));
        assertEquals(-1, h.memory.read64(A + 8));
        assertEquals(A - 16, h.cpu.x[2]);
    }

    @Test
    void LDPSW_signExtendsBoth() {
        Harness h = new Harness();
        h.memory.write32(A, -2);
        h.memory.write32(A + 4, 0x7FFF_FFFF);
        h.cpu.x[2] = A;
        h.exec(0x69400440); // ldpsw x0, x1, [x2]
        assertEquals(-2, h.cpu.x[0]);
        assertEquals(0x7FFF_FFFFL, h.cpu.x[1]);
    }

    @Test
    void STXR_succeedsAfterLDXROfTheSameAddress() {
        Harness h = new Harness();
        h.memory.write64(A, 5);
        h.cpu.x[1] = A;
        h.cpu.x[3] = 6;
        h.cpu.x[2] = 0xFFFF_FFFFL;
        h.exec(0xc85f7c20); // ldxr x0, [x1]
        h.exec(0xc8027c23); // stxr w2, x3, [x1]
        assertEquals(5, h.cpu.x[0]);
        assertEquals(0, h.cpu.x[2]);
        assertEquals(6, h.memory.read64(A));
    }

    @Test
    void STXR_failsWithoutAMonitorAndLeavesMemory() {
        Harness h = new Harness();
        h.memory.write64(A, 5);
        h.cpu.x[1] = A;
        h.cpu.x[3] = 6;
        h.exec(0xc8027c23); // stxr w2, x3, [x1]
        assertEquals(1, h.cpu.x[2]);
        assertEquals(5, h.memory.read64(A));
    }

    @Test
    void STXR_failsWhenMemoryChangedSinceLDXR() {
        Harness h = new Harness();
        h.memory.write64(A, 5);
        h.cpu.x[1] = A;
        h.cpu.x[3] = 6;
        h.exec(0xc85f7c20); // ldxr x0, [x1]
        h.memory.write64(A, 7);
        h.exec(0xc8027c23); // stxr w2, x3, [x1]
        assertEquals(1, h.cpu.x[2]);
        assertEquals(7, h.memory.read64(A));
    }

    @Test
    void STXR_secondAttemptFailsBecauseTheMonitorIsCleared() {
        Harness h = new Harness();
        h.memory.write64(A, 5);
        h.cpu.x[1] = A;
        h.cpu.x[3] = 5;
        h.exec(0xc85f7c20); // ldxr x0, [x1]
        h.exec(0xc8027c23); // stxr w2, x3, [x1]
        assertEquals(0, h.cpu.x[2]);
        h.exec(0xc8027c23); // stxr w2, x3, [x1]
        assertEquals(1, h.cpu.x[2]);
    }

    @Test
    void STXP_storesBothAfterLDXP() {
        Harness h = new Harness();
        h.memory.write64(A, 1);
        h.memory.write64(A + 8, 2);
        h.cpu.x[2] = A;
        h.cpu.x[4] = 3;
        h.cpu.x[5] = 4;
        h.exec(0xc87f0440); // ldxp x0, x1, [x2]
        h.exec(0xc8231444); // stxp w3, x4, x5, [x2]
        assertEquals(1, h.cpu.x[0]);
        assertEquals(2, h.cpu.x[1]);
        assertEquals(0, h.cpu.x[3]);
        assertEquals(3, h.memory.read64(A));
        assertEquals(4, h.memory.read64(A + 8));
    }

    @Test
    void LDR_faultLeavesRegistersUnchanged() {
        Harness h = new Harness();
        h.cpu.x[0] = 123;
        h.cpu.x[1] = UNMAPPED;
        h.code(0xf8408420); // ldr x0, [x1], #8
        CpuState before = h.cpu.copy();
        assertThrows(GuestFault.class, h::step);
        assertEquals(123, h.cpu.x[0]);
        assertEquals(UNMAPPED, h.cpu.x[1]);
        assertEquals(before.pc, h.cpu.pc);
    }

    @Test
    void LDP_faultOnSecondHalfLeavesRegistersUnchanged() {
        Harness h = new Harness();
        h.cpu.x[0] = 10;
        h.cpu.x[1] = 11;
        h.cpu.x[2] = UNMAPPED - 8;
        h.code(0xa9c10440 & ~(0x7F << 15)); // ldp x0, x1, [x2, #0]!
        assertThrows(GuestFault.class, h::step);
        assertEquals(10, h.cpu.x[0]);
        assertEquals(11, h.cpu.x[1]);
        assertEquals(UNMAPPED - 8, h.cpu.x[2]);
    }

    @Test
    void STP_faultOnSecondHalfWritesNeitherHalf() {
        Harness h = new Harness();
        h.memory.write64(UNMAPPED - 8, 77);
        h.cpu.x[0] = 1;
        h.cpu.x[1] = 2;
        h.cpu.x[2] = UNMAPPED - 8;
        h.code(0xa8bf0440); // stp x0, x1, [x2], #-16
        assertThrows(GuestFault.class, h::step);
        assertEquals(77, h.memory.read64(UNMAPPED - 8));
        assertEquals(UNMAPPED - 8, h.cpu.x[2]);
    }

    @Test
    void PRFM_ofUnmappedAddressDoesNotFault() {
        Harness h = new Harness();
        h.cpu.x[1] = UNMAPPED;
        h.exec(0xf9800020); // prfm pldl1keep, [x1]
        assertEquals(Harness.CODE + 4, h.cpu.pc);
    }

    @Test
    void LDR_Q_and_STR_Q_roundTripLowAtAddressHighAtPlus8() {
        Harness h = new Harness();
        h.memory.write64(A, 0x0123_4567_89AB_CDEFL);
        h.memory.write64(A + 8, 0xFEDC_BA98_7654_3210L);
        h.cpu.x[1] = A;
        h.exec(0x3dc00020); // ldr q0, [x1]
        assertEquals(0x0123_4567_89AB_CDEFL, h.cpu.vLow(0));
        assertEquals(0xFEDC_BA98_7654_3210L, h.cpu.vHigh(0));
        h.exec(0x3d800420); // str q0, [x1, #16]
        assertEquals(0x0123_4567_89AB_CDEFL, h.memory.read64(A + 16));
        assertEquals(0xFEDC_BA98_7654_3210L, h.memory.read64(A + 24));
    }

    @Test
    void LDR_S_zeroesTheRestOfTheVectorRegister() {
        Harness h = new Harness();
        h.cpu.setV(0, -1, -1);
        h.memory.write32(A, 0x3F80_0000);
        h.cpu.x[1] = A;
        h.exec(0xbd400020); // ldr s0, [x1]
        assertEquals(0x3F80_0000L, h.cpu.vLow(0));
        assertEquals(0, h.cpu.vHigh(0));
    }

    @Test
    void LD1_ST1_twoRegistersPostIndexRoundTrip() {
        Harness h = new Harness();
        long[] words = {1, 2, 3, 4};
        for (int i = 0; i < 4; i++) {
            h.memory.write64(A + 8L * i, words[i]);
        }
        h.cpu.x[1] = A;
        h.exec(0x4cdfa020); // ld1 {v0.16b, v1.16b}, [x1], #32
        assertEquals(A + 32, h.cpu.x[1]);
        assertArrayEquals(words, new long[] {h.cpu.vLow(0), h.cpu.vHigh(0), h.cpu.vLow(1),
                h.cpu.vHigh(1)});
        h.cpu.setV(2, h.cpu.vLow(0), h.cpu.vHigh(0));
        h.cpu.setV(3, h.cpu.vLow(1), h.cpu.vHigh(1));
        h.exec(0x4c9fa022); // st1 {v2.16b, v3.16b}, [x1], #32
        assertEquals(A + 64, h.cpu.x[1]);
        for (int i = 0; i < 4; i++) {
            assertEquals(words[i], h.memory.read64(A + 32 + 8L * i));
        }
    }
}
