package dev.hotarm.runtime.linux.syscall;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static dev.hotarm.runtime.linux.syscall.KernelFixture.AT_FDCWD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileSyscallsTest {
    @TempDir
    Path dir;

    final KernelFixture k = new KernelFixture();
    private final List<Long> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        for (long fd : opened) {
            k.call(Syscall.CLOSE, fd);
        }
    }

    private long open(Path p, int flags) {
        long fd = k.call(Syscall.OPENAT, AT_FDCWD, k.string(p.toString()), flags, 0);
        if (fd >= 0) {
            opened.add(fd);
        }
        return fd;
    }

    @Test
    void pipe2_writeThenReadBack() {
        long fds = k.alloc(8);
        assertEquals(0, k.call(Syscall.PIPE2, fds, OpenFlags.O_CLOEXEC));
        long rd = k.memory.read32(fds), wr = k.memory.read32(fds + 4);
        opened.add(rd);
        opened.add(wr);

        long msg = k.string("hello\n");
        assertEquals(6, k.call(Syscall.WRITE, wr, msg, 6));
        assertEquals("write(" + wr + ", \"hello\\n\", 6) = 6", k.lastStrace());

        long buf = k.alloc(64);
        assertEquals(6, k.call(Syscall.READ, rd, buf, 64));
        assertArrayEquals("hello\n".getBytes(), k.memory.read(buf, 6));
        assertEquals("read(" + rd + ", \"hello\\n\", 64) = 6", k.lastStrace());
    }

    @Test
    void writev_readv_gatherAndScatter() {
        long fds = k.alloc(8);
        k.call(Syscall.PIPE2, fds, 0);
        long rd = k.memory.read32(fds), wr = k.memory.read32(fds + 4);
        opened.add(rd);
        opened.add(wr);
        long iov = k.alloc(32);
        k.memory.write64(iov, k.string("abc"));
        k.memory.write64(iov + 8, 3);
        k.memory.write64(iov + 16, k.string("defg"));
        k.memory.write64(iov + 24, 4);
        assertEquals(7, k.call(Syscall.WRITEV, wr, iov, 2));

        long a = k.alloc(2), b = k.alloc(16);
        long in = k.alloc(32);
        k.memory.write64(in, a);
        k.memory.write64(in + 8, 2);
        k.memory.write64(in + 16, b);
        k.memory.write64(in + 24, 16);
        assertEquals(7, k.call(Syscall.READV, rd, in, 2));
        assertEquals("ab", new String(k.memory.read(a, 2)));
        assertEquals("cdefg", new String(k.memory.read(b, 5)));
    }

    @Test
    void openat_fstat_reportsSizeAndModeAtAarch64Offsets() throws Exception {
        Path f = dir.resolve("file");
        Files.write(f, new byte[1234]);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        long fd = open(f, 0);
        assertTrue(fd >= 3, "fd " + fd);

        long st = k.alloc(StatLayout.SIZE);
        assertEquals(0, k.call(Syscall.FSTAT, fd, st));
        assertEquals(1234, k.memory.read64(st + StatLayout.ST_SIZE));
        assertEquals(0100640, k.memory.read32(st + StatLayout.ST_MODE));
        assertEquals(1, k.memory.read32(st + StatLayout.ST_NLINK));
        long ino = (long) Files.getAttribute(f, "unix:ino");
        assertEquals(ino, k.memory.read64(st + StatLayout.ST_INO));
        assertEquals((int) Files.getAttribute(f, "unix:uid"),
                k.memory.read32(st + StatLayout.ST_UID));
        long mtime = Files.getLastModifiedTime(f).toMillis() / 1000;
        assertEquals(mtime, k.memory.read64(st + StatLayout.ST_MTIME));
    }

    @Test
    void newfstatat_directoryAndMissingFile() throws Exception {
        long st = k.alloc(StatLayout.SIZE);
        assertEquals(0, k.call(Syscall.NEWFSTATAT, AT_FDCWD, k.string(dir.toString()), st, 0));
        assertEquals(0040000, k.memory.read32(st + StatLayout.ST_MODE) & 0170000);

        long missing = k.string(dir.resolve("nope").toString());
        assertEquals(-Errno.ENOENT, k.call(Syscall.NEWFSTATAT, AT_FDCWD, missing, st, 0));
        assertEquals("newfstatat(AT_FDCWD, \"" + dir.resolve("nope") + "\", 0x"
                + Long.toHexString(st) + ", 0) = -1 ENOENT (No such file or directory)",
                k.lastStrace());
    }

    @Test
    void openat_translatesODirectoryForTheHost() throws Exception {
        Path f = dir.resolve("plain");
        Files.writeString(f, "x");
        assertEquals(-Errno.ENOTDIR, open(f, OpenFlags.O_DIRECTORY));
        long fd = open(dir, OpenFlags.O_DIRECTORY | OpenFlags.O_CLOEXEC);
        assertTrue(fd >= 0);
        long flags = k.call(Syscall.FCNTL, fd, 3, 0); // F_GETFL
        assertEquals(OpenFlags.O_DIRECTORY, flags & OpenFlags.O_DIRECTORY);
        assertEquals(OpenFlags.O_LARGEFILE, flags & OpenFlags.O_LARGEFILE);
    }

    @Test
    void openat_straceShowsFlagsAndModeOnlyWhenCreating() throws Exception {
        Path f = dir.resolve("new");
        long fd = open(f, 0101 | OpenFlags.O_CLOEXEC); // O_WRONLY|O_CREAT
        assertEquals("openat(AT_FDCWD, \"" + f + "\", O_WRONLY|O_CREAT|O_CLOEXEC, 000) = " + fd,
                k.lastStrace());
        long fd2 = open(f, OpenFlags.O_CLOEXEC);
        assertEquals("openat(AT_FDCWD, \"" + f + "\", O_RDONLY|O_CLOEXEC) = " + fd2,
                k.lastStrace());
    }

    @Test
    void getdents64_listsDirectory() throws Exception {
        Files.writeString(dir.resolve("a"), "");
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("longer-name.txt"), "");
        long fd = open(dir, OpenFlags.O_DIRECTORY);
        long buf = k.alloc(4096);
        Set<String> names = new TreeSet<>();
        long n;
        while ((n = k.call(Syscall.GETDENTS64, fd, buf, 4096)) > 0) {
            for (long p = buf; p < buf + n; ) {
                int reclen = k.memory.read16(p + 16) & 0xffff;
                names.add(k.readString(p + 19));
                if (k.readString(p + 19).equals("sub")) {
                    assertEquals(4, k.memory.read8(p + 18), "DT_DIR");
                }
                p += reclen;
            }
        }
        assertEquals(0, n);
        assertEquals(Set.of(".", "..", "a", "sub", "longer-name.txt"), names);
    }

    @Test
    void lseek_pread_pwrite() throws Exception {
        Path f = dir.resolve("rw");
        Files.writeString(f, "0123456789");
        long fd = open(f, 2); // O_RDWR
        long buf = k.alloc(16);
        assertEquals(3, k.call(Syscall.PREAD64, fd, buf, 3, 4));
        assertEquals("456", new String(k.memory.read(buf, 3)));
        assertEquals(2, k.call(Syscall.PWRITE64, fd, k.string("ab"), 2, 8));
        assertEquals(10, k.call(Syscall.LSEEK, fd, 0, 2));
        assertEquals("01234567ab", Files.readString(f));
    }

    @Test
    void readlinkat_procSelfExe_isTheProgram() {
        long buf = k.alloc(256);
        long n = k.call(Syscall.READLINKAT, AT_FDCWD, k.string("/proc/self/exe"), buf, 256);
        assertEquals("/opt/guest/prog".length(), n);
        assertEquals("/opt/guest/prog", new String(k.memory.read(buf, (int) n)));
    }

    @Test
    void readlinkat_symlink() throws Exception {
        Path link = dir.resolve("link");
        Files.createSymbolicLink(link, Path.of("target/x"));
        long buf = k.alloc(64);
        assertEquals(8, k.call(Syscall.READLINKAT, AT_FDCWD, k.string(link.toString()), buf, 64));
        assertEquals("target/x", new String(k.memory.read(buf, 8)));
    }

    @Test
    void mkdirat_renameat2_unlinkat() throws Exception {
        Path d = dir.resolve("made");
        assertEquals(0, k.call(Syscall.MKDIRAT, AT_FDCWD, k.string(d.toString()), 0755));
        assertTrue(Files.isDirectory(d));
        Path f = dir.resolve("f1");
        Files.writeString(f, "x");
        Path g = dir.resolve("f2");
        assertEquals(0, k.call(Syscall.RENAMEAT2, AT_FDCWD, k.string(f.toString()), AT_FDCWD,
                k.string(g.toString()), 0));
        assertTrue(Files.exists(g));
        assertEquals(0, k.call(Syscall.UNLINKAT, AT_FDCWD, k.string(g.toString()), 0));
        assertEquals(0, k.call(Syscall.UNLINKAT, AT_FDCWD, k.string(d.toString()), 0x200));
        assertTrue(!Files.exists(d) && !Files.exists(g));
        assertEquals(-Errno.ENOENT, k.call(Syscall.FACCESSAT, AT_FDCWD, k.string(g.toString()),
                0));
    }

    @Test
    void getcwd_returnsLengthWithNul() {
        long buf = k.alloc(4096);
        long n = k.call(Syscall.GETCWD, buf, 4096);
        String cwd = Path.of("").toAbsolutePath().toString();
        assertEquals(cwd.getBytes(StandardCharsets.UTF_8).length + 1, n);
        assertEquals(cwd, k.readString(buf));
        assertEquals(-Errno.ERANGE, k.call(Syscall.GETCWD, buf, 2));
    }

    @Test
    void ioctl_terminalRequestsOnPipeAreNotTty() {
        long fds = k.alloc(8);
        k.call(Syscall.PIPE2, fds, 0);
        long rd = k.memory.read32(fds);
        opened.add(rd);
        opened.add((long) k.memory.read32(fds + 4));
        assertEquals(-Errno.ENOTTY, k.call(Syscall.IOCTL, rd, 0x5401, k.alloc(64)));
        assertEquals("ioctl(" + rd + ", TCGETS, 0x" + Long.toHexString(k.alloc(0) - 64)
                + ") = -1 ENOTTY (Inappropriate ioctl for device)", k.lastStrace());
        assertEquals(-Errno.ENOTTY, k.call(Syscall.IOCTL, rd, 0x5413, k.alloc(8)));
    }

    @Test
    void dup_dup3_fcntlDupfd() {
        long fds = k.alloc(8);
        k.call(Syscall.PIPE2, fds, 0);
        long rd = k.memory.read32(fds), wr = k.memory.read32(fds + 4);
        opened.add(rd);
        opened.add(wr);
        long d = k.call(Syscall.DUP, wr);
        opened.add(d);
        long d10 = k.call(Syscall.FCNTL, wr, 1030, 100); // F_DUPFD_CLOEXEC
        assertTrue(d10 >= 100);
        opened.add(d10);
        assertEquals(1, k.call(Syscall.FCNTL, d10, 1, 0)); // F_GETFD: FD_CLOEXEC
        assertEquals(3, k.call(Syscall.WRITE, d10, k.string("abc"), 3));
        long buf = k.alloc(8);
        assertEquals(3, k.call(Syscall.READ, rd, buf, 8));
    }

    @Test
    void close_refusesDescriptorsTheGuestDoesNotOwn() throws Exception {
        // Some descriptor the JVM holds: a file we open on the Java side.
        try (var ch = Files.newByteChannel(Files.writeString(dir.resolve("jvm"), "x"))) {
            assertEquals(-Errno.EBADF, k.call(Syscall.CLOSE, 200));
            assertEquals(-Errno.EBADF, k.call(Syscall.READ, 200, k.alloc(4), 4));
            assertTrue(ch.isOpen());
        }
        assertEquals(-Errno.EBADF, k.call(Syscall.CLOSE, -1));
    }

    @Test
    void read_intoUnmappedBufferIsEfault() throws Exception {
        Path f = dir.resolve("r");
        Files.writeString(f, "abc");
        long fd = open(f, 0);
        assertEquals(-Errno.EFAULT, k.call(Syscall.READ, fd, 0x7000_0000L, 3));
        assertEquals(-Errno.EFAULT, k.call(Syscall.OPENAT, AT_FDCWD, 0x7000_0000L, 0, 0));
    }

    @Test
    void statx_passesTheArchitectureIndependentLayoutThrough() throws Exception {
        Path f = dir.resolve("sx");
        Files.write(f, new byte[777]);
        long buf = k.alloc(256);
        assertEquals(0, k.call(Syscall.STATX, AT_FDCWD, k.string(f.toString()), 0, 0x7ff, buf));
        assertEquals(777, k.memory.read64(buf + 40));
        assertEquals(0100000, k.memory.read16(buf + 28) & 0170000);
    }

    @Test
    void faccessat2_andFchmodat() throws Exception {
        Path f = dir.resolve("acc");
        Files.writeString(f, "x");
        long p = k.string(f.toString());
        assertEquals(0, k.call(Syscall.FACCESSAT2, AT_FDCWD, p, 4, 0)); // R_OK
        assertEquals(0, k.call(Syscall.FCHMODAT, AT_FDCWD, p, 0700));
        assertEquals("rwx------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void sendfile_copiesBetweenDescriptors() throws Exception {
        Path src = dir.resolve("src");
        Files.writeString(src, "copy me");
        Path dst = dir.resolve("dst");
        long in = open(src, 0);
        long out = open(dst, 01101); // O_WRONLY|O_CREAT|O_TRUNC
        assertEquals(7, k.call(Syscall.SENDFILE, out, in, 0, 1 << 20));
        assertEquals(0, k.call(Syscall.SENDFILE, out, in, 0, 1 << 20));
        assertEquals("copy me", Files.readString(dst));
    }

    @Test
    void write_toPipeWithoutReader_endsWithSigpipeUnlessIgnored() {
        long fds = k.alloc(8);
        k.call(Syscall.PIPE2, fds, 0);
        long rd = k.memory.read32(fds), wr = k.memory.read32(fds + 4);
        opened.add(wr);
        assertEquals(0, k.call(Syscall.CLOSE, rd));
        long msg = k.string("x");
        dev.hotarm.runtime.exception.GuestExit e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.hotarm.runtime.exception.GuestExit.class,
                () -> k.call(Syscall.WRITE, wr, msg, 1));
        assertEquals(128 + 13, e.status());
        long act = k.alloc(32);
        k.memory.write64(act, 1); // SIG_IGN
        assertEquals(0, k.call(Syscall.RT_SIGACTION, 13, act, 0, 8));
        assertEquals(-Errno.EPIPE, k.call(Syscall.WRITE, wr, msg, 1));
    }

    @Test
    void utimensat_withNullPathSetsTimesOfTheDescriptor() throws Exception {
        Path f = dir.resolve("times");
        Files.writeString(f, "x");
        long fd = open(f, 1);
        long times = k.alloc(32);
        k.memory.write64(times, 1000);
        k.memory.write64(times + 16, 2000);
        assertEquals(0, k.call(Syscall.UTIMENSAT, fd, 0, times, 0));
        assertEquals(2000, Files.getLastModifiedTime(f).toMillis() / 1000);
    }
}
