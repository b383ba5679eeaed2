package dev.hotarm.translator.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColdCountsTest {
    @Test
    void countsEachAddressSeparatelyAcrossGrowth() {
        ColdCounts counts = new ColdCounts();
        for (int round = 1; round <= 3; round++) {
            for (long pc = 0; pc < 4 * 5000; pc += 4) {
                assertEquals(round, counts.increment(0x40_0000L + pc));
            }
        }
        assertEquals(1, counts.increment(0));
        assertEquals(2, counts.increment(0));
    }
}
