package dev.hotarm.translator.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Every line of {@code disasm/branch.txt} (address, word, objdump text; made by
 * {@code branch.sh} from {@code branch.s}) must decode and print exactly as objdump did.
 */
class BranchSystemDisasmTest {
    @Test
    void everyGoldenLineMatchesObjdump() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int lines = 0;
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/disasm/branch.txt")), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; lines++) {
                String[] f = line.split("\t", 3);
                long pc = Long.parseUnsignedLong(f[0], 16);
                int word = Integer.parseUnsignedInt(f[1], 16);
                String actual = Disassembler.disassemble(word, pc);
                if (!actual.equals(f[2])) {
                    mismatches.add(f[1] + "  objdump: " + f[2] + "  ours: " + actual);
                }
            }
        }
        assertTrue(lines > 100, "golden file too short: " + lines);
        assertEquals("", String.join("\n", mismatches), mismatches.size() + " of " + lines + " differ");
    }
}
