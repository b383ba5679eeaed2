package dev.hotarm.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line itself: --version, --help, the bundled example and -E/-U/-0. */
class CliTest {
    /** What qemu-aarch64 printed for {@code examples/hello/hello a "b c"}. */
    static final String HELLO_EXAMPLE_OUTPUT = """
            Hello from AArch64!
            argc = 3
            argv[0] = %s
            argv[1] = a
            argv[2] = b c
            first 20 primes: 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71
            """;

    @Test
    void version_printsAndExitsZero() {
        Tools.Result result = Tools.run(Tools.hotarmCommand("--version"));
        assertEquals(0, result.status(), result.describe());
        assertTrue(result.stdout().toLowerCase().contains("hotarm"), result.describe());
    }

    @Test
    void help_namesTheCommands() {
        Tools.Result result = Tools.run(Tools.hotarmCommand("--help"));
        assertEquals(0, result.status(), result.describe());
        for (String command : List.of("run", "compare", "disasm")) {
            assertTrue(result.stdout().contains(command), command + "\n" + result.describe());
        }
        Tools.assertNoStackTrace(result);
    }

    @ParameterizedTest(name = "--engine {0}")
    @ValueSource(strings = {"interp", "jit"})
    void bundledExample_runs(String engine) {
        Path hello = Tools.root().resolve("examples/hello/hello");
        Tools.Result result = Tools.run(Tools.hotarmCommand("run", "--engine", engine,
                hello.toString(), "a", "b c"));
        Tools.assertNoStackTrace(result);
        assertEquals(0, result.status(), result.describe());
        assertEquals(HELLO_EXAMPLE_OUTPUT.formatted(hello), result.stdout(), result.describe());
    }

    /** -E, -U and -0 as qemu-aarch64 defines them: the oracle runs the same options. */
    @ParameterizedTest(name = "--engine {0}")
    @ValueSource(strings = {"interp", "jit"})
    void environmentAndArgv0Options_matchQemu(String engine) {
        Path args = Tools.guest("args");
        List<String> options = List.of("-E", "HOTARM_TEST_THREE=3 and more", "-E",
                "HOTARM_TEST_ONE=replaced", "-U", "HOTARM_TEST_TWO", "-0", "/some/where/custom");
        List<String> qemu = new ArrayList<>(List.of(Tools.qemu()));
        qemu.addAll(options);
        qemu.add(args.toString());
        qemu.add("x");
        Tools.Result expected = Tools.run(qemu, null, GuestProgramsTest.ENVIRONMENT, null, 60);
        assertEquals(0, expected.status(), expected.describe());
        assertTrue(expected.stdout().contains("[custom]"), expected.describe());

        List<String> command = Tools.hotarmCommand("run", "--engine", engine);
        command.addAll(options);
        command.add(args.toString());
        command.add("x");
        Tools.Result result = Tools.run(command, null, GuestProgramsTest.ENVIRONMENT, null,
                Tools.DEFAULT_TIMEOUT_SECONDS);
        Tools.assertNoStackTrace(result);
        assertEquals(0, result.status(), result.describe());
        GuestProgramsTest.assertSameText(expected.stdout(), result.stdout(), result.describe());
    }

    /** --strace names each system call on stderr; the guest's own output is unchanged. */
    @Test
    void strace_namesTheSystemCalls() {
        Tools.Result result = Tools.run(Tools.hotarmCommand("run", "--strace",
                Tools.guest("rawsyscall").toString()));
        Tools.assertNoStackTrace(result);
        assertEquals(7, result.status(), result.describe());
        assertEquals("raw system calls work\nlen=22\n", result.stdout(), result.describe());
        assertTrue(result.stderr().contains("write(1"), result.describe());
        assertTrue(result.stderr().contains("exit_group(7"), result.describe());
    }

    @Test
    void unknownOption_isAUsageErrorWithoutStackTrace() {
        Tools.Result result = Tools.run(Tools.hotarmCommand("run", "--no-such-option", "x"));
        Tools.assertNoStackTrace(result);
        assertFalse(result.status() == 0, result.describe());
    }
}
