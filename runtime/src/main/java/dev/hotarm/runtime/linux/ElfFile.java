package dev.hotarm.runtime.linux;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A 64-bit little-endian AArch64 ELF file, checked on parsing so that every later read of a
 * header, segment or section stays inside the file. Only what the loader and the diagnostics
 * need is decoded: the file header, program headers, section headers and symbol tables.
 */
public final class ElfFile {
    public static final int ET_EXEC = 2, ET_DYN = 3;
    public static final int PT_LOAD = 1, PT_DYNAMIC = 2, PT_INTERP = 3, PT_PHDR = 6, PT_TLS = 7;
    public static final int PT_GNU_STACK = 0x6474e551;
    public static final int PF_X = 1, PF_W = 2, PF_R = 4;
    public static final int SHT_SYMTAB = 2, SHT_NOBITS = 8, SHT_DYNSYM = 11;
    public static final int STT_OBJECT = 1, STT_FUNC = 2;
    static final int EM_AARCH64 = 183;
    static final int EHDR_SIZE = 64, PHDR_SIZE = 56, SHDR_SIZE = 64, SYM_SIZE = 24;

    public record Section(String name, long address, long offset, long size, int type,
            long flags) { }

    public record Symbol(String name, long value, long size, int type) { }

    public record ProgramHeader(int type, int flags, long offset, long vaddr, long filesz,
            long memsz, long align) {
        public boolean contains(long address) {
            return Long.compareUnsigned(address - vaddr, memsz) < 0;
        }
    }

    private final Path path;
    private final byte[] data;
    private final ByteBuffer buf;
    private final int type;
    private final long entry;
    private final long phoff;
    private final List<ProgramHeader> programHeaders;
    private final List<Section> sections;
    private final List<Symbol> symbols;
    /** Function and object symbols with an address, sorted by it, for {@link #symbolize}. */
    private final Symbol[] byAddress;

    private ElfFile(Path path, byte[] data) throws LoadException {
        this.path = path;
        this.data = data;
        this.buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        String name = path.toString();
        if (data.length < 4 || data[0] != 0x7f || data[1] != 'E' || data[2] != 'L'
                || data[3] != 'F') {
            throw new LoadException("not an ELF file: " + name);
        }
        if (data.length < EHDR_SIZE) {
            throw new LoadException("truncated ELF: " + name + " is only " + data.length
                    + " bytes long");
        }
        if (data[4] != 2) {
            throw new LoadException(data[4] == 1 ? "32-bit ELF, not AArch64 (64-bit): " + name
                    : "ELF of unknown class " + data[4] + ": " + name);
        }
        if (data[5] != 1) {
            throw new LoadException("big-endian ELF, not little-endian AArch64: " + name);
        }
        int machine = u16(18);
        if (machine != EM_AARCH64) {
            throw new LoadException("ELF for " + machineName(machine) + ", not AArch64: "
                    + name);
        }
        type = u16(16);
        entry = buf.getLong(24);
        phoff = buf.getLong(32);
        programHeaders = parseProgramHeaders();
        sections = parseSections();
        symbols = parseSymbols();
        byAddress = symbols.stream()
                .filter(s -> s.value != 0 && (s.type == STT_FUNC || s.type == STT_OBJECT)
                        && !s.name.isEmpty())
                .sorted(Comparator.comparingLong(Symbol::value))
                .toArray(Symbol[]::new);
    }

