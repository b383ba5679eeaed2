package dev.hotarm.runtime.linux;

import dev.hotarm.runtime.exception.GuestFault;
import dev.hotarm.runtime.memory.GuestMemory;
import dev.hotarm.runtime.linux.syscall.Host;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinuxProcessTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private LinuxProcess load(ElfBuilder b, List<String> args, List<String> env)
            throws Exception {
        return LinuxProcess.load(write("prog", b.build()), args, env, new LinuxOptions());
    }

    private static String string(GuestMemory m, long address) {
        return new String(m.readCString(address, 4096), StandardCharsets.UTF_8);
    }

    /** The stack read back: argc, argv, envp and auxv as a map. */
    private record Stack(List<String> argv, List<String> env, Map<Long, Long> auxv) { }

    private static Stack readStack(GuestMemory m, long sp) {
        long argc = m.read64(sp);
        long p = sp + 8;
        List<String> argv = new java.util.ArrayList<>();
        for (int i = 0; i < argc; i++, p += 8) {
            argv.add(string(m, m.read64(p)));
        }
        assertEquals(0, m.read64(p));
        p += 8;
        List<String> env = new java.util.ArrayList<>();
        for (; m.read64(p) != 0; p += 8) {
            env.add(string(m, m.read64(p)));
        }
        p += 8;
        Map<Long, Long> auxv = new HashMap<>();
        for (; m.read64(p) != LinuxProcess.AT_NULL; p += 16) {
            auxv.put(m.read64(p), m.read64(p + 8));
        }
        return new Stack(argv, env, auxv);
    }

    @Test
    void load_mapsSegmentsWithTheirPermissionsAndZeroedBss() throws Exception {
        LinuxProcess proc = load(new ElfBuilder(), List.of(), List.of());
        GuestMemory m = proc.machine().memory();

        assertEquals(ElfBuilder.TEXT + 0x1000, proc.cpu().pc);
        assertEquals(0xd503201f, m.fetch32(ElfBuilder.TEXT + 0x1000));
        assertEquals(GuestMemory.READ | GuestMemory.EXEC, m.permissions(ElfBuilder.TEXT));
        assertEquals(0x464c457f, m.read32(ElfBuilder.TEXT), "ELF header visible at offset 0");
        assertEquals(GuestMemory.READ | GuestMemory.WRITE, m.permissions(ElfBuilder.DATA));
        assertArrayEquals("data!".getBytes(), m.read(ElfBuilder.DATA, 5));
        assertEquals(0, m.read64(ElfBuilder.DATA + 5));
        assertEquals(0, m.read8(ElfBuilder.DATA + 0x2004));
        assertThrows(GuestFault.class, () -> m.write8(ElfBuilder.TEXT + 0x1000, (byte) 0));
        assertSame(proc.kernel(), proc.machine().supervisorCallHandler());
        for (int i = 0; i < 31; i++) {
            assertEquals(0, proc.cpu().x[i]);
        }
    }

    @Test
    void load_placesStaticPieAtQemusBase() throws Exception {
        LinuxProcess proc = load(new ElfBuilder().pie(), List.of(), List.of());
        GuestMemory m = proc.machine().memory();

        assertEquals(LinuxProcess.PIE_BASE + 0x1000, proc.cpu().pc);
        assertEquals(0xd503201f, m.fetch32(LinuxProcess.PIE_BASE + 0x1000));
        assertArrayEquals("data!".getBytes(), m.read(LinuxProcess.PIE_BASE + 0x10000, 5));
        Stack s = readStack(m, proc.cpu().sp);
        assertEquals(LinuxProcess.PIE_BASE + 0x1000, s.auxv.get((long) LinuxProcess.AT_ENTRY));
        assertEquals(LinuxProcess.PIE_BASE + 64, s.auxv.get((long) LinuxProcess.AT_PHDR));
    }

    @Test
    void load_buildsInitialStackPerAbi() throws Exception {
        Path prog = write("prog", new ElfBuilder().build());
        LinuxProcess proc = LinuxProcess.load(prog, List.of("one", "two words"),
                List.of("A=1", "PATH=/bin"), new LinuxOptions());
        GuestMemory m = proc.machine().memory();
        long sp = proc.cpu().sp;

        assertEquals(0, sp & 15);
        assertTrue(sp < AddressSpace.STACK_TOP && sp > AddressSpace.STACK_TOP - 8192);
        Stack s = readStack(m, sp);
        assertEquals(List.of(prog.toString(), "one", "two words"), s.argv);
        assertEquals(List.of("A=1", "PATH=/bin"), s.env);
        Map<Long, Long> aux = s.auxv;
        assertEquals(ElfBuilder.TEXT + 64, aux.get((long) LinuxProcess.AT_PHDR));
        assertEquals(56, aux.get((long) LinuxProcess.AT_PHENT));
        assertEquals(3, aux.get((long) LinuxProcess.AT_PHNUM));
        assertEquals(4096, aux.get((long) LinuxProcess.AT_PAGESZ));
        assertEquals(0, aux.get((long) LinuxProcess.AT_BASE));
        assertEquals(ElfBuilder.TEXT + 0x1000, aux.get((long) LinuxProcess.AT_ENTRY));
        assertEquals(3, aux.get((long) LinuxProcess.AT_HWCAP), "FP and ASIMD only");
        assertEquals(0, aux.get((long) LinuxProcess.AT_HWCAP2));
        assertEquals(100, aux.get((long) LinuxProcess.AT_CLKTCK));
        assertEquals(0, aux.get((long) LinuxProcess.AT_SECURE));
        assertEquals(Host.getuid(), aux.get((long) LinuxProcess.AT_UID));
        assertEquals(Host.getegid(), aux.get((long) LinuxProcess.AT_EGID));
        assertEquals("aarch64", string(m, aux.get((long) LinuxProcess.AT_PLATFORM)));
        assertEquals(prog.toString(), string(m, aux.get((long) LinuxProcess.AT_EXECFN)));
        long random = aux.get((long) LinuxProcess.AT_RANDOM);
        assertEquals(16, m.read(random, 16).length);
        assertTrue(random > sp);
        // The headers at AT_PHDR are the file's program headers.
        assertEquals(ElfFile.PT_LOAD, m.read32(aux.get((long) LinuxProcess.AT_PHDR)));
    }

    @Test
    void load_usesArgv0Option() throws Exception {
        LinuxProcess proc = LinuxProcess.load(write("prog", new ElfBuilder().build()),
                List.of("x"), List.of(), new LinuxOptions().argv0("sh"));
        Stack s = readStack(proc.machine().memory(), proc.cpu().sp);
        assertEquals(List.of("sh", "x"), s.argv);
    }

    @Test
    void load_rejectsDynamicExecutable() throws Exception {
        ElfBuilder b = new ElfBuilder();
        b.interpreter = "/lib/ld-linux-aarch64.so.1";
        LoadException e = assertThrows(LoadException.class,
                () -> load(b, List.of(), List.of()));
        assertEquals("dynamically linked programs are not supported yet; "
                + "interpreter /lib/ld-linux-aarch64.so.1", e.getMessage());
    }

    @Test
    void load_rejectsEntryOutsideExecutableSegments() throws Exception {
        ElfBuilder b = new ElfBuilder();
        b.entry = ElfBuilder.DATA;
        LoadException e = assertThrows(LoadException.class,
                () -> load(b, List.of(), List.of()));
        assertEquals("entry point 0x410000 is not in an executable segment", e.getMessage());
    }

    @Test
    void load_rejectsEntryInNonExecutableText() throws Exception {
        ElfBuilder b = new ElfBuilder();
        b.textFlags = ElfFile.PF_R;
        assertThrows(LoadException.class, () -> load(b, List.of(), List.of()));
    }

    @Test
    void load_rejectsRelocatableObject() throws Exception {
        ElfBuilder b = new ElfBuilder();
        b.type = 1;
        LoadException e = assertThrows(LoadException.class,
                () -> load(b, List.of(), List.of()));
        assertTrue(e.getMessage().startsWith("not an executable"), e.getMessage());
    }

    @Test
    void load_setsBreakAfterHighestSegment() throws Exception {
        LinuxProcess proc = load(new ElfBuilder(), List.of(), List.of());
        assertEquals(ElfBuilder.DATA + 0x3000, proc.addressSpace().brkStart());
    }

    @Test
    void procSelfMaps_describesTheGuest() throws Exception {
        LinuxProcess proc = load(new ElfBuilder(), List.of(), List.of());
        var k = proc.kernel();
        GuestMemory m = proc.machine().memory();
        long scratch = k.call(222, 0, 0x10000, 3, 0x22, -1, 0); // mmap RW anonymous
        m.write(scratch, "/proc/self/maps\0".getBytes(StandardCharsets.US_ASCII));
        long fd = k.call(56, -100, scratch, 0, 0); // openat
        assertTrue(fd >= 0, "fd " + fd);
        long n = k.call(63, fd, scratch + 0x100, 0x8000); // read
        k.call(57, fd);
        String maps = new String(m.read(scratch + 0x100, (int) n), StandardCharsets.UTF_8);
        String exe = proc.elf().path().toRealPath().toString();
        assertTrue(maps.startsWith("00400000-00402000 r-xp 00000000 00:00 0 "), maps);
        assertTrue(maps.contains("00410000-00413000 rw-p 00000000 00:00 0 "), maps);
        assertTrue(maps.lines().anyMatch(l -> l.startsWith("00400000") && l.endsWith(exe)), maps);
        assertTrue(maps.contains("7fffff7ff000-7ffffffff000 rw-p 00000000 00:00 0"), maps);
        assertTrue(maps.lines().anyMatch(l -> l.endsWith("[stack]")), maps);
        assertTrue(maps.contains(Long.toHexString(scratch) + "-"), maps);
    }

    @Test
    void stack_isNotExecutableUnlessGnuStackSaysSo() throws Exception {
        LinuxProcess proc = load(new ElfBuilder(), List.of(), List.of());
        assertEquals(GuestMemory.READ | GuestMemory.WRITE,
                proc.machine().memory().permissions(proc.cpu().sp));
    }

    /** The reference busybox, when this machine has it: a real static AArch64 executable. */
    @Test
    void load_realBusyboxWhenPresent() throws Exception {
        Path bb = Path.of("/work/cache/bb/bin/busybox");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(bb));
        LinuxProcess proc = LinuxProcess.load(bb, List.of("true"), List.of(), new LinuxOptions());
        GuestMemory m = proc.machine().memory();
        ElfFile elf = proc.elf();
        long base = elf.type() == ElfFile.ET_DYN ? LinuxProcess.PIE_BASE : 0;
        assertEquals(base + elf.entry(), proc.cpu().pc);
        // The first instruction is what the file holds at the entry point.
        for (ElfFile.ProgramHeader ph : elf.programHeaders()) {
            if (ph.type() == ElfFile.PT_LOAD && ph.contains(elf.entry())) {
                long off = ph.offset() + elf.entry() - ph.vaddr();
                int word = java.nio.ByteBuffer.wrap(elf.bytes(off, 4))
                        .order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
                assertEquals(word, m.fetch32(proc.cpu().pc));
            }
        }
        Stack s = readStack(m, proc.cpu().sp);
        assertEquals(List.of(bb.toString(), "true"), s.argv);
        assertEquals(elf.programHeaders().size(), s.auxv.get((long) LinuxProcess.AT_PHNUM));
        assertEquals(ElfFile.PT_LOAD,
                m.read32(s.auxv.get((long) LinuxProcess.AT_PHDR) + 56L * firstLoad(elf)));
    }

    private static int firstLoad(ElfFile elf) {
        for (int i = 0; i < elf.programHeaders().size(); i++) {
            if (elf.programHeaders().get(i).type() == ElfFile.PT_LOAD) {
                return i;
            }
        }
        return -1;
    }
}
