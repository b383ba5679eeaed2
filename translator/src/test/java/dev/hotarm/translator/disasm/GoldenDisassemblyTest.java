package dev.hotarm.translator.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decode + format against GNU objdump, group by group. Each golden file under
 * {@code disasm/} is made by the {@code .sh} beside it from its {@code .s} source (or, for
 * {@code fp-random}, from pseudo-random words of the scalar FP space, where objdump's
 * "undefined" must decode as unallocated). A line is an address, the word and the text objdump
 * printed; {@code simd.txt} has no address column (its words do not depend on the PC).
 * objdump's {@code <symbol>} after a target is dropped: the disassembler prints the bare address.
 */
class GoldenDisassemblyTest {
    /** Each golden file with the fewest lines it may have, so a truncated file fails. */
    private static final Map<String, Integer> FILES = Map.of(
            "branch.txt", 100, "dataproc.txt", 1000, "fp.txt", 300, "fp-random.txt", 3000,
            "loadstore.txt", 200, "simd.txt", 300);

    record Line(String file, long address, int word, String objdump) {
        @Override
        public String toString() {
            return file + ": " + objdump;
        }
    }

    static List<Line> read(String file) {
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                GoldenDisassemblyTest.class.getResourceAsStream("/disasm/" + file)),
                StandardCharsets.UTF_8))) {
            boolean hasAddress = !file.equals("simd.txt");
            return in.lines().map(text -> {
                String[] f = text.split("\t", hasAddress ? 3 : 2);
                long address = hasAddress ? Long.parseUnsignedLong(f[0], 16) : 0x40_0000L;
                int word = Integer.parseUnsignedInt(f[hasAddress ? 1 : 0], 16);
                String objdump = f[hasAddress ? 2 : 1].replaceFirst(" <[^>]*>$", "");
                return new Line(file, address, word, objdump);
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Line> lines() {
        return FILES.keySet().stream().sorted().flatMap(file -> read(file).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void formatsAsObjdump(Line line) {
        assertEquals(line.objdump(), Disassembler.disassemble(line.word(), line.address()),
                String.format("word %08x at 0x%x", line.word(), line.address()));
    }

    @Test
    void goldenFilesAreComplete() {
        FILES.forEach((file, minimum) -> {
            int lines = read(file).size();
            assertTrue(lines >= minimum, file + " has only " + lines + " lines");
        });
    }
}
