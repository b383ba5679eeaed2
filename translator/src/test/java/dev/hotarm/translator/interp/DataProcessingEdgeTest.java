package dev.hotarm.translator.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exception.UndefinedInstruction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the qemu oracle table cannot show: register 31 as SP, PC-relative results, which
 * encodings are unallocated or named-but-unimplemented. Encodings from GNU as.
 */
class DataProcessingEdgeTest {
    private static final long SP = Harness.DATA + Harness.DATA_SIZE;

    @Test
    void ADR_addsOffsetToPc() {
        Harness h = new Harness();
        h.code(0x91000129).step(); // add x9, x9, #0: the ADRs sit at CODE + 4 and + 8
        h.exec(0x10000040); // adr x0, .+8
        assertEquals(Harness.CODE + 12, h.cpu.x[0]);
        h.exec(0x10ffffe1); // adr x1, .-4
        assertEquals(Harness.CODE + 4, h.cpu.x[1]);
    }

    @Test
    void ADRP_addsPageOffsetToPcPage() {
        Harness h = new Harness();
        h.code(0x91000129).step(); // add x9, x9, #0: the ADRPs sit at CODE + 4 and + 8
        h.exec(0xf0000002); // adrp x2, .+0x3000 (page)
        assertEquals(Harness.CODE + 0x3000, h.cpu.x[2]);
        h.exec(0xf0ffffe3); // adrp x3, previous page
        assertEquals(Harness.CODE - 0x1000, h.cpu.x[3]);
    }

    @Test
    void ADD_extendedWithRegister31UsesStackPointer() {
        Harness h = new Harness();
        h.cpu.x[1] = 2;
        h.exec(0x8b216fff); // add sp, sp, x1, lsl #3
        assertEquals(SP + 16, h.cpu.sp);
        h.cpu.x[1] = 0xFFFF_FFFF_0000_0001L;
        h.exec(0x8b214be0); // add x0, sp, w1, uxtw #2
        assertEquals(SP + 16 + 4, h.cpu.x[0]);
    }

    @Test
    void CMN_extendedReadsStackPointerAndWritesNothing() {
        Harness h = new Harness();
        h.cpu.x[2] = -SP;
        h.exec(0xab2263ff); // cmn sp, x2
        assertEquals(CpuState.Z | CpuState.C, h.cpu.nzcv);
        assertEquals(SP, h.cpu.sp);
    }

    @Test
    void ADDS_shiftedRegister31IsZeroRegister() {
        Harness h = new Harness();
        h.cpu.x[1] = 5;
        h.cpu.x[2] = -5;
        h.exec(0xab02003f); // cmn x1, x2 (adds xzr, x1, x2)
        assertEquals(CpuState.Z | CpuState.C, h.cpu.nzcv);
        assertEquals(SP, h.cpu.sp);
    }

    @Test
    void AND_immediateWritesStackPointer() {
        Harness h = new Harness();
        h.cpu.x[1] = 0x1234_5678_9ABC_DEFFL;
        h.exec(0x927cec3f); // and sp, x1, #0xfffffffffffffff0
        assertEquals(0x1234_5678_9ABC_DEF0L, h.cpu.sp);
        h.exec(0xb27c03ff); // mov sp, #0x10 (orr sp, xzr, #0x10)
        assertEquals(0x10, h.cpu.sp);
    }

    @Test
    void TST_immediateSetsFlagsAndLeavesStackPointer() {
        Harness h = new Harness();
        h.cpu.x[1] = 0x10;
        h.exec(0xf2400c3f); // tst x1, #0xf
        assertEquals(CpuState.Z, h.cpu.nzcv);
        assertEquals(SP, h.cpu.sp);
    }

    @Test
    void ADD_immediate32BitFromWspZeroesUpperHalf() {
        Harness h = new Harness();
        h.cpu.sp = 0x1234_5678_FFFF_FFFFL;
        h.exec(0x110007e0); // add w0, wsp, #0x1
        assertEquals(0, h.cpu.x[0]);
        h.cpu.x[1] = 0xFFFF_FFFF_8000_0000L;
        h.exec(0x1100003f); // mov wsp, w1
        assertEquals(0x8000_0000L, h.cpu.sp);
    }

    @Test
    void SUBS_immediateFromStackPointerWritesZeroRegisterForm() {
        Harness h = new Harness();
        h.exec(0xf10007e0); // subs x0, sp, #0x1
        assertEquals(SP - 1, h.cpu.x[0]);
        assertEquals(CpuState.C, h.cpu.nzcv);
        h.exec(0xd10043ff); // sub sp, sp, #0x10
        assertEquals(SP - 16, h.cpu.sp);
    }

    @Test
    void CRC32_isNamedWhenExecuted() {
        Harness h = new Harness();
        UndefinedInstruction e = assertThrows(UndefinedInstruction.class,
                () -> h.exec(0x1ac24020)); // crc32b w0, w1, w2
        assertEquals("CRC32", e.name());
        assertEquals(Harness.CODE, e.pc());
        assertEquals(Harness.CODE, h.cpu.pc);
    }

    @Test
    void IRG_isNamedWhenExecuted() {
        Harness h = new Harness();
        assertEquals("IRG", assertThrows(UndefinedInstruction.class, () -> h.exec(0x9adf1020)).name());
    }

    @ParameterizedTest(name = "0x{0}")
    @ValueSource(strings = {
        "13400000", // SBFM with sf = 0 but N = 1
        "93000000", // SBFM with sf = 1 but N = 0
        "13208000", // SBFM 32-bit with immr = 32
        "13808000", // EXTR 32-bit with lsb = 32
        "12c00000", // MOVN 32-bit with hw = 2
        "32400000", // ORR (immediate) 32-bit with N = 1
        "b240fc00", // ORR (immediate) with imms = all ones at element size 64 (reserved)
        "0b00fc00", // ADD (shifted register) 32-bit with shift amount 63
        "8bc00000", // ADD (shifted register) with shift type ROR
        "8b201400", // ADD (extended register) with shift amount 5
        "fa400810", // CCMP with o3 set
        "9a800800", // CSEL with op2 bit 1 set
        "5ac00c00", // REV with sf = 0 and opc = 3
        "1b200000", // SMADDL with sf = 0
        "9b600000", // 3-source op31 = 011
    })
    void unallocatedEncodingsAreUndefined(String hex) {
        int word = Integer.parseUnsignedInt(hex, 16);
        Harness h = new Harness();
        UndefinedInstruction e = assertThrows(UndefinedInstruction.class, () -> h.exec(word));
        assertNull(e.name(), "unallocated, not merely unimplemented");
    }
}
