package dev.hotarm.translator.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exception.Breakpoint;
import dev.hotarm.runtime.exception.GuestFault;
import dev.hotarm.runtime.exception.UndefinedInstruction;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Exception generation, hints, barriers, MRS/MSR and cache maintenance at EL0. */
class SystemTest {
    private static final long NEXT = Harness.CODE + 4;

    private static long mrs(int word) {
        Harness h = new Harness();
        h.cpu.x[0] = 0x5555;
        h.exec(word);
        assertEquals(NEXT, h.cpu.pc);
        return h.cpu.x[0];
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // Values of an ARMv8.0 Cortex-A53 r0p4 as Linux shows them to user space.
        "mrs x0 cntfrq_el0,       d53be000, 3b9aca00",  // 1 GHz
        "mrs x0 dczid_el0,        d53b00e0, 4",         // DC ZVA allowed, 64-byte blocks
        "mrs x0 ctr_el0,          d53b0020, 8444c004",
        "mrs x0 midr_el1,         d5380000, 410fd034",
        "mrs x0 mpidr_el1,        d53800a0, 80000000",  // bit 31 RES1, affinity 0
        "mrs x0 revidr_el1,       d53800c0, 0",
        "mrs x0 id_aa64pfr0_el1,  d5380400, 11",        // EL0/EL1 AArch64, FP and AdvSIMD
        "mrs x0 id_aa64isar0_el1, d5380600, 0",         // no AES, SHA, CRC32, atomics
        "mrs x0 id_aa64mmfr0_el1, d5380700, 0",
        "mrs x0 tpidrro_el0,      d53bd060, 0",
    })
    void MRS_identificationRegisters(String name, String word, String value) {
        assertEquals(Long.parseUnsignedLong(value, 16),
                mrs(Integer.parseUnsignedInt(word, 16)), name);
    }

    @Test
    void MRS_CNTVCT_countsForwardInNanoseconds() throws InterruptedException {
        Harness h = new Harness();
        h.code(0xd53be040, 0xd53be041).step(); // mrs x0, cntvct_el0; mrs x1, cntvct_el0
        Thread.sleep(2);
        h.step();
        assertTrue(h.cpu.x[0] >= 0, Long.toString(h.cpu.x[0]));
        assertTrue(h.cpu.x[1] - h.cpu.x[0] >= 2_000_000L, h.cpu.x[0] + " then " + h.cpu.x[1]);
    }

    @ParameterizedTest(name = "value {0}")
    @ValueSource(longs = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x0000_FFFF_8000_1230L})
    void MSR_MRS_TPIDR_EL0_roundTripsAll64Bits(long value) {
        Harness h = new Harness();
        h.cpu.x[0] = value;
        h.code(0xd51bd040, 0xd53bd041).run(2); // msr tpidr_el0, x0; mrs x1, tpidr_el0
        assertEquals(value, h.cpu.tpidrEl0);
        assertEquals(value, h.cpu.x[1]);
    }

    @Test
    void MSR_NZCV_keepsOnlyTheFlagBits() {
        Harness h = new Harness();
        h.cpu.x[0] = 0xFFFF_FFFF_FFFF_FFFFL;
        h.code(0xd51b4200, 0xd53b4201).run(2); // msr nzcv, x0; mrs x1, nzcv
        assertEquals(0xF000_0000, h.cpu.nzcv);
        assertEquals(0xF000_0000L, h.cpu.x[1]);
    }

    @Test
    void MRS_NZCV_readsFlagsZeroExtended() {
        Harness h = new Harness();
        h.cpu.nzcv = CpuState.N | CpuState.V;
        h.exec(0xd53b4200); // mrs x0, nzcv
        assertEquals(0x9000_0000L, h.cpu.x[0]);
    }

    @Test
    void MSR_MRS_FPCR_and_FPSR() {
        Harness h = new Harness();
        h.cpu.x[0] = 0x0340_0000L; // DN, FZ off, RMode = toward zero (11), AHP off
        h.cpu.x[1] = 0x0800_009FL; // QC and every cumulative flag
        h.code(0xd51b4400, 0xd51b4421, 0xd53b4402, 0xd53b4423).run(4);
        // msr fpcr, x0; msr fpsr, x1; mrs x2, fpcr; mrs x3, fpsr
        assertEquals(0x0340_0000, h.cpu.fpcr);
        assertEquals(0x0800_009F, h.cpu.fpsr);
        assertEquals(0x0340_0000L, h.cpu.x[2]);
        assertEquals(0x0800_009FL, h.cpu.x[3]);
    }

    @Test
    void MRS_toXzrDiscardsTheValue() {
        Harness h = new Harness();
        h.cpu.tpidrEl0 = 42;
        h.exec(0xd53bd05f); // mrs xzr, tpidr_el0
        assertEquals(NEXT, h.cpu.pc);
        assertEquals(0, h.cpu.x(31));
    }

    @Test
    void MRS_unknownRegisterIsUndefinedAndNamesIt() {
        Harness h = new Harness();
        var e = assertThrows(UndefinedInstruction.class, () -> h.exec(0xd53bf2e0));
        // mrs x0, s3_3_c15_c2_7
        assertEquals(Harness.CODE, e.pc());
        assertEquals("MRS s3_3_c15_c2_7", e.name());
        assertEquals(0x5555, mrsUnchanged(0xd53bf2e0));
    }

    private static long mrsUnchanged(int word) {
        Harness h = new Harness();
        h.cpu.x[0] = 0x5555;
        assertThrows(UndefinedInstruction.class, () -> h.exec(word));
        return h.cpu.x[0];
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "msr midr_el1 x0,    d5180000",
        "msr cntvct_el0 x0,  d51be040",
        "msr daifset #2,     d50342df",
        "hlt #0,             d4400000",
        "hvc #0,             d4000002",
        "smc #0,             d4000003",
        "udf #0,             00000000",
        "dc gva x2,          d50b7462",
        "dc gzva x2,         d50b7482",
    })
    void undefinedAtEL0(String name, String word) {
        Harness h = new Harness();
        var e = assertThrows(UndefinedInstruction.class,
                () -> h.exec(Integer.parseUnsignedInt(word, 16)), name);
        assertEquals(Harness.CODE, e.pc());
        assertEquals(Harness.CODE, h.cpu.pc);
    }

    @Test
    void BRK_raisesBreakpointWithPcAndImmediate() {
        Harness h = new Harness();
        var e = assertThrows(Breakpoint.class, () -> h.exec(0xd4207d00)); // brk #0x3e8
        assertEquals(Harness.CODE, e.pc());
        assertEquals(0x3e8, e.imm16());
        assertTrue(e.getMessage().contains("0x3e8") && e.getMessage().contains("0x100000"),
                e.getMessage());
    }

    @Test
    void SVC_handlerSeesTheNextPcAndMayRedirect() {
        Harness h = new Harness();
        AtomicLong seen = new AtomicLong();
        h.machine.setSupervisorCallHandler((cpu, imm16) -> {
            seen.set(cpu.pc);
            cpu.x[0] = imm16;
            cpu.pc = 0x40_0000L; // as a signal delivery would
        });
        h.exec(0xd4000021); // svc #0x1
        assertEquals(NEXT, seen.get());
        assertEquals(1, h.cpu.x[0]);
        assertEquals(0x40_0000L, h.cpu.pc);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "nop, d503201f", "yield, d503203f", "wfe, d503205f", "wfi, d503207f", "sev, d503209f",
        "sevl, d50320bf", "paciasp, d503233f", "autiasp, d50323bf", "pacibsp, d503237f",
        "autibsp, d50323ff", "xpaclri, d50320ff", "bti c, d503245f", "bti jc, d50324df",
        "hint #0x7f, d5032fff", "dmb ish, d5033bbf", "dsb sy, d5033f9f", "isb, d5033fdf",
        "dc cvau x0, d50b7b20", "dc civac x0, d50b7e20", "ic ivau x0, d50b7520",
    })
    void hintsBarriersAndCacheCleaningChangeNothing(String name, String word) {
        Harness h = new Harness();
        for (int i = 0; i < 31; i++) {
            h.cpu.x[i] = Harness.DATA + 8 * i;
        }
        h.cpu.nzcv = CpuState.Z | CpuState.C;
        h.cpu.exclusiveAddress = Harness.DATA;
        CpuState before = h.cpu.copy();
        h.exec(Integer.parseUnsignedInt(word, 16));
        assertEquals(NEXT, h.cpu.pc, name);
        assertTrue(Arrays.equals(before.x, h.cpu.x), name);
        assertEquals(before.nzcv, h.cpu.nzcv, name);
        assertEquals(before.exclusiveAddress, h.cpu.exclusiveAddress, name);
        assertEquals(0, h.memory.read64(Harness.DATA), name);
    }

    @Test
    void CLREX_opensTheExclusiveMonitor() {
        Harness h = new Harness();
        h.cpu.exclusiveAddress = Harness.DATA;
        h.exec(0xd5033f5f); // clrex
        assertEquals(-1, h.cpu.exclusiveAddress);
        assertEquals(NEXT, h.cpu.pc);
    }

    @ParameterizedTest(name = "offset {0}")
    @ValueSource(ints = {0, 1, 0x13, 0x3F})
    void DC_ZVA_zeroesExactlyTheAligned64ByteBlock(int offset) {
        Harness h = new Harness();
        byte[] ones = new byte[0x200];
        Arrays.fill(ones, (byte) 0xAA);
        h.memory.write(Harness.DATA, ones, 0, ones.length);
        h.cpu.x[0] = Harness.DATA + 0x100 + offset;
        h.exec(0xd50b7420); // dc zva, x0

        byte[] after = h.memory.read(Harness.DATA, ones.length);
        for (int i = 0; i < after.length; i++) {
            byte expected = i >= 0x100 && i < 0x140 ? 0 : (byte) 0xAA;
            assertEquals(expected, after[i], "byte " + Integer.toHexString(i));
        }
        assertEquals(Harness.DATA + 0x100 + offset, h.cpu.x[0]);
        assertEquals(NEXT, h.cpu.pc);
    }

    @Test
    void DC_ZVA_onReadOnlyPageFaultsLikeAStore() {
        Harness h = new Harness();
        h.code(0xd50b7420); // dc zva, x0 (at CODE, which is read-only)
        h.cpu.x[0] = Harness.CODE + 8;
        var e = assertThrows(GuestFault.class, h::step);
        assertEquals(Harness.CODE, h.cpu.pc);
        assertEquals(0xd50b7420, h.memory.read32(Harness.CODE));
        assertTrue(e.getMessage() != null);
    }
}
