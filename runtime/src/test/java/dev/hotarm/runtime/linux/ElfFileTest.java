package dev.hotarm.runtime.linux;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ElfFileTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private String rejection(Path p) {
        return assertThrows(LoadException.class, () -> ElfFile.parse(p)).getMessage();
    }

    @Test
    void parse_readsHeaderSegmentsSectionsAndSymbols() throws Exception {
        ElfFile elf = ElfFile.parse(write("prog", new ElfBuilder().build()));

        assertEquals(ElfFile.ET_EXEC, elf.type());
        assertEquals(ElfBuilder.TEXT + 0x1000, elf.entry());
        assertEquals(3, elf.programHeaders().size());
        assertEquals(ElfFile.PT_LOAD, elf.programHeaders().get(0).type());
        ElfFile.Section text = elf.section(".text").orElseThrow();
        assertEquals(ElfBuilder.TEXT + 0x1000, text.address());
        assertEquals(8, text.size());
        assertEquals(ElfFile.SHT_NOBITS, elf.section(".bss").orElseThrow().type());
        assertTrue(elf.section(".nothing").isEmpty());
        assertArrayEquals(new byte[] {0x1f, 0x20, 0x03, (byte) 0xd5},
                elf.bytes(text.offset(), 4));
        assertTrue(elf.symbols().stream().anyMatch(s -> s.name().equals("main")
                && s.value() == ElfBuilder.TEXT + 0x1004 && s.type() == ElfFile.STT_FUNC));
    }

    @Test
    void symbolize_namesSymbolAndOffset() throws Exception {
        ElfFile elf = ElfFile.parse(write("prog", new ElfBuilder().build()));

        assertEquals("_start", elf.symbolize(ElfBuilder.TEXT + 0x1000));
        assertEquals("_start+0x2", elf.symbolize(ElfBuilder.TEXT + 0x1002));
        assertEquals("main", elf.symbolize(ElfBuilder.TEXT + 0x1004));
        assertEquals("counter+0x7", elf.symbolize(ElfBuilder.DATA + 7));
        assertNull(elf.symbolize(ElfBuilder.TEXT + 0x1008));
        assertNull(elf.symbolize(0x10));
    }

    @Test
    void parse_rejectsMissingFile() {
        String m = rejection(dir.resolve("absent"));
        assertTrue(m.endsWith("absent: no such file"), m);
    }

    @Test
    void parse_rejectsDirectory() {
        assertEquals(dir + ": is a directory", rejection(dir));
    }

    @Test
    void parse_rejectsTextFile() throws Exception {
        Path p = write("notes.txt", "hello world\n".getBytes());
        assertEquals("not an ELF file: " + p, rejection(p));
    }

    @Test
    void parse_rejectsEmptyFile() throws Exception {
        Path p = write("empty", new byte[0]);
        assertEquals("not an ELF file: " + p, rejection(p));
    }

    @Test
    void parse_rejectsHostX86_64Binary() {
        assumeTrue(System.getProperty("os.arch").equals("amd64"));
        String m = rejection(Path.of("/bin/ls"));
        assertEquals("ELF for x86-64, not AArch64: /bin/ls", m);
    }

    @Test
    void parse_rejectsOtherMachine() throws Exception {
        ElfBuilder b = new ElfBuilder();
        b.machine = 243;
        String m = rejection(write("riscv", b.build()));
        assertTrue(m.startsWith("ELF for RISC-V, not AArch64"), m);
    }

    @Test
    void parse_rejects32BitElf() throws Exception {
        ElfBuilder b = new ElfBuilder();
        b.elfClass = 1;
        String m = rejection(write("elf32", b.build()));
        assertTrue(m.startsWith("32-bit ELF"), m);
    }

    @Test
    void parse_rejectsBigEndian() throws Exception {
        byte[] image = new ElfBuilder().build();
        image[5] = 2;
        assertTrue(rejection(write("be", image)).startsWith("big-endian ELF"));
    }

    @Test
    void parse_rejectsFileTruncatedInsideProgramHeaders() throws Exception {
        byte[] image = Arrays.copyOf(new ElfBuilder().build(), 100);
        assertEquals("truncated ELF: program header 0 extends past end of file",
                rejection(write("cut", image)));
    }

    @Test
    void parse_rejectsFileTruncatedInsideHeader() throws Exception {
        byte[] image = Arrays.copyOf(new ElfBuilder().build(), 40);
        String m = rejection(write("cut", image));
        assertTrue(m.startsWith("truncated ELF"), m);
    }

    @Test
    void parse_rejectsSegmentPastEndOfFile() throws Exception {
        byte[] image = Arrays.copyOf(new ElfBuilder().build(), 0x2002);
        assertEquals("truncated ELF: segment 1 extends past end of file",
                rejection(write("cut", image)));
    }
}
