package dev.hotarm.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Debian's arm64 busybox-static (fetched by scripts/provision.sh) under both engines. The
 * oracle is qemu-aarch64 running the same busybox with the same arguments, standard input,
 * working directory and environment; stdout and exit status must be identical.
 *
 * <p>Left out until hotarm implements fork/clone: pipes, command substitution and external
 * commands inside {@code sh -c} (each needs a child process).
 */
class BusyboxTest {
    @TempDir
    static Path work;

    /** qemu-aarch64's results, one per case, shared by both engines' runs. */
    private static final Map<String, Tools.Result> ORACLE = new ConcurrentHashMap<>();

    /** One busybox invocation. */
    record Case(String name, List<String> args, String stdin) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case of(String name, String... args) {
        return new Case(name, List.of(args), null);
    }

    static List<Case> cases() {
        return List.of(
                of("echo", "echo", "hello", "world", "  two  spaces  ", "-", "tab\there"),
                of("sh-arithmetic", "sh", "-c", """
                        i=0; s=0
                        while [ $i -lt 300 ]; do s=$((s + i * i % 7)); i=$((i + 1)); done
                        echo "sum=$s"
                        echo $(( (1 << 40) / 3 )) $(( -17 % 5 )) $(( -17 / 5 )) $(( 7 ^ 12 ))
                        echo $(( 0x7fffffffffffffff + 1 )) $(( 1 << 63 >> 63 )) $(( 255 & ~15 ))
                        n=1; for k in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
                            n=$((n * k)); done; echo "20! = $n"
                        """),
                of("sh-functions", "sh", "-c", """
                        fact() { r=1; n=$1
                            while [ "$n" -gt 1 ]; do r=$((r * n)); n=$((n - 1)); done; }
                        collatz() { steps=0; v=$1
                            while [ "$v" -ne 1 ]; do
                                if [ $((v % 2)) -eq 0 ]; then v=$((v / 2))
                                else v=$((3 * v + 1)); fi
                                steps=$((steps + 1))
                            done; }
                        for k in 0 1 5 10 15; do fact $k; echo "$k! = $r"; done
                        for k in 6 7 27 97; do collatz $k; echo "collatz $k: $steps steps"; done
                        x=hello.world.txt
                        echo ${#x} ${x%.*} ${x%%.*} ${x#*.} ${x##*.}
                        case $x in *.txt) echo text;; *) echo other;; esac
                        set -- one two three; shift; echo "$# args: $*"
                        test -f big.bin && echo "big.bin exists"
                        [ -d nowhere ] || echo "no directory"
                        exit 3
                        """),
                of("md5sum", "md5sum", "big.bin", "words.txt"),
                of("sha256sum", "sha256sum", "big.bin"),
                of("sort", "sort", "words.txt"),
                of("sort-numeric", "sort", "-n", "-r", "numbers.txt"),
                of("sort-key", "sort", "-t", " ", "-k", "3,3n", "-k", "1,1", "table.txt"),
                of("sed", "sed", "-e", "s/a/A/g", "-e", "/^b/d", "-e", "5,9s/e/[e]/2",
                        "words.txt"),
                of("awk", "awk", """
                        { sum += $3; count[$2]++; if ($3 > max) { max = $3; who = $1 } }
                        END {
                            printf "%d rows, sum %d, mean %.3f", NR, sum, sum / NR
                            printf ", max %d (%s)\\n", max, who
                            n = 0; for (k in count) n++
                            printf "%d groups, %.4f %d %s\\n", n, 10 / 3, int(-7.9), "done"
                        }
                        """, "table.txt"), // this busybox's awk has no libm functions (sqrt, ...)
                of("wc", "wc", "words.txt", "big.bin", "table.txt"),
                of("ls-l", "ls", "-l", "lsdir"),
                of("seq", "seq", "1", "3", "100"),
                of("seq-width", "seq", "-w", "-s", ",", "5", "12"),
                of("expr-arithmetic", "expr", "6", "*", "7", "+", "1"),
                of("expr-length", "expr", "length", "hello, world"),
                of("expr-compare", "expr", "abc", "<", "abd"),
                of("printf", "printf", "%05d|%-5s|%x|%o|%c|%s\\n", "42", "ab", "255", "8",
                        "z", "end"),
                of("od", "od", "-A", "x", "-t", "x1", "-N", "256", "big.bin"),
                of("od-chars", "od", "-c", "-N", "128", "words.txt"),
                of("od-decimal", "od", "-t", "d4", "-j", "1000", "-N", "64", "big.bin"),
                new Case("cat-stdin", List.of("cat"), "line one\nline two\n\u00e9t\u00e9\n"),
                new Case("tr-stdin", List.of("tr", "a-z", "A-Z"), "Mixed Case 123\n"),
                of("false", "false"));
    }

