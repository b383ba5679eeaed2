package dev.hotarm.translator.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Literal, unscaled, non-temporal, register-offset byte/halfword, ordered and byte-exclusive
 * forms. Encodings from GNU as, values from the manual.
 */
class LoadStoreMoreTest {
    private static final long A = Harness.DATA + 0x300;

    /** The instruction, three padding words, then the literal at CODE + 16. */
    private static Harness literal(int word, int low, int high, int third, int fourth) {
        Harness h = new Harness();
        h.code(word, 0, 0, 0, low, high, third, fourth);
        return h.step();
    }

    @Test
    void LDR_literalX_readsPcRelative() {
        Harness h = literal(0x58000080, 0x89AB_CDEF, 0x0123_4567, 0, 0); // ldr x0, .+16
        assertEquals(0x0123_4567_89AB_CDEFL, h.cpu.x[0]);
    }

    @Test
    void LDR_literalW_zeroExtends() {
        Harness h = literal(0x18000080, 0xFFFF_FFFF, 0, 0, 0); // ldr w0, .+16
        assertEquals(0xFFFF_FFFFL, h.cpu.x[0]);
    }

    @Test
    void LDRSW_literal_signExtends() {
        Harness h = literal(0x98000080, 0x8000_0000, 0, 0, 0); // ldrsw x0, .+16
        assertEquals(0xFFFF_FFFF_8000_0000L, h.cpu.x[0]);
    }

    @Test
    void LDR_literalQ_readsSixteenBytes() {
        Harness h = literal(0x9c000080, 1, 2, 3, 4); // ldr q0, .+16
        assertEquals(0x2_0000_0001L, h.cpu.vLow(0));
        assertEquals(0x4_0000_0003L, h.cpu.vHigh(0));
    }

    @Test
    void PRFM_literalOutsideAnyMappingDoesNotFault() {
        Harness h = new Harness();
        h.exec(0xd8400000); // prfm pldl1keep, .+0x80000
        assertEquals(Harness.CODE + 4, h.cpu.pc);
    }

    @Test
    void LDUR_unalignedNegativeOffset() {
        Harness h = new Harness();
        h.memory.write64(A - 3, 0x1122_3344_5566_7788L);
        h.cpu.x[1] = A;
        h.exec(0xf85fd020); // ldur x0, [x1, #-3]
        assertEquals(0x1122_3344_5566_7788L, h.cpu.x[0]);
    }

    @Test
    void LDNP_STNP_behaveAsPlainPairs() {
        Harness h = new Harness();
        h.memory.write64(A + 16, 7);
        h.memory.write64(A + 24, 8);
        h.cpu.x[2] = A;
        h.exec(0xa8410440); // ldnp x0, x1, [x2, #16]
        assertEquals(7, h.cpu.x[0]);
        assertEquals(8, h.cpu.x[1]);
        assertEquals(A, h.cpu.x[2]);
        h.cpu.x[0] = 0x1_0000_0005L;
        h.cpu.x[1] = 6;
        h.exec(0x283f0440); // stnp w0, w1, [x2, #-8]
        assertEquals(5, h.memory.read32(A - 8));
        assertEquals(6, h.memory.read32(A - 4));
    }

    @Test
    void LDRB_STRH_registerOffset() {
        Harness h = new Harness();
        h.memory.write8(A + 5, (byte) 0xF0);
        h.cpu.x[1] = A;
        h.cpu.x[2] = 5;
        h.exec(0x38626820); // ldrb w0, [x1, x2]
        assertEquals(0xF0, h.cpu.x[0]);
        h.cpu.x[0] = 0xABCD_1234L;
        h.exec(0x78227820); // strh w0, [x1, x2, lsl #1]
        assertEquals(0x1234, h.memory.read16(A + 10) & 0xFFFF);
        assertEquals(0, h.memory.read8(A + 12));
    }

    @Test
    void LDARB_STLR_actAsLoadAndStore() {
        Harness h = new Harness();
        h.memory.write8(A, (byte) 0x80);
        h.cpu.x[1] = A;
        h.exec(0x08dffc20); // ldarb w0, [x1]
        assertEquals(0x80, h.cpu.x[0]);
        h.cpu.x[0] = -2;
        h.exec(0xc89ffc20); // stlr x0, [x1]
        assertEquals(-2, h.memory.read64(A));
    }

    @Test
    void LDAPRH_loadsZeroExtendedAndLeavesTheMonitorAlone() {
        Harness h = new Harness();
        h.memory.write16(A, (short) 0x8000);
        h.cpu.x[3] = A;
        h.cpu.x[2] = -1;
        h.exec(0x78bfc062); // ldaprh w2, [x3]
        assertEquals(0x8000, h.cpu.x[2]);
        assertEquals(-1, h.cpu.exclusiveAddress);
    }

    @Test
    void STXRB_storesOnlyTheLowByte() {
        Harness h = new Harness();
        h.memory.write64(A, 0x7F);
        h.cpu.x[1] = A;
        h.cpu.x[3] = 0x1FF;
        h.exec(0x085f7c20); // ldxrb w0, [x1]
        h.exec(0x08027c23); // stxrb w2, w3, [x1]
        assertEquals(0x7F, h.cpu.x[0]);
        assertEquals(0, h.cpu.x[2]);
        assertEquals(0xFF, h.memory.read64(A));
    }

    @Test
    void LDR_W_preIndexZeroesUpperHalf() {
        Harness h = new Harness();
        h.memory.write32(A + 4, -1);
        h.cpu.x[0] = -1;
        h.cpu.x[1] = A;
        h.exec(0xb8404c20); // ldr w0, [x1, #4]!
        assertEquals(0xFFFF_FFFFL, h.cpu.x[0]);
        assertEquals(A + 4, h.cpu.x[1]);
    }

    @Test
    void LDP_Q_postIndexAndSTP_D_preIndexOnSp() {
        Harness h = new Harness();
        for (int n = 0; n < 4; n++) {
            h.memory.write64(A + 8L * n, n + 1);
        }
        h.cpu.x[2] = A;
        h.exec(0xacc10440); // ldp q0, q1, [x2], #32
        assertEquals(1, h.cpu.vLow(0));
        assertEquals(2, h.cpu.vHigh(0));
        assertEquals(3, h.cpu.vLow(1));
        assertEquals(4, h.cpu.vHigh(1));
        assertEquals(A + 32, h.cpu.x[2]);
        h.cpu.sp = A + 64;
        h.exec(0x6dbf07e0); // stp d0, d1, [sp, #-16]!
        assertEquals(A + 48, h.cpu.sp);
        assertEquals(1, h.memory.read64(A + 48));
        assertEquals(3, h.memory.read64(A + 56));
    }
}
