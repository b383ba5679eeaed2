package dev.hotarm.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code hotarm run --strace} against {@code qemu-aarch64 -strace} on the same binary: the
 * trace goes to stderr only (stdout and exit status are the untraced program's), and the file
 * and I/O system calls appear in the same order with the same results.
 *
 * <p>Only the call names and their results are compared, never the arguments: the two tools
 * print arguments differently (qemu shows buffers as addresses, hotarm as strace does) and
 * addresses differ. Calls whose result is an address or depends on the emulator (brk, mmap,
 * set_robust_list, rseq, readlinkat of /proc/self/exe, ...) are left out of the comparison.
 *
 * <p>Self-contained on purpose (its own process runner), so it does not depend on the other
 * test classes' helpers. A missing tool fails the test when {@code CI=true} and skips it
 * otherwise.
 */
class StraceOracleTest {
    private static final long TIMEOUT_SECONDS = 300;

    /** System calls whose results are the program's business, not the emulator's. */
    private static final Set<String> COMPARED = Set.of(
            "openat", "close", "read", "write", "readv", "writev", "pread64", "pwrite64",
            "lseek", "newfstatat", "fstat", "getdents64", "mkdirat", "unlinkat", "renameat",
            "renameat2", "ftruncate", "fsync", "umask", "dup", "dup3", "fchmodat", "faccessat",
            "exit", "exit_group");

    /**
     * The start of a trace line: an optional process id ({@code 1234 } as qemu prints it, or
     * {@code [pid 1234] } as strace does) and the call's name.
     */
    /** Calls whose result is a newly allocated descriptor. */
    private static final Set<String> NEW_DESCRIPTOR = Set.of("openat", "dup", "dup3");

    private static final Pattern CALL =
            Pattern.compile("^(?:\\[pid\\s+\\d+\\]\\s+|\\d+\\s+)?([a-z_][a-z0-9_]*)\\(");

    /** The part of a result both tools print alike: the number and the error's message. */
    private static final Pattern RESULT =
            Pattern.compile("^(-?(?:0x)?[0-9a-f]+|\\?)(?:.*?(\\(.*\\)))?$");

    /** One program to trace; {@code @SCRATCH@} in an argument is a fresh empty directory. */
    record Program(String label, Path binary, List<String> args) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Program> programs() {
        Path root = root();
        Path guest = guestDir();
        return Stream.of(
                new Program("rawsyscall", guest.resolve("rawsyscall"), List.of()),
                new Program("examples/hello", root.resolve("examples/hello/hello"),
                        List.of("a", "b c")),
                new Program("hello", guest.resolve("hello"), List.of()),
                new Program("exit42", guest.resolve("exit42"), List.of()),
                new Program("fileio", guest.resolve("fileio"), List.of("@SCRATCH@")));
    }

    @ParameterizedTest(name = "--strace {0}")
    @MethodSource("programs")
    void strace_listsTheSameCallsAndResultsAsQemu(Program program) throws IOException {
        require(Files.isRegularFile(program.binary()), program.binary() + " is not built (run"
                + " make -C testsuite/guest OUT=$PWD/build/guest, or scripts/test.sh)");
        String qemu = onPath("qemu-aarch64");
        Path hotarm = root().resolve("bin/hotarm");
        require(Files.isDirectory(root().resolve("cli/target/lib")),
                "hotarm is not built (cli/target/lib is missing; run scripts/build.sh)");

        Path oracleDir = Files.createTempDirectory("hotarm-strace-qemu");
        Path ourDir = Files.createTempDirectory("hotarm-strace");
        try {
            List<String> oracleCommand = new ArrayList<>(List.of(qemu, "-strace",
                    program.binary().toString()));
            oracleCommand.addAll(arguments(program, oracleDir));
            Result expected = run(oracleCommand, oracleDir);

            List<String> command = new ArrayList<>(List.of(hotarm.toString(), "run",
                    "--engine", "interp", "--strace", program.binary().toString()));
            command.addAll(arguments(program, ourDir));
            Result actual = run(command, ourDir);

            String context = "hotarm: " + actual.describe() + "\nqemu-aarch64: "
                    + expected.describe();
            assertTrue(!actual.stderr().contains("\tat ")
                    && !actual.stderr().contains("Exception in thread"),
                    "hotarm printed a Java stack trace\n" + context);
            assertEquals(expected.stdout(), actual.stdout(),
                    "stdout must be the program's alone\n" + context);
            assertEquals(expected.status(), actual.status(), "exit status\n" + context);

            List<String> want = calls(expected.stderr());
            List<String> got = calls(actual.stderr());
            assertTrue(!want.isEmpty(), "qemu-aarch64 -strace traced nothing\n" + context);
            assertSameCalls(want, got, context);
        } finally {
            deleteTree(oracleDir);
            deleteTree(ourDir);
        }
    }

    /** The comparison itself, on lines in each tool's format (no tools needed). */
    @org.junit.jupiter.api.Test
    void calls_readQemuAndStraceFormatsAlike() {
        String qemu = """
                9347 brk(NULL) = 0x0000000000498000
                9347 Unknown syscall 293
                9347 openat(AT_FDCWD,"/tmp/s1/d/data.bin",O_RDWR|O_CREAT|O_EXCL,0644) = 3
                9347 write(3,0x7ff2d8,5000) = 5000
                9347 openat(AT_FDCWD,"/nonexistent/x",O_RDONLY) = -1 errno=2 (No such file or \
                directory)
                9347 lseek(3,0,SEEK_END) = 5000
                9347 exit_group(0)
                """;
        String strace = """
                brk(NULL) = 0x498000
                rseq(0x4a0000, 0x20, 0, 0xd428bc00) = -1 ENOSYS (Function not implemented)
                openat(AT_FDCWD, "/tmp/s2/d/data.bin", O_RDWR|O_CREAT|O_EXCL, 0644) = 3
                [pid 12] write(3, "a) = 7 b"..., 5000) = 5000
                openat(AT_FDCWD, "/nonexistent/x", O_RDONLY) = -1 ENOENT (No such file or \
                directory)
                lseek(3, 0, SEEK_END) = 5000
                exit_group(0) = ?
                """;
        List<String> expected = List.of("openat = <new fd>", "write = 5000",
                "openat = -1 (No such file or directory)", "lseek = 5000", "exit_group = ?");
        assertEquals(expected, calls(qemu));
        assertEquals(expected, calls(strace));
    }

    /** The compared calls of a trace, each as {@code name = result}. */
    static List<String> calls(String trace) {
        List<String> calls = new ArrayList<>();
        for (String line : (Iterable<String>) trace.lines()::iterator) {
            String text = line.strip();
            Matcher m = CALL.matcher(text);
            if (!m.lookingAt() || !COMPARED.contains(m.group(1))) {
                continue;
            }
            // The result follows the last ") = ": a string argument may hold one too, the
            // result never does. qemu prints exit_group without a result, strace with "= ?".
            int end = text.lastIndexOf(") = ");
            String result = end < 0 ? "?" : normaliseResult(text.substring(end + 4).strip());
            // A new descriptor's number is not compared: guest descriptors are host ones, and
            // the JVM holds the low numbers a native process would be given (a known
            // shortcoming of the Linux layer, until it keeps a descriptor table of its own).
            if (NEW_DESCRIPTOR.contains(m.group(1)) && result.matches("\\d+")) {
                result = "<new fd>";
            }
            calls.add(m.group(1) + " = " + result);
        }
        return calls;
    }

    /**
     * {@code -1 errno=2 (No such file or directory)} (qemu) and {@code -1 ENOENT (No such file
     * or directory)} (strace) both become {@code -1 (No such file or directory)}.
     */
    static String normaliseResult(String result) {
        Matcher m = RESULT.matcher(result);
        if (!m.matches()) {
            return result;
        }
        return m.group(2) == null ? m.group(1) : m.group(1) + " " + m.group(2);
    }

    private static void assertSameCalls(List<String> want, List<String> got, String context) {
        int i = 0;
        while (i < want.size() && i < got.size() && want.get(i).equals(got.get(i))) {
            i++;
        }
        if (i == want.size() && i == got.size()) {
            return;
        }
        fail("traced calls part at call " + (i + 1) + " of " + want.size() + " (hotarm traced "
                + got.size() + ")\n  qemu-aarch64: "
                + (i < want.size() ? want.get(i) : "<end of trace>")
                + "\n  hotarm:       " + (i < got.size() ? got.get(i) : "<end of trace>")
                + "\n" + context);
    }

    private static List<String> arguments(Program program, Path scratch) {
        return program.args().stream().map(a -> a.replace("@SCRATCH@", scratch.toString()))
                .toList();
    }

    // ---- where things are, and running a process ----

    private static Path root() {
        String root = System.getProperty("hotarm.root");
        return (root != null ? Path.of(root) : Path.of("..")).toAbsolutePath().normalize();
    }

    private static Path guestDir() {
        String dir = System.getProperty("hotarm.guest.dir");
        return dir != null ? Path.of(dir) : root().resolve("build/guest");
    }

    private static String onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        require(false, tool + " is not installed (run scripts/provision.sh)");
        throw new AssertionError("unreachable");
    }

    /** Fails under CI (which must have everything), skips elsewhere. */
    private static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("missing prerequisite (CI=true): " + what);
        }
        Assumptions.abort("skipped, missing prerequisite: " + what);
    }

    record Result(int status, String stdout, String stderr, List<String> command) {
        String describe() {
            return String.join(" ", command) + "\nstatus: " + status + "\nstderr:\n"
                    + clip(stderr) + "\nstdout:\n" + clip(stdout);
        }

        private static String clip(String text) {
            return text.length() <= 3000 ? text : text.substring(0, 3000) + "\n[...]";
        }
    }

    /** Output through files, so that no full pipe can stall the child; empty stdin. */
    private static Result run(List<String> command, Path directory) {
        try {
            Path out = Files.createTempFile("hotarm-strace", ".out");
            Path err = Files.createTempFile("hotarm-strace", ".err");
            try {
                Process process = new ProcessBuilder(command)
                        .directory(directory.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    process.waitFor();
                    fail("timed out after " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
                }
                return new Result(process.exitValue(),
                        Files.readString(out, StandardCharsets.ISO_8859_1),
                        Files.readString(err, StandardCharsets.ISO_8859_1), List.copyOf(command));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
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
