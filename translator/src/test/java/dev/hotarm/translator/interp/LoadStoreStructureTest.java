package dev.hotarm.translator.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hotarm.runtime.exception.GuestFault;
import org.junit.jupiter.api.Test;

/** Advanced SIMD structure loads and stores; encodings from GNU as, values from the manual. */
class LoadStoreStructureTest {
    private static final long A = Harness.DATA + 0x200;

    private static Harness withWords(int count) {
        Harness h = new Harness();
        for (int n = 0; n < count; n++) {
            h.memory.write32(A + 4L * n, n);
        }
        return h;
    }

    private static long pair(long low, long high) {
        return (high << 32) | low;
    }

    @Test
    void LD2_deinterleavesEvenAndOddWordsAndPostIncrements() {
        Harness h = withWords(8);
        h.cpu.x[1] = A;
        h.exec(0x4cdf8820); // ld2 {v0.4s, v1.4s}, [x1], #32
        assertEquals(pair(0, 2), h.cpu.vLow(0));
        assertEquals(pair(4, 6), h.cpu.vHigh(0));
        assertEquals(pair(1, 3), h.cpu.vLow(1));
        assertEquals(pair(5, 7), h.cpu.vHigh(1));
        assertEquals(A + 32, h.cpu.x[1]);
    }

    @Test
    void ST2_interleavesBackToTheSameMemory() {
        Harness h = new Harness();
        h.cpu.setV(0, pair(0, 2), pair(4, 6));
        h.cpu.setV(1, pair(1, 3), pair(5, 7));
        h.cpu.x[1] = A;
        h.exec(0x4c008820); // st2 {v0.4s, v1.4s}, [x1]
        for (int n = 0; n < 8; n++) {
            assertEquals(n, h.memory.read32(A + 4L * n));
        }
        assertEquals(A, h.cpu.x[1]);
    }

    @Test
    void LD3_bytesGoRoundRobinIntoThreeRegisters() {
        Harness h = new Harness();
        for (int n = 0; n < 48; n++) {
            h.memory.write8(A + n, (byte) n);
        }
        h.cpu.x[0] = A;
        h.exec(0x4c404000); // ld3 {v0.16b-v2.16b}, [x0]
        assertEquals(0x15_12_0F_0C_09_06_03_00L, h.cpu.vLow(0));
        assertEquals(0x2D_2A_27_24_21_1E_1B_18L, h.cpu.vHigh(0));
        assertEquals(0x16_13_10_0D_0A_07_04_01L, h.cpu.vLow(1));
        assertEquals(0x2F_2C_29_26_23_20_1D_1AL, h.cpu.vHigh(2));
    }

    @Test
    void LD1_laneKeepsTheOtherLanes() {
        Harness h = new Harness();
        h.memory.write32(A, 0xCAFE_F00D);
        h.cpu.setV(1, 0x1111_1111_2222_2222L, 0x3333_3333_4444_4444L);
        h.cpu.x[0] = A;
        h.exec(0x0d409001); // ld1 {v1.s}[1], [x0]
        assertEquals(0xCAFE_F00D_2222_2222L, h.cpu.vLow(1));
        assertEquals(0x3333_3333_4444_4444L, h.cpu.vHigh(1));
    }

    @Test
    void ST1_laneStoresOneElementAndPostIncrementsByItsSize() {
        Harness h = new Harness();
        h.memory.write32(A, 0);
        h.cpu.setV(0, 0, 0xBEEF_0000_0000_0000L);
        h.cpu.x[0] = A;
        h.exec(0x4d9f5800); // st1 {v0.h}[7], [x0], #2
        assertEquals(0xBEEF, h.memory.read32(A));
        assertEquals(A + 2, h.cpu.x[0]);
    }

    @Test
    void LD1R_replicatesIntoEveryLane() {
        Harness h = new Harness();
        h.memory.write16(A, (short) 0x8001);
        h.cpu.x[0] = A;
        h.exec(0x4d40c400); // ld1r {v0.8h}, [x0]
        assertEquals(0x8001_8001_8001_8001L, h.cpu.vLow(0));
        assertEquals(0x8001_8001_8001_8001L, h.cpu.vHigh(0));
    }

    @Test
    void LD1R_64bitArrangementClearsTheHighHalf() {
        Harness h = new Harness();
        h.memory.write32(A, 7);
        h.cpu.setV(0, -1, -1);
        h.cpu.x[0] = A;
        h.exec(0x0d40c800); // ld1r {v0.2s}, [x0]
        assertEquals(pair(7, 7), h.cpu.vLow(0));
        assertEquals(0, h.cpu.vHigh(0));
    }

    @Test
    void LD1_faultLeavesTheVectorRegisterUnchanged() {
        Harness h = new Harness();
        h.cpu.setV(0, 5, 6);
        h.cpu.x[0] = Harness.DATA + Harness.DATA_SIZE - 8;   // high half unmapped
        h.code(0x4c407000); // ld1 {v0.16b}, [x0]
        assertThrows(GuestFault.class, h::step);
        assertEquals(5, h.cpu.vLow(0));
        assertEquals(6, h.cpu.vHigh(0));
    }
}
