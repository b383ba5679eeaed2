package dev.hotarm.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Longer runs, off by default (they take many minutes under the interpreter and in lockstep):
 * enable with {@code -Dhotarm.long=true}, e.g.
 * {@code scripts/test.sh -Dhotarm.long=true -Dtest=LongCampaignTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 * Oracles are computed live with qemu-aarch64.
 */
@EnabledIfSystemProperty(named = "hotarm.long", matches = "true")
class LongCampaignTest {
    private static final long TIMEOUT_SECONDS = 3600;

    @TempDir
    Path work;

    private static Tools.Result qemu(Path cwd, String... command) {
        List<String> full = new ArrayList<>(List.of(Tools.qemu()));
        full.addAll(List.of(command));
        return Tools.run(full, cwd, Map.of(), null, TIMEOUT_SECONDS);
    }

    private static Tools.Result hotarm(Path cwd, String... arguments) {
        Tools.Result result = Tools.run(Tools.hotarmCommand(arguments), cwd, Map.of(), null,
                TIMEOUT_SECONDS);
        Tools.assertNoStackTrace(result);
        return result;
    }

    /** The benchmark at its full default size (about a second under qemu-aarch64). */
    @ParameterizedTest(name = "cpubound --engine {0}")
    @ValueSource(strings = {"interp", "jit"})
    void cpuboundFullSize_matchesQemu(String engine) {
        String cpubound = Tools.guest("cpubound").toString();
        Tools.Result expected = qemu(work, cpubound);
        Tools.Result result = hotarm(work, "run", "--engine", engine, cpubound);
        assertEquals(expected.status(), result.status(), result.describe());
        GuestProgramsTest.assertSameText(expected.stdout(), result.stdout(), result.describe());
    }

    static Stream<Arguments> busyboxCases() {
        return BusyboxTest.cases().stream().map(Arguments::of);
    }

    /** Every busybox case of BusyboxTest in lockstep. */
    @ParameterizedTest(name = "compare busybox {0}")
    @MethodSource("busyboxCases")
    void busyboxInLockstep_findsNoDivergence(BusyboxTest.Case c) throws IOException {
        BusyboxTest.writeInputs(work);
        List<String> command = new ArrayList<>(List.of("compare", Tools.busybox().toString()));
        command.addAll(c.args());
        byte[] stdin = c.stdin() == null ? null
                : c.stdin().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Tools.Result result = Tools.run(Tools.hotarmCommand(command.toArray(String[]::new)),
                work, Map.of(), stdin, TIMEOUT_SECONDS);
        Tools.assertNoStackTrace(result);
        assertEquals(0, result.status(), result.describe());
        assertTrue(result.stderr().contains("hotarm compare: no divergence"), result.describe());
    }

    /** Hashes and a sort over 32 MB under the JIT. */
    @ParameterizedTest(name = "busybox {0} of 32 MB")
    @ValueSource(strings = {"md5sum", "sha256sum", "sha1sum", "sort"})
    void busyboxOnLargeInput_matchesQemu(String applet) throws IOException {
        Random random = new Random(32);
        StringBuilder text = new StringBuilder();
        while (text.length() < 32 << 20) {
            text.append(Long.toString(random.nextLong(), 36)).append('\n');
        }
        Files.writeString(work.resolve("large.txt"), text);
        String busybox = Tools.busybox().toString();
        Tools.Result expected = qemu(work, busybox, applet, "large.txt");
        Tools.Result result = hotarm(work, "run", "--engine", "jit", busybox, applet,
                "large.txt");
        assertEquals(expected.status(), result.status(), result.describe());
        GuestProgramsTest.assertSameText(expected.stdout(), result.stdout(), result.describe());
    }
}
