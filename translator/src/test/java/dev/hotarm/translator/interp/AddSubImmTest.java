package dev.hotarm.translator.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotarm.runtime.cpu.CpuState;
import org.junit.jupiter.api.Test;

class AddSubImmTest {
    @Test
    void ADDS_setsCarryAndZeroOnUnsignedWrap() {
        Harness h = new Harness();
        h.cpu.x[1] = -1L;
        h.exec(0xb1000420); // adds x0, x1, #0x1
        assertEquals(0, h.cpu.x[0]);
        assertEquals(CpuState.Z | CpuState.C, h.cpu.nzcv);
        assertEquals(Harness.CODE + 4, h.cpu.pc);
    }

    @Test
    void ADD_withRegister31UsesStackPointer() {
        Harness h = new Harness();
        h.exec(0x910043ff); // add sp, sp, #0x10
        assertEquals(Harness.DATA + Harness.DATA_SIZE + 16, h.cpu.sp);
    }

    @Test
    void SUBS_32bitSetsOverflowOnSignedWrap() {
        Harness h = new Harness();
        h.cpu.x[1] = 0x8000_0000L;
        h.exec(0x71000420); // subs w0, w1, #0x1
        assertEquals(0x7FFF_FFFFL, h.cpu.x[0]);
        assertEquals(CpuState.C | CpuState.V, h.cpu.nzcv);
    }
}
