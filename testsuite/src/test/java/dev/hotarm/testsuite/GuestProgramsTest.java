package dev.hotarm.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every guest program of {@code testsuite/guest/programs.txt}, run by {@code bin/hotarm} under
 * the interpreter and under the JIT, against the stdout and exit status qemu-aarch64 gave (the
 * {@code .expected} files); and under {@code hotarm compare}, which must find no divergence.
 */
class GuestProgramsTest {
    /** What every program sees in its environment (args.c prints them). */
    static final Map<String, String> ENVIRONMENT =
            Map.of("HOTARM_TEST_ONE", "1", "HOTARM_TEST_TWO", "two words");

    /** One line of programs.txt. */
    record Program(String name, int status, boolean compare, Pattern stderr, List<String> args) {
        @Override
        public String toString() {
            return name;
        }

        String expectedStdout() {
            try {
                return Files.readString(Tools.guestSources().resolve(name + ".expected"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The arguments with @SCRATCH@ replaced by {@code scratch}. */
        List<String> arguments(Path scratch) {
            return args.stream().map(a -> a.replace("@SCRATCH@", scratch.toString())).toList();
        }
    }

    static List<Program> programs() {
        List<Program> programs = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Tools.guestSources().resolve("programs.txt"))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> words = split(line);
                programs.add(new Program(words.get(0), Integer.parseInt(words.get(1)),
                        words.get(2).equals("yes"),
                        words.get(3).equals("-") ? null : Pattern.compile(words.get(3)),
                        List.copyOf(words.subList(4, words.size()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return programs;
    }

    /** Whitespace-separated words; double quotes group words and may make an empty one. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                if (word == null) {
                    word = new StringBuilder();
                }
            } else if (Character.isWhitespace(c) && !quoted) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                if (word == null) {
                    word = new StringBuilder();
                }
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    static Stream<Arguments> programsAndEngines() {
        return programs().stream().flatMap(p -> Stream.of(Arguments.of(p, "interp"),
                Arguments.of(p, "jit")));
    }

    static Stream<Program> comparablePrograms() {
        return programs().stream().filter(Program::compare);
    }

    @ParameterizedTest(name = "{0} --engine {1}")
    @MethodSource("programsAndEngines")
    void run_matchesQemuOutputAndStatus(Program program, String engine) throws IOException {
        Path binary = Tools.guest(program.name());
        Path scratch = Files.createTempDirectory("hotarm-guest");
        try {
            List<String> command = Tools.hotarmCommand("run", "--engine", engine,
                    binary.toString());
            command.addAll(program.arguments(scratch));
            Tools.Result result = Tools.run(command, scratch, ENVIRONMENT, null,
                    Tools.DEFAULT_TIMEOUT_SECONDS);
            Tools.assertNoStackTrace(result);
            assertEquals(program.status(), result.status(), "exit status\n" + result.describe());
            assertSameText(program.expectedStdout(), result.stdout(), "stdout of "
                    + program.name() + "\n" + result.describe());
            if (program.stderr() != null) {
                assertTrue(program.stderr().matcher(result.stderr()).find(),
                        "stderr should match /" + program.stderr() + "/\n" + result.describe());
                assertEquals(1, result.stderr().lines().count(),
                        "hotarm's diagnostic must be one line\n" + result.describe());
            } else if (program.status() == 0) {
                assertEquals("", result.stderr(), "nothing on stderr\n" + result.describe());
            }
        } finally {
            deleteTree(scratch);
        }
    }

    @ParameterizedTest(name = "compare {0}")
    @MethodSource("comparablePrograms")
    void compare_findsNoDivergence(Program program) throws IOException {
        Path binary = Tools.guest(program.name());
        Path scratch = Files.createTempDirectory("hotarm-compare");
        try {
            List<String> command = Tools.hotarmCommand("compare", binary.toString());
            command.addAll(program.arguments(scratch));
            Tools.Result result = Tools.run(command, scratch, ENVIRONMENT, null,
                    Tools.DEFAULT_TIMEOUT_SECONDS);
            Tools.assertNoStackTrace(result);
            assertEquals(0, result.status(), "compare status\n" + result.describe());
            assertTrue(result.stderr().contains("hotarm compare: no divergence"),
                    "no divergence expected\n" + result.describe());
            assertTrue(result.stderr().contains("guest exit status " + program.status()),
                    "guest exit status " + program.status() + " expected\n" + result.describe());
        } finally {
            deleteTree(scratch);
        }
    }

    /** Equal texts, or a failure that shows the first line where they part. */
    static void assertSameText(String expected, String actual, String context) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int line = 0;
        while (line < e.size() && line < a.size() && e.get(line).equals(a.get(line))) {
            line++;
        }
        fail("output differs at line " + (line + 1) + " (" + e.size() + " lines expected, "
                + a.size() + " actual)\n  expected: "
                + (line < e.size() ? e.get(line) : "<end of output>")
                + "\n  actual:   " + (line < a.size() ? a.get(line) : "<end of output>")
                + "\n" + context);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
