package dev.hotarm.translator.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of {@code interp/dataproc-oracle.tsv}: integer data-processing instructions
 * over edge values (0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x8000_0000, the zero register,
 * shifts by 0/31/63/64 and beyond) whose expected X0 and NZCV were recorded by running them
 * under qemu-aarch64 ({@code dataproc-oracle.py} regenerates the file).
 */
public class DataProcessingOracleTest {
    public static List<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                DataProcessingOracleTest.class.getResourceAsStream("/interp/dataproc-oracle.tsv")),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.startsWith("#")) {
                    String[] f = line.split("\t");
                    String name = f[0] + "  [x1=" + f[3] + " x2=" + f[4] + " x3=" + f[5] + " nzcv=" + f[6] + "]";
                    cases.add(Arguments.of(name, f));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesQemu(String name, String[] f) {
        Harness h = new Harness();
        for (int r = 0; r < 4; r++) {
            h.cpu.x[r] = Long.parseUnsignedLong(f[2 + r], 16);
        }
        h.cpu.nzcv = Integer.parseInt(f[6], 16) << 28;

        h.exec(Integer.parseUnsignedInt(f[1], 16));

        assertEquals(f[7], Long.toHexString(h.cpu.x[0]), "X0");
        assertEquals(f[8], Integer.toHexString(h.cpu.nzcv >>> 28), "NZCV");
        assertEquals(Harness.CODE + 4, h.cpu.pc);
    }
}
