package dev.hotarm.translator.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** B, BL, B.cond, CBZ/CBNZ, TBZ/TBNZ, BR, BLR and RET. */
class BranchTest {
    private static final long TAKEN = Harness.CODE + 8;
    private static final long NOT_TAKEN = Harness.CODE + 4;

    static Stream<Arguments> conditionsAndFlags() {
        return IntStream.range(0, 16).boxed()
                .flatMap(cond -> IntStream.range(0, 16).mapToObj(nzcv -> Arguments.of(cond, nzcv)));
    }

    /** ConditionHolds in the manual, written out as its table of the sixteen conditions. */
    private static boolean expected(int cond, int nzcv) {
        boolean n = (nzcv & 8) != 0;
        boolean z = (nzcv & 4) != 0;
        boolean c = (nzcv & 2) != 0;
        boolean v = (nzcv & 1) != 0;
        return switch (cond) {
            case 0 -> z;                 // EQ
            case 1 -> !z;                // NE
            case 2 -> c;                 // CS
            case 3 -> !c;                // CC
            case 4 -> n;                 // MI
            case 5 -> !n;                // PL
            case 6 -> v;                 // VS
            case 7 -> !v;                // VC
            case 8 -> c && !z;           // HI
            case 9 -> !c || z;           // LS
            case 10 -> n == v;           // GE
            case 11 -> n != v;           // LT
            case 12 -> !z && n == v;     // GT
            case 13 -> z || n != v;      // LE
            case 14, 15 -> true;         // AL, and NV which also always branches in A64
            default -> throw new AssertionError(cond);
        };
    }

    @ParameterizedTest(name = "b.cond {0} with nzcv {1}")
    @MethodSource("conditionsAndFlags")
    void B_cond_followsEveryConditionOnEveryFlagValue(int cond, int nzcv) {
        Harness h = new Harness();
        h.cpu.nzcv = nzcv << 28;
        h.exec(0x54000040 | cond); // b.<cond> .+8
        assertEquals(expected(cond, nzcv) ? TAKEN : NOT_TAKEN, h.cpu.pc);
        assertEquals(nzcv << 28, h.cpu.nzcv);
    }

    @Test
    void B_backwardOffsetIsSignExtended() {
        Harness h = new Harness();
        h.exec(0x17ffffff); // b .-4
        assertEquals(Harness.CODE - 4, h.cpu.pc);
    }

    @Test
    void BL_linksTheNextInstruction() {
        Harness h = new Harness();
        h.cpu.x[30] = 0x1234;
        h.exec(0x94000040); // bl .+0x100
        assertEquals(Harness.CODE + 0x100, h.cpu.pc);
        assertEquals(Harness.CODE + 4, h.cpu.x[30]);
    }

    @ParameterizedTest(name = "x0 = {0}")
    @ValueSource(longs = {0, 1, -1, 0xFFFF_FFFF_0000_0000L, 0x1_0000_0000L, Long.MIN_VALUE,
            0x8000_0000L})
    void CBZ_CBNZ_W_formIgnoresTheUpperHalf(long value) {
        boolean lowZero = (int) value == 0;
        assertEquals(lowZero ? TAKEN : NOT_TAKEN, branch(0x34000040, value)); // cbz w0, .+8
        assertEquals(lowZero ? NOT_TAKEN : TAKEN, branch(0x35000040, value)); // cbnz w0, .+8
        assertEquals(value == 0 ? TAKEN : NOT_TAKEN, branch(0xb4000040, value)); // cbz x0, .+8
        assertEquals(value == 0 ? NOT_TAKEN : TAKEN, branch(0xb5000040, value)); // cbnz x0, .+8
    }

    private static long branch(int word, long x0) {
        Harness h = new Harness();
        h.cpu.x[0] = x0;
        h.cpu.x[1] = x0;
        h.exec(word);
        return h.cpu.pc;
    }

    @Test
    void CBZ_onZeroRegisterAlwaysBranches() {
        Harness h = new Harness();
        h.exec(0xb400005f); // cbz xzr, .+8
        assertEquals(TAKEN, h.cpu.pc);
    }

    @ParameterizedTest(name = "x1 = {0}")
    @ValueSource(longs = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0xFFFF_FFFF_FFFF_FFFEL})
    void TBZ_TBNZ_testBit63AndBit0(long value) {
        boolean bit63 = value < 0;
        boolean bit0 = (value & 1) != 0;
        assertEquals(bit63 ? NOT_TAKEN : TAKEN, branch(0xb6f80041, value)); // tbz x1, #63, .+8
        assertEquals(bit63 ? TAKEN : NOT_TAKEN, branch(0xb7f80041, value)); // tbnz x1, #63, .+8
        assertEquals(bit0 ? NOT_TAKEN : TAKEN, branch(0x36000041, value)); // tbz w1, #0, .+8
        assertEquals(bit0 ? TAKEN : NOT_TAKEN, branch(0x37000041, value)); // tbnz w1, #0, .+8
    }

    @Test
    void RET_withoutOperandReturnsToX30() {
        Harness h = new Harness();
        h.cpu.x[30] = 0xDEAD_BEE0L;
        h.exec(0xd65f03c0); // ret
        assertEquals(0xDEAD_BEE0L, h.cpu.pc);
        assertEquals(0xDEAD_BEE0L, h.cpu.x[30]);
    }

    @Test
    void RET_toAnotherRegisterLeavesX30Alone() {
        Harness h = new Harness();
        h.cpu.x[5] = 0x40_1000L;
        h.cpu.x[30] = 0x1234;
        h.exec(0xd65f00a0); // ret x5
        assertEquals(0x40_1000L, h.cpu.pc);
        assertEquals(0x1234, h.cpu.x[30]);
    }

    @Test
    void BR_branchesWithoutLinking() {
        Harness h = new Harness();
        h.cpu.x[3] = 0x7FFF_0000_1000L;
        h.cpu.x[30] = 0x1234;
        h.exec(0xd61f0060); // br x3
        assertEquals(0x7FFF_0000_1000L, h.cpu.pc);
        assertEquals(0x1234, h.cpu.x[30]);
    }

    @Test
    void BLR_linksAfterReadingTheTarget() {
        Harness h = new Harness();
        h.cpu.x[2] = 0x40_2000L;
        h.exec(0xd63f0040); // blr x2
        assertEquals(0x40_2000L, h.cpu.pc);
        assertEquals(Harness.CODE + 4, h.cpu.x[30]);

        Harness self = new Harness();
        self.cpu.x[30] = 0x40_3000L;
        self.exec(0xd63f03c0); // blr x30: branches to the old X30, then X30 = return address
        assertEquals(0x40_3000L, self.cpu.pc);
        assertEquals(Harness.CODE + 4, self.cpu.x[30]);
    }
}
