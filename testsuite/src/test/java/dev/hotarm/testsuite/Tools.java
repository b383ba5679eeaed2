package dev.hotarm.testsuite;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Where things are and how to run them: the repository root (system property
 * {@code hotarm.root}, set by the testsuite's pom), {@code bin/hotarm}, the oracles
 * ({@code qemu-aarch64}, {@code aarch64-linux-gnu-objdump}), the guest programs built by
 * {@code make -C testsuite/guest} and the busybox that {@code scripts/provision.sh} fetches.
 *
 * <p>A missing tool fails the test when {@code CI=true} (the CI must have everything) and skips
 * it otherwise, so that a developer without the cross tools can still run the rest.
 */
final class Tools {
    /** Generous: the interpreter may be two orders of magnitude slower than native code. */
    static final long DEFAULT_TIMEOUT_SECONDS = 300;

    /**
     * After this many timeouts in one test JVM, hotarm is probably hanging on everything: later
     * runs get {@link #SHORT_TIMEOUT_SECONDS} so that the suite still ends in reasonable time.
     */
    private static final int TIMEOUTS_BEFORE_SHORTENING = 3;
    private static final long SHORT_TIMEOUT_SECONDS = 30;
    private static final java.util.concurrent.atomic.AtomicInteger TIMEOUTS =
            new java.util.concurrent.atomic.AtomicInteger();

    private Tools() {
    }

    static Path root() {
        String root = System.getProperty("hotarm.root");
        if (root == null) {
            // Run from an IDE without the pom's property: assume the testsuite module directory.
            return Path.of("..").toAbsolutePath().normalize();
        }
        return Path.of(root).toAbsolutePath().normalize();
    }

    static Path hotarm() {
        Path launcher = root().resolve("bin/hotarm");
        Path cliTarget = root().resolve("cli/target/lib");
        require(Files.isDirectory(cliTarget), "hotarm is not built (cli/target/lib is missing; run"
                + " scripts/build.sh or mvn package)");
        return launcher;
    }

    static Path guestDir() {
        String dir = System.getProperty("hotarm.guest.dir");
        return dir != null ? Path.of(dir) : root().resolve("build/guest");
    }

    /** A guest program built by {@code make -C testsuite/guest OUT=build/guest}. */
    static Path guest(String name) {
        Path program = guestDir().resolve(name);
        require(Files.isRegularFile(program), "guest program " + program + " is not built (run"
                + " make -C testsuite/guest OUT=$PWD/build/guest, or scripts/test.sh)");
        return program;
    }

    static Path guestSources() {
        return root().resolve("testsuite/guest");
    }

    static Path busybox() {
        String override = System.getProperty("hotarm.busybox");
        Path busybox = override != null ? Path.of(override)
                : root().resolve("build/debs/busybox-static/bin/busybox");
        require(Files.isRegularFile(busybox), "busybox-static is not downloaded (" + busybox
                + "; run scripts/provision.sh)");
        return busybox;
    }

    static String qemu() {
        return onPath("qemu-aarch64");
    }

    static String objdump() {
        return onPath("aarch64-linux-gnu-objdump");
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

    static boolean inCi() {
        return "true".equals(System.getenv("CI"));
    }

    /** Fails under CI, skips elsewhere, when a prerequisite is missing. */
    static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if (inCi()) {
            fail("missing prerequisite (CI=true): " + what);
        }
        Assumptions.abort("skipped, missing prerequisite: " + what);
    }

    /** What a finished process left behind. */
    record Result(int status, byte[] stdoutBytes, String stderr, List<String> command) {
        String stdout() {
            return new String(stdoutBytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        /** For assertion messages: the command and a readable piece of its output. */
        String describe() {
            return "command: " + String.join(" ", command) + "\nstatus: " + status
                    + "\nstderr:\n" + clip(stderr) + "\nstdout:\n" + clip(stdout());
        }

        private static String clip(String text) {
            return text.length() <= 4000 ? text : text.substring(0, 4000) + "\n[... "
                    + (text.length() - 4000) + " more characters]";
        }
    }

    static Result run(List<String> command) {
        return run(command, null, Map.of(), null, DEFAULT_TIMEOUT_SECONDS);
    }

    /**
     * Runs a command with stdout and stderr captured through files (no pipe can fill up and
     * stall the child), stdin from {@code stdin} or empty, extra environment variables, and a
     * timeout after which the process is killed and the test fails.
     */
    static Result run(List<String> command, Path workingDirectory, Map<String, String> environment,
            byte[] stdin, long timeoutSeconds) {
        try {
            Path out = Files.createTempFile("hotarm-test", ".out");
            Path err = Files.createTempFile("hotarm-test", ".err");
            Path in = Files.createTempFile("hotarm-test", ".in");
            try {
                Files.write(in, stdin != null ? stdin : new byte[0]);
                ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .redirectInput(in.toFile());
                if (workingDirectory != null) {
                    builder.directory(workingDirectory.toFile());
                }
                builder.environment().putAll(environment);
                Process process = builder.start();
                long limit = TIMEOUTS.get() >= TIMEOUTS_BEFORE_SHORTENING
                        ? Math.min(timeoutSeconds, SHORT_TIMEOUT_SECONDS) : timeoutSeconds;
                if (!process.waitFor(limit, TimeUnit.SECONDS)) {
                    TIMEOUTS.incrementAndGet();
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    process.waitFor();
                    fail("timed out after " + limit + " s: " + String.join(" ", command)
                            + "\nstderr so far:\n" + text(err));
                }
                return new Result(process.exitValue(), Files.readAllBytes(out), text(err),
                        List.copyOf(command));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
                Files.deleteIfExists(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Lenient decoding: a guest may write any bytes, and the test must still report them. */
    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@code bin/hotarm ARGS...} */
    static List<String> hotarmCommand(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(hotarm().toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** hotarm's own failures must be one-line messages, never a Java stack trace. */
    static void assertNoStackTrace(Result result) {
        if (result.stderr().contains("\tat ") || result.stderr().contains("Exception in thread")) {
            fail("hotarm printed a Java stack trace\n" + result.describe());
        }
    }
}
