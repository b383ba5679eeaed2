package dev.hotarm.runtime.memory;

import dev.hotarm.runtime.exception.GuestFault;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GuestMemoryNativeCopyTest {
    final GuestMemory m = new GuestMemory();

    @Test
    void readTo_writeFrom_crossPages() {
        m.map(0x10000, 0x3000, GuestMemory.READ | GuestMemory.WRITE);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment seg = arena.allocate(0x1800);
            for (int i = 0; i < 0x1800; i++) {
                seg.set(JAVA_BYTE, i, (byte) i);
            }
            m.writeFrom(seg, 0x10, 0x10ff0, 0x1000);
            assertEquals((byte) 0x10, m.read8(0x10ff0));
            assertEquals((byte) 0x0f, m.read8(0x11fef));
            assertEquals(0, m.read8(0x11ff0));
            MemorySegment back = arena.allocate(0x1000);
            m.readTo(0x10ff0, back, 0, 0x1000);
            assertEquals(-1L, back.asByteBuffer().mismatch(seg.asSlice(0x10, 0x1000)
                    .asByteBuffer()));
        }
    }

    @Test
    void writeFrom_checksEveryPageBeforeWriting() {
        m.map(0x10000, 0x1000, GuestMemory.READ | GuestMemory.WRITE);
        m.map(0x11000, 0x1000, GuestMemory.READ);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment seg = arena.allocate(0x20).fill((byte) 7);
            GuestFault f = assertThrows(GuestFault.class,
                    () -> m.writeFrom(seg, 0, 0x10ff0, 0x20));
            assertEquals(0x11000, f.address());
            assertEquals(0, m.read8(0x10ff0), "nothing written");
            assertThrows(GuestFault.class, () -> m.readTo(0x11ff0, seg, 0, 0x20));
        }
    }
}
