package dev.hotarm.runtime.linux.syscall;

import dev.hotarm.runtime.memory.GuestMemory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StraceTest {
    final GuestMemory m = new GuestMemory();

    private String line(Syscall sc, long result, long... args) {
        long[] a = new long[6];
        System.arraycopy(args, 0, a, 0, args.length);
        return Strace.format(m, sc.number, a, result, true);
    }

    @Test
    void quote_escapesAsStraceDoes() {
        byte[] b = {'a', '\n', '\t', '"', '\\', 0, 1, '7', 0x7f, (byte) 0xff};
        assertEquals("\"a\\n\\t\\\"\\\\\\0\\0017\\177\\377\"",
                Strace.quote(b, b.length, false, Strace.MAX_STRING));
    }

    @Test
    void quote_truncatesAfter32Bytes() {
        byte[] b = "0123456789abcdef0123456789abcdefXYZ".getBytes();
        assertEquals("\"0123456789abcdef0123456789abcdef\"...",
                Strace.quote(b, b.length, false, Strace.MAX_STRING));
    }

    @Test
    void openFlags_decoded() {
        assertEquals("O_RDONLY", Strace.openFlags(0));
        assertEquals("O_RDWR|O_CREAT|O_TRUNC|O_CLOEXEC", Strace.openFlags(02001102));
        assertEquals("O_RDONLY|O_NONBLOCK|O_DIRECTORY|O_CLOEXEC",
                Strace.openFlags(04000 | 040000 | 02000000));
    }

    @Test
    void lines_forUnmappedPointersShowTheAddress() {
        assertEquals("openat(AT_FDCWD, 0x10, O_RDONLY) = -1 EFAULT (Bad address)",
                line(Syscall.OPENAT, -14, -100, 0x10, 0, 0));
        assertEquals("write(1, 0x20, 6) = -1 EFAULT (Bad address)",
                line(Syscall.WRITE, -14, 1, 0x20, 6));
    }

    @Test
    void lines_decodeSignalsClocksWhenceAndHex() {
        assertEquals("lseek(3, -60, SEEK_CUR) = 54", line(Syscall.LSEEK, 54, 3, -60, 1));
        assertEquals("rt_sigprocmask(SIG_SETMASK, NULL, NULL, 8) = 0",
                line(Syscall.RT_SIGPROCMASK, 0, 2, 0, 0, 8));
        assertEquals("kill(5, SIGKILL) = 0", line(Syscall.KILL, 0, 5, 9));
        assertEquals("mprotect(0x5c9000, 28672, PROT_READ) = 0",
                line(Syscall.MPROTECT, 0, 0x5c9000, 28672, 1));
        assertEquals("newfstatat(3, NULL, NULL, AT_EMPTY_PATH) = -1 EFAULT (Bad address)",
                line(Syscall.NEWFSTATAT, -14, 3, 0, 0, 0x1000));
        assertEquals("umask(022) = 0", line(Syscall.UMASK, 0, 022));
        assertEquals("getpid() = 42", line(Syscall.GETPID, 42));
        assertEquals("fcntl(3, F_GETFL, 0) = 32768", line(Syscall.FCNTL, 32768, 3, 3, 0));
    }
}
