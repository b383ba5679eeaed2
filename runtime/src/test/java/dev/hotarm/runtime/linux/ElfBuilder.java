package dev.hotarm.runtime.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Crafts small ELF images for tests, so no test needs a cross compiler. The default image is a
 * static AArch64 executable: a text segment at 0x400000 covering the headers and the code at
 * file offset 0x1000, a data segment at 0x410000 with bss after it, and symbols.
 */
final class ElfBuilder {
    static final long TEXT = 0x400000, DATA = 0x410000;

    int elfClass = 2;
    int machine = 183;
    int type = ElfFile.ET_EXEC;
    long entry = TEXT + 0x1000;
    byte[] code = {(byte) 0x1f, 0x20, 0x03, (byte) 0xd5, 0x01, 0x00, 0x00, (byte) 0xd4};
    byte[] data = "data!".getBytes(StandardCharsets.US_ASCII);
    long bss = 0x2000;
    int textFlags = ElfFile.PF_R | ElfFile.PF_X;
    String interpreter;
    long base;

    private record Sym(String name, long value, long size, int type) { }

    private final List<Sym> symbols = new ArrayList<>(List.of(
            new Sym("_start", TEXT + 0x1000, 4, ElfFile.STT_FUNC),
            new Sym("main", TEXT + 0x1004, 4, ElfFile.STT_FUNC),
            new Sym("counter", DATA, 8, ElfFile.STT_OBJECT)));

    ElfBuilder pie() {
        type = ElfFile.ET_DYN;
        base = -TEXT;
        entry = 0x1000;
        return this;
    }

    byte[] build() {
        int phnum = interpreter == null ? 3 : 4;
        ByteBuffer b = ByteBuffer.allocate(0x4000).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', (byte) elfClass, 1, 1, 0});
        b.putShort(16, (short) type).putShort(18, (short) machine).putInt(20, 1);
        b.putLong(24, entry).putLong(32, 64);
        b.putShort(52, (short) 64).putShort(54, (short) 56).putShort(56, (short) phnum);
        b.putShort(58, (short) 64);
        long text = TEXT + base, dataAt = DATA + base;
        int ph = 64;
        phdr(b, ph, ElfFile.PT_LOAD, textFlags, 0, text, 0x1000 + code.length,
                0x1000 + code.length);
        phdr(b, ph + 56, ElfFile.PT_LOAD, ElfFile.PF_R | ElfFile.PF_W, 0x2000, dataAt,
                data.length, data.length + bss);
        phdr(b, ph + 112, ElfFile.PT_GNU_STACK, ElfFile.PF_R | ElfFile.PF_W, 0, 0, 0, 0);
        if (interpreter != null) {
            byte[] s = (interpreter + "\0").getBytes(StandardCharsets.US_ASCII);
            b.put(0x2700, s);
            phdr(b, ph + 168, ElfFile.PT_INTERP, ElfFile.PF_R, 0x2700, 0, s.length, s.length);
        }
        b.put(0x1000, code);
        b.put(0x2000, data);

        // Sections after the data: strtab, symtab, shstrtab, then the headers.
        int strtab = 0x2800;
        ByteBuffer str = b.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(strtab);
        str.put((byte) 0);
        int[] nameAt = new int[symbols.size()];
        for (int i = 0; i < symbols.size(); i++) {
            nameAt[i] = str.position() - strtab;
            str.put((symbols.get(i).name + "\0").getBytes(StandardCharsets.US_ASCII));
        }
        int strtabSize = str.position() - strtab;
        int symtab = 0x2a00;
        for (int i = 0; i <= symbols.size(); i++) {
            int at = symtab + 24 * i;
            if (i == 0) {
                continue;
            }
            Sym s = symbols.get(i - 1);
            b.putInt(at, nameAt[i - 1]).put(at + 4, (byte) (0x10 | s.type));
            b.putShort(at + 6, (short) 1).putLong(at + 8, s.value + base).putLong(at + 16, s.size);
        }
        int symtabSize = 24 * (symbols.size() + 1);
        int shstrtab = 0x2c00;
        String names = "\0.text\0.data\0.bss\0.symtab\0.strtab\0.shstrtab\0";
        b.put(shstrtab, names.getBytes(StandardCharsets.US_ASCII));
        int shoff = 0x2d00;
        int n = 0;
        shdr(b, shoff, n++, 0, 0, 0, 0, 0, 0, 0);
        shdr(b, shoff, n++, names.indexOf(".text"), 1, 6, text + 0x1000, 0x1000, code.length, 0);
        shdr(b, shoff, n++, names.indexOf(".data"), 1, 3, dataAt, 0x2000, data.length, 0);
        shdr(b, shoff, n++, names.indexOf(".bss"), ElfFile.SHT_NOBITS, 3, dataAt + data.length,
                0x2000 + data.length, bss, 0);
        shdr(b, shoff, n++, names.indexOf(".symtab"), ElfFile.SHT_SYMTAB, 0, 0, symtab,
                symtabSize, 5);
        shdr(b, shoff, n++, names.indexOf(".strtab"), 3, 0, 0, strtab, strtabSize, 0);
        shdr(b, shoff, n++, names.indexOf(".shstrtab"), 3, 0, 0, shstrtab, names.length(), 0);
        b.putLong(40, shoff).putShort(60, (short) n).putShort(62, (short) (n - 1));
        byte[] out = new byte[shoff + 64 * n];
        b.get(0, out);
        return out;
    }

    private static void phdr(ByteBuffer b, int at, int type, int flags, long offset, long vaddr,
            long filesz, long memsz) {
        b.putInt(at, type).putInt(at + 4, flags).putLong(at + 8, offset).putLong(at + 16, vaddr)
                .putLong(at + 24, vaddr).putLong(at + 32, filesz).putLong(at + 40, memsz)
                .putLong(at + 48, 0x1000);
    }

    private static void shdr(ByteBuffer b, int shoff, int index, int name, int type, long flags,
            long addr, long offset, long size, int link) {
        int at = shoff + 64 * index;
        b.putInt(at, name).putInt(at + 4, type).putLong(at + 8, flags).putLong(at + 16, addr)
                .putLong(at + 24, offset).putLong(at + 32, size).putInt(at + 40, link)
                .putLong(at + 56, type == ElfFile.SHT_SYMTAB ? 24 : 0);
    }
}
