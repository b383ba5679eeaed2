package dev.hotarm.runtime.linux.syscall;

import dev.hotarm.runtime.exception.GuestFault;
import dev.hotarm.runtime.memory.GuestMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemorySyscallsTest {
    static final int PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4;
    static final int MAP_PRIVATE = 2, MAP_FIXED = 0x10, MAP_ANONYMOUS = 0x20;
    static final int MAP_FIXED_NOREPLACE = 0x100000;

    @TempDir
    Path dir;

    final KernelFixture k = new KernelFixture();
    final GuestMemory m = k.memory;

    private long mmapAnon(long addr, long len, int prot, int extraFlags) {
        return k.call(Syscall.MMAP, addr, len, prot, MAP_PRIVATE | MAP_ANONYMOUS | extraFlags,
                -1, 0);
    }

    @Test
    void brk_growsAndShrinks() {
        long start = k.call(Syscall.BRK, 0);
        assertEquals(0x4000_0000L, start);
        assertEquals("brk(NULL) = 0x40000000", k.lastStrace());
        assertEquals(start + 0x5123, k.call(Syscall.BRK, start + 0x5123));
        m.write8(start + 0x5fff, (byte) 1);
        assertEquals(0, m.read64(start));
        assertEquals(start + 0x1000, k.call(Syscall.BRK, start + 0x1000));
        assertThrows(GuestFault.class, () -> m.read8(start + 0x1000));
        assertEquals(start + 0x1000, k.call(Syscall.BRK, start - 0x1000), "below start fails");
    }

    @Test
    void brk_failsIntoAMapping() {
        long start = k.call(Syscall.BRK, 0);
        assertEquals(start + 0x3000, mmapAnon(start + 0x3000, 0x1000, PROT_READ, MAP_FIXED));
        assertEquals(start, k.call(Syscall.BRK, start + 0x8000));
    }

    @Test
    void mmap_anonymousIsZeroedAlignedAndWritable() {
        long a = mmapAnon(0, 10000, PROT_READ | PROT_WRITE, 0);
        assertEquals(0, a & 0xfff);
        assertTrue(a > 0x1000_0000_0000L && a < 0x8000_0000_0000L);
        assertEquals(0, m.read64(a + 8000));
        m.write64(a + 12280, -1);
        assertThrows(GuestFault.class, () -> m.read8(a + 12288));
        long b = mmapAnon(0, 4096, PROT_READ, 0);
        assertTrue(b + 4096 <= a || b >= a + 12288, "distinct ranges");
        assertThrows(GuestFault.class, () -> m.write8(b, (byte) 1));
    }

    @Test
    void mmap_straceShowsProtAndFlags() {
        long a = mmapAnon(0, 4096, PROT_READ | PROT_WRITE, 0);
        assertEquals("mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x"
                + Long.toHexString(a), k.lastStrace());
    }

    @Test
    void mmap_fixedReplacesAndNoreplaceRefuses() {
        long a = mmapAnon(0, 0x3000, PROT_READ | PROT_WRITE, 0);
        m.write8(a + 0x1000, (byte) 7);
        assertEquals(a + 0x1000, mmapAnon(a + 0x1000, 0x1000, PROT_READ | PROT_WRITE,
                MAP_FIXED));
        assertEquals(0, m.read8(a + 0x1000));
        assertEquals(-Errno.EEXIST, mmapAnon(a, 0x1000, PROT_READ, MAP_FIXED_NOREPLACE));
        assertEquals(-Errno.EINVAL, mmapAnon(a + 1, 0x1000, PROT_READ, MAP_FIXED));
        assertEquals(-Errno.EINVAL, mmapAnon(0, 0, PROT_READ, 0));
    }

    @Test
    void mmap_filePrivateCopiesContents() throws Exception {
        Path f = dir.resolve("data");
        byte[] bytes = new byte[5000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        Files.write(f, bytes);
        long fd = k.call(Syscall.OPENAT, KernelFixture.AT_FDCWD, k.string(f.toString()), 0, 0);
        long a = k.call(Syscall.MMAP, 0, 8192, PROT_READ, MAP_PRIVATE, fd, 4096);
        k.call(Syscall.CLOSE, fd);
        assertTrue(a > 0);
        assertEquals(bytes[4096], m.read8(a));
        assertEquals(bytes[4999], m.read8(a + 903));
        assertEquals(0, m.read8(a + 904), "past end of file reads zero");
        assertEquals(-Errno.EBADF, k.call(Syscall.MMAP, 0, 4096, PROT_READ, MAP_PRIVATE, 99, 0));
    }

    @Test
    void munmap_removesPagesAndTheyCanBeReused() {
        long a = mmapAnon(0, 0x4000, PROT_READ | PROT_WRITE, 0);
        assertEquals(0, k.call(Syscall.MUNMAP, a + 0x1000, 0x1000));
        assertThrows(GuestFault.class, () -> m.read8(a + 0x1000));
        m.write8(a + 0x2000, (byte) 1);
        assertEquals(-Errno.EINVAL, k.call(Syscall.MUNMAP, a + 1, 0x1000));
        assertEquals(a + 0x1000, mmapAnon(a + 0x1000, 0x1000, PROT_READ, 0), "hint honoured");
    }

    @Test
    void mprotect_changesPermissions() {
        long a = mmapAnon(0, 0x2000, PROT_READ | PROT_WRITE, 0);
        assertEquals(0, k.call(Syscall.MPROTECT, a, 0x1000, PROT_READ));
        assertThrows(GuestFault.class, () -> m.write8(a, (byte) 1));
        m.write8(a + 0x1000, (byte) 1);
        assertEquals(0, k.call(Syscall.MPROTECT, a, 0x2000, PROT_READ | PROT_EXEC));
        assertEquals(GuestMemory.READ | GuestMemory.EXEC, m.permissions(a + 0x1000));
        assertEquals(0, k.call(Syscall.MPROTECT, a, 0x1000, 0));
        assertThrows(GuestFault.class, () -> m.read8(a));
        assertEquals(-Errno.ENOMEM, k.call(Syscall.MPROTECT, a, 0x3000, PROT_READ));
        assertEquals(-Errno.EINVAL, k.call(Syscall.MPROTECT, a + 4, 0x1000, PROT_READ));
    }

    @Test
    void mremap_growsInPlaceOrMovesKeepingContents() {
        long a = mmapAnon(0, 0x2000, PROT_READ | PROT_WRITE, 0);
        m.write64(a + 0x1ff8, 0x1234);
        // The allocator works downward, so the range after a is taken by nothing: grow in place.
        long grown = k.call(Syscall.MREMAP, a, 0x2000, 0x3000, 0, 0);
        assertEquals(a, grown);
        m.write8(a + 0x2fff, (byte) 1);
        // Block the range after it, so a larger size must move.
        long blocker = mmapAnon(a + 0x3000, 0x1000, PROT_READ, MAP_FIXED);
        assertEquals(a + 0x3000, blocker);
        assertEquals(-Errno.ENOMEM, k.call(Syscall.MREMAP, a, 0x3000, 0x5000, 0, 0));
        long moved = k.call(Syscall.MREMAP, a, 0x3000, 0x5000, 1, 0);
        assertNotEquals(a, moved);
        assertEquals(0x1234, m.read64(moved + 0x1ff8));
        assertEquals(0, m.read64(moved + 0x4ff8));
        assertThrows(GuestFault.class, () -> m.read8(a));
        assertEquals(moved, k.call(Syscall.MREMAP, moved, 0x5000, 0x1000, 0, 0));
        assertThrows(GuestFault.class, () -> m.read8(moved + 0x1000));
    }

    @Test
    void madvise_succeeds() {
        long a = mmapAnon(0, 0x1000, PROT_READ, 0);
        assertEquals(0, k.call(Syscall.MADVISE, a, 0x1000, 4));
    }
}
