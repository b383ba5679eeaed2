package dev.hotarm.cli;

import dev.hotarm.runtime.linux.ElfFile;
import dev.hotarm.runtime.linux.LoadException;
import dev.hotarm.translator.a64.Decoder;
import dev.hotarm.translator.a64.Insn;
import dev.hotarm.translator.disasm.Disassembler;
import dev.hotarm.translator.disasm.Targets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code hotarm disasm}: the text section or one function, in GNU objdump's layout. */
@Command(name = "disasm", mixinStandardHelpOptions = true,
        description = "Disassembles the .text section of an AArch64 ELF file (or one symbol) in "
                + "the syntax GNU objdump -d prints.")
final class DisasmCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROGRAM", description = "The AArch64 ELF file.")
    Path program;

    @Option(names = "--symbol", paramLabel = "NAME",
            description = "Disassemble only this function.")
    String symbol;

    private static final int SHF_EXECINSTR = 4;
    private static final int SHT_PROGBITS = 1;

    @Override
    public Integer call() {
        ElfFile elf;
        try {
            elf = ElfFile.parse(program);
        } catch (LoadException e) {
            Messages.error(e.getMessage());
            return ExitCodes.LOAD_FAILED;
        }
        Map<Long, String> labels = new HashMap<>();
        for (ElfFile.Symbol s : elf.symbols()) {
            if (s.type() == ElfFile.STT_FUNC && !s.name().isEmpty()) {
                labels.putIfAbsent(s.value(), s.name());
            }
        }
        TreeMap<Long, String> symbols = new TreeMap<>();
        for (ElfFile.Symbol s : elf.symbols()) {
            // $x and $d are mapping symbols (code or data follows), not names objdump shows.
            if (!s.name().isEmpty() && !s.name().startsWith("$") && s.value() != 0) {
                symbols.putIfAbsent(s.value(), s.name());
            }
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        if (symbol != null) {
            Optional<ElfFile.Symbol> sym = elf.symbols().stream()
                    .filter(s -> s.name().equals(symbol))
                    .max(Comparator.comparingLong(ElfFile.Symbol::size));
            Optional<ElfFile.Section> section = sym.flatMap(s -> elf.sections().stream()
                    .filter(c -> c.type() == SHT_PROGBITS && s.value() >= c.address()
                            && s.value() < c.address() + c.size())
                    .findFirst());
            if (sym.isEmpty() || section.isEmpty()) {
                Messages.error(program + ": no function named " + symbol);
                return 1;
            }
            long start = sym.get().value();
            long end = start + Math.max(4, sym.get().size());
            print(out, elf, labels, symbols, section.get(), start, end);
        } else {
            // As objdump -d: every section holding code, in file order.
            for (ElfFile.Section section : elf.sections()) {
                if (section.type() == SHT_PROGBITS && (section.flags() & SHF_EXECINSTR) != 0) {
                    out.printf("%nDisassembly of section %s:%n", section.name());
                    long start = section.address();
                    print(out, elf, labels, symbols, section, start, start + section.size());
                }
            }
        }
        out.flush();
        return out.checkError() ? 1 : 0;
    }

    private static void print(PrintWriter out, ElfFile elf, Map<Long, String> labels,
                              TreeMap<Long, String> symbols, ElfFile.Section section, long start,
                              long end) {
        long fileOffset = section.offset() + (start - section.address());
        byte[] code = elf.bytes(fileOffset, (int) (end - start));
        for (int i = 0; i + 4 <= code.length; i += 4) {
            long pc = start + i;
            int word = (code[i] & 0xFF) | (code[i + 1] & 0xFF) << 8
                    | (code[i + 2] & 0xFF) << 16 | (code[i + 3] & 0xFF) << 24;
            String label = labels.get(pc);
            if (label != null) {
                out.printf("%n%016x <%s>:%n", pc, label);
            }
            Insn insn = Decoder.decode(word);
            String text = Disassembler.format(insn, word, pc);
            OptionalLong target = Targets.of(insn, pc);
            if (target.isPresent()) {
                text = nameTarget(text, target.getAsLong(), symbols);
            }
            out.printf("%8x:\t%08x \t%s%n", pc, word, text);
        }
    }

    /**
     * objdump writes a target as {@code 4004d0 <main+0x10>}, relative to the nearest symbol at
     * or below it, and as {@code 0x4004d0} when the file has no symbols; the formatter leaves a
     * bare address for us to complete.
     */
    private static String nameTarget(String text, long target, TreeMap<Long, String> symbols) {
        String hex = Long.toHexString(target);
        int at = text.lastIndexOf(hex);
        if (at < 0) {
            return text;
        }
        Map.Entry<Long, String> below = symbols.floorEntry(target);
        String named = below == null ? "0x" + hex
                : hex + " <" + below.getValue()
                        + (target == below.getKey() ? ""
                                : "+0x" + Long.toHexString(target - below.getKey())) + ">";
        return text.substring(0, at) + named + text.substring(at + hex.length());
    }
}