    /** Reads and checks {@code file}; the exception's message is one line for the user. */
    public static ElfFile parse(Path file) throws LoadException {
        if (Files.isDirectory(file)) {
            throw new LoadException(file + ": is a directory");
        }
        if (!Files.exists(file)) {
            throw new LoadException(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new LoadException(file + ": not a regular file");
        }
        try {
            if (Files.size(file) > Integer.MAX_VALUE - 16) {
                throw new LoadException(file + ": too large for an executable");
            }
            return new ElfFile(file, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new LoadException(file + ": no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new LoadException(file + ": permission denied");
        } catch (IOException e) {
            throw new LoadException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static String machineName(int machine) {
        return switch (machine) {
            case 3 -> "x86 (i386)";
            case 8 -> "MIPS";
            case 20 -> "PowerPC";
            case 21 -> "PowerPC64";
            case 22 -> "S/390";
            case 40 -> "ARM (32-bit)";
            case 62 -> "x86-64";
            case 243 -> "RISC-V";
            case 258 -> "LoongArch";
            default -> "machine " + machine;
        };
    }

    private int u16(int at) {
        return buf.getShort(at) & 0xffff;
    }

    private long u32(long at) {
        return buf.getInt((int) at) & 0xffff_ffffL;
    }

    /** True when {@code [offset, offset + size)} lies inside the file. */
    private boolean inFile(long offset, long size) {
        return offset >= 0 && size >= 0 && offset <= data.length && size <= data.length - offset;
    }

    private List<ProgramHeader> parseProgramHeaders() throws LoadException {
        int count = u16(56);
        if (count == 0) {
            return List.of();
        }
        if (u16(54) != PHDR_SIZE) {
            throw new LoadException("bad ELF: program header size " + u16(54) + ", expected "
                    + PHDR_SIZE);
        }
        List<ProgramHeader> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long at = phoff + (long) i * PHDR_SIZE;
            if (!inFile(at, PHDR_SIZE)) {
                throw new LoadException("truncated ELF: program header " + i
                        + " extends past end of file");
            }
            int a = (int) at;
            ProgramHeader ph = new ProgramHeader(buf.getInt(a), buf.getInt(a + 4),
                    buf.getLong(a + 8), buf.getLong(a + 16), buf.getLong(a + 32),
                    buf.getLong(a + 40), buf.getLong(a + 48));
            if ((ph.type == PT_LOAD || ph.type == PT_INTERP) && !inFile(ph.offset, ph.filesz)) {
                throw new LoadException("truncated ELF: segment " + i
                        + " extends past end of file");
            }
            if (ph.type == PT_LOAD && Long.compareUnsigned(ph.filesz, ph.memsz) > 0) {
                throw new LoadException("bad ELF: segment " + i
                        + " has more file bytes than memory bytes");
            }
            list.add(ph);
        }
        return List.copyOf(list);
    }

    private List<Section> parseSections() throws LoadException {
        long shoff = buf.getLong(40);
        int count = u16(60);
        if (count == 0 || shoff == 0) {
            return List.of();
        }
        if (u16(58) != SHDR_SIZE) {
            throw new LoadException("bad ELF: section header size " + u16(58) + ", expected "
                    + SHDR_SIZE);
        }
        if (!inFile(shoff, (long) count * SHDR_SIZE)) {
            throw new LoadException("truncated ELF: section headers extend past end of file");
        }
        int strndx = u16(62);
        long strOffset = -1, strSize = 0;
        if (strndx < count) {
            int s = (int) (shoff + (long) strndx * SHDR_SIZE);
            strOffset = buf.getLong(s + 24);
            strSize = buf.getLong(s + 32);
            if (!inFile(strOffset, strSize)) {
                throw new LoadException("truncated ELF: section " + strndx
                        + " extends past end of file");
            }
        }
        List<Section> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int a = (int) (shoff + (long) i * SHDR_SIZE);
            int sectionType = buf.getInt(a + 4);
            long offset = buf.getLong(a + 24), size = buf.getLong(a + 32);
            if (sectionType != SHT_NOBITS && sectionType != 0 && !inFile(offset, size)) {
                throw new LoadException("truncated ELF: section " + i
                        + " extends past end of file");
            }
            String name = strOffset < 0 ? "" : string(strOffset, strSize, u32(a));
            list.add(new Section(name, buf.getLong(a + 16), offset, size, sectionType,
                    buf.getLong(a + 8)));
        }
        return List.copyOf(list);
    }

    /** The NUL-terminated string at {@code index} of a string table, or "" if out of range. */
    private String string(long tableOffset, long tableSize, long index) {
        if (index >= tableSize) {
            return "";
        }
        int start = (int) (tableOffset + index);
        int end = start;
        int limit = (int) (tableOffset + tableSize);
        while (end < limit && data[end] != 0) {
            end++;
        }
        return new String(data, start, end - start, StandardCharsets.UTF_8);
    }

    private List<Symbol> parseSymbols() {
        List<Symbol> list = new ArrayList<>();
        for (int table : new int[] {SHT_SYMTAB, SHT_DYNSYM}) {
            for (int i = 0; i < sections.size(); i++) {
                Section s = sections.get(i);
                if (s.type != table) {
                    continue;
                }
                int link = (int) u32(headerOffset(i) + 40);
                if (link >= sections.size()) {
                    continue;
                }
                Section strtab = sections.get(link);
                for (long at = s.offset; at + SYM_SIZE <= s.offset + s.size; at += SYM_SIZE) {
                    int a = (int) at;
                    String name = string(strtab.offset, strtab.size, u32(a));
                    list.add(new Symbol(name, buf.getLong(a + 8), buf.getLong(a + 16),
                            data[a + 4] & 0xf));
                }
            }
        }
        return List.copyOf(list);
    }

    private long headerOffset(int section) {
        return buf.getLong(40) + (long) section * SHDR_SIZE;
    }

    // ---------------------------------------------------------------- accessors

    public Path path() {
        return path;
    }

    /** ET_EXEC or ET_DYN (static PIE); other types are rejected by the loader. */
    public int type() {
        return type;
    }

    public long entry() {
        return entry;
    }

    /** File offset of the program headers (e_phoff). */
    public long programHeaderOffset() {
        return phoff;
    }

    public List<ProgramHeader> programHeaders() {
        return programHeaders;
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Symbol> symbols() {
        return symbols;
    }

    public Optional<Section> section(String name) {
        return sections.stream().filter(s -> s.name.equals(name)).findFirst();
    }

    /** A copy of file bytes; {@code [offset, offset + length)} must lie inside the file. */
    public byte[] bytes(long offset, int length) {
        if (!inFile(offset, length)) {
            throw new IndexOutOfBoundsException("bytes " + offset + "+" + length
                    + " outside a file of " + data.length);
        }
        return Arrays.copyOfRange(data, (int) offset, (int) offset + length);
    }

    public long fileSize() {
        return data.length;
    }

    /** "main+0x1c", "main" at the symbol itself, or null when no symbol covers the address. */
    public String symbolize(long address) {
        int lo = 0, hi = byAddress.length - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(byAddress[mid].value, address) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) {
            return null;
        }
        Symbol s = byAddress[found];
        long offset = address - s.value;
        if (offset != 0 && offset >= Math.max(s.size, 1)) {
            return null;
        }
        return offset == 0 ? s.name : s.name + "+0x" + Long.toHexString(offset);
    }
}
