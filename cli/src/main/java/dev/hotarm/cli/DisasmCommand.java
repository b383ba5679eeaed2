package dev.hotarm.cli;

import dev.hotarm.runtime.linux.ElfFile;
import dev.hotarm.runtime.linux.LoadException;
import dev.hotarm.translator.disasm.Disassembler;
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
import java.util.concurrent.Callable;

/** {@code hotarm disasm}: the text section or one function, in GNU objdump's layout. */
@Command(name = "disasm", mixinStandardHelpOptions = true,
        description = "Disassembles the .text section of an AArch64 ELF file (or one symbol) in "
                + "the syntax GNU objdump -d prints.")
final class DisasmCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROGRAM", description = "The AArch64 ELF file.")
    Path program;

    @Option(names = "--symbol", paramLabel = "NAME", description = "Disassemble only this function.")
    String symbol;

    @Override
    public Integer call() {
        ElfFile elf;
        try {
            elf = ElfFile.parse(program);
        } catch (LoadException e) {
            Messages.error(e.getMessage());
            return ExitCodes.LOAD_FAILED;
        }
        Optional<ElfFile.Section> text = elf.section(".text");
        if (text.isEmpty()) {
            Messages.error(program + ": no .text section");
            return 1;
        }
        long start = text.get().address();
        long end = start + text.get().size();
        if (symbol != null) {
            Optional<ElfFile.Symbol> sym = elf.symbols().stream()
                    .filter(s -> s.name().equals(symbol))
                    .max(Comparator.comparingLong(ElfFile.Symbol::size));
            if (sym.isEmpty()) {
                Messages.error(program + ": no symbol named " + symbol);
                return 1;
            }
            start = sym.get().value();
            end = start + Math.max(4, sym.get().size());
        }
        Map<Long, String> labels = new HashMap<>();
        for (ElfFile.Symbol s : elf.symbols()) {
            if (s.type() == 2 && !s.name().isEmpty()) {   // STT_FUNC
                labels.putIfAbsent(s.value(), s.name());
            }
        }
        long fileOffset = text.get().offset() + (start - text.get().address());
        byte[] code = elf.bytes(fileOffset, (int) (end - start));
        PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        for (int i = 0; i + 4 <= code.length; i += 4) {
            long pc = start + i;
            int word = (code[i] & 0xFF) | (code[i + 1] & 0xFF) << 8
                    | (code[i + 2] & 0xFF) << 16 | (code[i + 3] & 0xFF) << 24;
            String label = labels.get(pc);
            if (label != null) {
                out.printf("%n%016x <%s>:%n", pc, label);
            }
            out.printf("%8x:\t%08x \t%s%n", pc, word, Disassembler.disassemble(word, pc));
        }
        out.flush();
        return out.checkError() ? 1 : 0;
    }
}
