package dev.hotarm.runtime.linux.syscall;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OpenFlagsTest {
    @Test
    void hostValues_x86_64MovesFourBits() {
        // x86-64: O_DIRECTORY 0200000, O_NOFOLLOW 0400000, O_DIRECT 040000, O_LARGEFILE 0100000.
        assertArrayEquals(new int[] {0200000, 0400000, 040000, 0100000},
                OpenFlags.hostValues("amd64"));
        assertArrayEquals(new int[] {040000, 0100000, 0200000, 0400000},
                OpenFlags.hostValues("aarch64"));
    }

    @Test
    void toHost_toGuest_roundTrip() {
        int guest = OpenFlags.O_DIRECTORY | OpenFlags.O_NOFOLLOW | OpenFlags.O_CLOEXEC | 2;
        assertEquals(guest, OpenFlags.toGuest(OpenFlags.toHost(guest)));
        assertEquals(OpenFlags.O_CREAT | OpenFlags.O_TRUNC | 1,
                OpenFlags.toHost(OpenFlags.O_CREAT | OpenFlags.O_TRUNC | 1));
    }

    @Test
    void encodeDev_matchesKernelNewEncoding() {
        assertEquals(0x0801, StatLayout.encodeDev(8, 1));
        assertEquals(0x12345, StatLayout.encodeDev(0x123, 0x45));
        assertEquals(0x100_0000L | 0x0300 | 0x23, StatLayout.encodeDev(3, 0x1023));
    }
}
