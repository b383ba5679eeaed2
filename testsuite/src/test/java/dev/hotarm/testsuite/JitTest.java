package dev.hotarm.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JIT's promises seen from outside: precise faults, invalidation of rewritten code,
 * lockstep comparison catching a wrong translation, and generated classes that verify. Runs
 * use {@code --hot-threshold 1} so that every block is translated, not interpreted while cold.
 */
class JitTest {
    private static Tools.Result hotarm(String... arguments) {
        Tools.Result result = Tools.run(Tools.hotarmCommand(arguments));
        Tools.assertNoStackTrace(result);
        return result;
    }

    @Test
    void faultInTheMiddleOfABlockReportsTheInterpretersState() {
        String program = Tools.guest("fault").toString();
        Tools.Result interp = hotarm("run", "--engine", "interp", "--dump-state", program);
        Tools.Result jit = hotarm("run", "--engine", "jit", "--hot-threshold", "1",
                "--dump-state", program);

        assertEquals(139, interp.status(), interp.describe());
        assertEquals(139, jit.status(), jit.describe());
        // X5 holds glibc's pointer guard, which comes from AT_RANDOM and so differs between
        // any two runs; every other register must be the same.
        assertEquals(withoutX5(interp.stderr()), withoutX5(jit.stderr()),
                "fault message and register dump");
        // The two ADDs before the faulting LDR completed; the two after it did not run.
        assertTrue(jit.stderr().contains("x19 0000000000001112"), jit.describe());
        assertTrue(jit.stderr().contains("x20 0000000000002224"), jit.describe());
        assertTrue(jit.stderr().contains("read of 0x10"), jit.describe());
    }

    private static String withoutX5(String dump) {
        return dump.replaceFirst("x5  [0-9a-f]{16}", "x5  (random)");
    }

    @Test
    void rewrittenCodeIsRetranslated() throws IOException {
        Path program = Tools.guest("selfmod");
        String expected = Files.readString(Tools.guestSources().resolve("selfmod.expected"));
        Tools.Result jit = hotarm("run", "--engine", "jit", "--hot-threshold", "1", "--stats",
                program.toString());
        assertEquals(0, jit.status(), jit.describe());
        assertEquals(expected, jit.stdout());
        Matcher invalidated = Pattern.compile("invalidated blocks\\s+(\\d+)").matcher(jit.stderr());
        assertTrue(invalidated.find(), jit.describe());
        assertTrue(Long.parseLong(invalidated.group(1)) > 0, "stale blocks were dropped: "
                + jit.describe());
    }

    @Test
    void compareCatchesADeliberateMistranslationAtItsBlockAndRegister() {
        Path program = Tools.guest("hello");
        // main's frame setup, "mov x29, sp", is translated natively and writes X29.
        Tools.Result disasm = hotarm("disasm", program.toString(), "--symbol", "main");
        Matcher mov = Pattern.compile("(?m)^\\s*([0-9a-f]+):\\t[0-9a-f]{8} \\tmov\\tx29, sp$")
                .matcher(disasm.stdout());
        assertTrue(mov.find(), disasm.describe());
        String address = mov.group(1);

        Tools.Result clean = hotarm("compare", program.toString());
        assertEquals(0, clean.status(), clean.describe());
        assertTrue(clean.stderr().contains("no divergence"), clean.describe());

        Tools.Result broken = hotarm("compare", "--mistranslate", address, program.toString());
        assertEquals(1, broken.status(), broken.describe());
        assertTrue(broken.stderr().contains("divergence in block"), broken.describe());
        assertTrue(broken.stderr().contains(address + ":"),
                "the block's listing shows the instruction: "
                + broken.describe());
        String x29 = "(?s).*\\n  x29: expected 0x[0-9a-f]+, actual 0x[0-9a-f]+\\n.*";
        assertTrue(broken.stderr().matches(x29),
                broken.describe());
    }

    @Test
    void everyGeneratedClassPassesTheVerifier(@TempDir Path dir) throws IOException {
        Path classes = dir.resolve("classes");
        Tools.Result run = hotarm("run", "--engine", "jit", "--hot-threshold", "1",
                "--dump-classes",
                classes.toString(), Tools.guest("control").toString());
        assertEquals(0, run.status(), run.describe());
        List<Path> files;
        try (Stream<Path> list = Files.list(classes)) {
            files = list.toList();
        }
        assertTrue(files.size() > 100, "classes dumped: " + files.size());
        for (Path file : files) {
            StringWriter problems = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(Files.readAllBytes(file)), false,
                    new PrintWriter(problems));
            assertEquals("", problems.toString(), file.getFileName().toString());
        }
    }

    @Test
    void statsReportTheJitsCounters() {
        Tools.Result run = hotarm("run", "--stats", Tools.guest("cpubound").toString(), "2");
        assertEquals(0, run.status(), run.describe());
        for (String counter : List.of("blocks translated", "classes defined", "bytecode bytes",
                "translation time", "chained exits linked", "code cache lookups",
                        "inline cache hits",
                "inline cache misses", "guest instructions executed")) {
            assertTrue(run.stderr().contains("hotarm: " + counter), counter + "\n"
                    + run.describe());
        }
    }
}
