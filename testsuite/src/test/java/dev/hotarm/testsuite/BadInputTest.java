package dev.hotarm.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files hotarm cannot run: each must end with exit status 126 and a single stderr line that
 * starts with {@code hotarm: }, never a Java stack trace.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private static void assertRefused(Path program, String why) {
        Tools.Result result = Tools.run(Tools.hotarmCommand("run", program.toString()));
        Tools.assertNoStackTrace(result);
        assertEquals(126, result.status(), why + ": exit status\n" + result.describe());
        List<String> lines = result.stderr().lines().toList();
        assertEquals(1, lines.size(), why + ": one line on stderr\n" + result.describe());
        assertTrue(lines.get(0).startsWith("hotarm: "),
                why + ": the line starts with 'hotarm: '\n" + result.describe());
        assertEquals("", result.stdout(), why + ": nothing on stdout\n" + result.describe());
    }

    @Test
    void missingFile_isRefused() {
        assertRefused(dir.resolve("no-such-program"), "missing file");
    }

    @Test
    void directory_isRefused() {
        assertRefused(dir, "directory");
    }

    @Test
    void emptyFile_isRefused() throws IOException {
        assertRefused(Files.write(dir.resolve("empty"), new byte[0]), "empty file");
    }

    @Test
    void textFile_isRefused() throws IOException {
        Path script = Files.writeString(dir.resolve("script.sh"), "#!/bin/sh\necho hi\n");
        script.toFile().setExecutable(true);
        assertRefused(script, "text file");
    }

    @Test
    void hostX86Elf_isRefused() {
        Path host = Path.of("/bin/true");
        Tools.require(Files.isRegularFile(host), "/bin/true");
        assertRefused(host, "x86-64 ELF");
    }

    @Test
    void arm32Elf_isRefused() throws IOException {
        assertRefused(Files.write(dir.resolve("arm32"), arm32Executable()), "32-bit ARM ELF");
    }

    @Test
    void truncatedElf_isRefused() throws IOException {
        byte[] whole = Files.readAllBytes(Tools.guest("hello"));
        Path truncated = Files.write(dir.resolve("truncated"), Arrays.copyOf(whole, 200));
        assertRefused(truncated, "ELF truncated to 200 bytes");
    }

    @Test
    void unmappedEntryPoint_isRefused() throws IOException {
        byte[] image = Files.readAllBytes(Tools.guest("hello"));
        // e_entry is the 8-byte field at offset 24 of an ELF64 header
        ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN).putLong(24, 0x10L);
        assertRefused(Files.write(dir.resolve("entry0x10"), image), "entry point 0x10");
    }

    @Test
    void dynamicallyLinkedElf_isRefused() {
        assertRefused(Tools.guest("hello-dynamic"), "dynamically linked ELF");
    }

    /**
     * A minimal ELF32 little-endian ARM executable: the header, one PT_LOAD program header and
     * two instructions (mov r0, #0; bx lr). Valid for a 32-bit ARM kernel, not for hotarm.
     */
    static byte[] arm32Executable() {
        ByteBuffer b = ByteBuffer.allocate(52 + 32 + 8).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', 1 /* ELFCLASS32 */, 1 /* LSB */, 1, 0});
        b.put(new byte[8]);
        b.putShort((short) 2);          // e_type ET_EXEC
        b.putShort((short) 40);         // e_machine EM_ARM
        b.putInt(1);                    // e_version
        b.putInt(0x10000 + 52 + 32);    // e_entry
        b.putInt(52);                   // e_phoff
        b.putInt(0);                    // e_shoff
        b.putInt(0x05000200);           // e_flags: EABI5, hard float
        b.putShort((short) 52);         // e_ehsize
        b.putShort((short) 32);         // e_phentsize
        b.putShort((short) 1);          // e_phnum
        b.putShort((short) 40);         // e_shentsize
        b.putShort((short) 0);          // e_shnum
        b.putShort((short) 0);          // e_shstrndx
        b.putInt(1);                    // p_type PT_LOAD
        b.putInt(0);                    // p_offset
        b.putInt(0x10000);              // p_vaddr
        b.putInt(0x10000);              // p_paddr
        b.putInt(52 + 32 + 8);          // p_filesz
        b.putInt(52 + 32 + 8);          // p_memsz
        b.putInt(5);                    // p_flags R+X
        b.putInt(0x10000);              // p_align
        b.putInt(0xe3a00000);           // mov r0, #0
        b.putInt(0xe12fff1e);           // bx lr
        return b.array();
    }
}