    static Stream<Arguments> casesAndEngines() {
        return cases().stream().flatMap(c -> Stream.of(Arguments.of(c, "interp"),
                Arguments.of(c, "jit")));
    }

    /** Inputs: a 1 MB pseudo-random file, word and number lists, a table, a small tree. */
    @BeforeAll
    static void createInputs() throws IOException {
        writeInputs(work);
    }

    static void writeInputs(Path work) throws IOException {
        Random random = new Random(20251204);
        byte[] big = new byte[1 << 20];
        random.nextBytes(big);
        Files.write(work.resolve("big.bin"), big);

        String[] syllables = {"ba", "ke", "lo", "mi", "nu", "ra", "se", "ti", "vo", "za"};
        StringBuilder words = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            int length = 1 + random.nextInt(4);
            StringBuilder word = new StringBuilder();
            for (int k = 0; k < length; k++) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            words.append(word).append(i % 7 == 0 ? " and more" : "").append('\n');
            numbers.append(random.nextInt(200000) - 100000).append('\n');
            if (i < 300) {
                table.append(word).append(' ').append("group").append(i % 13).append(' ')
                        .append(random.nextInt(1000)).append('\n');
            }
        }
        Files.writeString(work.resolve("words.txt"), words);
        Files.writeString(work.resolve("numbers.txt"), numbers);
        Files.writeString(work.resolve("table.txt"), table);

        // ls -l prints times to the minute: fix them so that no minute boundary falls between
        // the oracle's run and ours.
        Path lsdir = Files.createDirectory(work.resolve("lsdir"));
        FileTime time = FileTime.from(Instant.parse("2024-02-29T12:34:56Z"));
        for (int i = 0; i < 6; i++) {
            Path file = Files.write(lsdir.resolve("file" + i + (i % 2 == 0 ? ".txt" : ".dat")),
                    new byte[i * 1000 + 7]);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                    i % 3 == 0 ? "rw-r--r--" : i % 3 == 1 ? "rwxr-x---" : "rw-------"));
            Files.setLastModifiedTime(file, time);
        }
        Path sub = Files.createDirectory(lsdir.resolve("subdir"));
        Files.setLastModifiedTime(sub, time);
    }

    private static Tools.Result oracle(Case c) {
        return ORACLE.computeIfAbsent(c.name(), name -> {
            List<String> command = new ArrayList<>(List.of(Tools.qemu(),
                    Tools.busybox().toString()));
            command.addAll(c.args());
            return Tools.run(command, work, Map.of(), stdin(c), 120);
        });
    }

    private static byte[] stdin(Case c) {
        return c.stdin() == null ? null : c.stdin().getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "busybox {0} --engine {1}")
    @MethodSource("casesAndEngines")
    void busybox_matchesQemu(Case c, String engine) {
        Path busybox = Tools.busybox();
        Tools.Result expected = oracle(c);
        List<String> command = Tools.hotarmCommand("run", "--engine", engine,
                busybox.toString());
        command.addAll(c.args());
        Tools.Result result = Tools.run(command, work, Map.of(), stdin(c),
                Tools.DEFAULT_TIMEOUT_SECONDS);
        Tools.assertNoStackTrace(result);
        String context = result.describe() + "\noracle (qemu-aarch64):\n" + expected.describe();
        GuestProgramsTest.assertSameText(expected.stdout(), result.stdout(), context);
        assertEquals(expected.status(), result.status(), "exit status\n" + context);
    }

    /** The same runs under lockstep comparison: the JIT agrees with the interpreter throughout. */
    @ParameterizedTest(name = "busybox {0} under compare")
    @MethodSource("cases")
    void busybox_compareFindsNoDivergence(Case c) {
        Path busybox = Tools.busybox();
        Tools.Result expected = oracle(c);
        List<String> command = Tools.hotarmCommand("compare", busybox.toString());
        command.addAll(c.args());
        Tools.Result result = Tools.run(command, work, Map.of(), stdin(c),
                Tools.DEFAULT_TIMEOUT_SECONDS);
        Tools.assertNoStackTrace(result);
        String context = result.describe() + "\noracle (qemu-aarch64):\n" + expected.describe();
        assertEquals(0, result.status(), "compare status\n" + context);
        org.junit.jupiter.api.Assertions.assertTrue(result.stderr().contains("no divergence"),
                context);
        GuestProgramsTest.assertSameText(expected.stdout(), result.stdout(), context);
    }
}
