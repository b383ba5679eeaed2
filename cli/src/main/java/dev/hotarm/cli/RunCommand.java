package dev.hotarm.cli;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exec.Engine;
import dev.hotarm.runtime.linux.LinuxProcess;
import dev.hotarm.translator.interp.Interpreter;
import dev.hotarm.translator.jit.JitEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code hotarm run}: runs a guest program as if it were run natively. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs an AArch64 Linux program. Its stdin, stdout, stderr, environment, "
                + "working directory and exit status are those of this command.")
final class RunCommand implements Callable<Integer> {
    enum EngineKind { interp, jit }

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "Execution engine: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    EngineKind engine = EngineKind.jit;

    @Option(names = "--stats",
            description = "Print engine statistics on stderr when the program ends.")
    boolean stats;

    @Option(names = "--dump-classes", paramLabel = "DIR",
            description = "Write every class the JIT generates into DIR.")
    Path dumpClasses;

    @Option(names = "--hot-threshold", paramLabel = "N", description = "JIT: translate a block on "
            + "its Nth execution; until then it is interpreted (default: ${DEFAULT-VALUE}; 1 "
            + "translates every block at once).")
    int hotThreshold = JitEngine.Options.DEFAULT_HOT_THRESHOLD;

    @Option(names = "--dump-state", description = "After a fatal guest signal, also print the "
            + "registers as they were at the faulting instruction.")
    boolean dumpState;

    @Mixin
    GuestLaunch launch;

    @Override
    public Integer call() {
        LinuxProcess process = launch.load();
        if (process == null) {
            return ExitCodes.LOAD_FAILED;
        }
        CpuState cpu = process.cpu();
        Engine guestEngine;
        JitEngine jit = null;
        Interpreter interpreter = null;
        if (engine == EngineKind.jit) {
            JitEngine.Options options = JitEngine.Options.defaults().withCounting(stats)
                    .withHotThreshold(hotThreshold);
            if (dumpClasses != null) {
                options = options.withDumpClasses(dumpClasses);
            }
            guestEngine = jit = new JitEngine(process.machine(), options);
        } else {
            guestEngine = interpreter = new Interpreter(process.machine());
        }
        long start = System.nanoTime();
        int status = GuestOutcome.run(process.elf(), cpu, () -> guestEngine.run(cpu), dumpState);
        if (status == GuestOutcome.NO_EXIT) {
            throw new AssertionError("engine returned without the guest exiting");
        }
        if (stats) {
            printStats(jit, interpreter, System.nanoTime() - start);
        }
        return status;
    }

    private static void printStats(JitEngine jit, Interpreter interpreter, long nanos) {
        Messages.line(String.format("hotarm: %-32s %.3f", "wall time (s)", nanos / 1e9));
        if (interpreter != null) {
            Messages.line(String.format("hotarm: %-32s %d", "guest instructions executed",
                    interpreter.instructionCount()));
            return;
        }
        for (Map.Entry<String, Object> e : jit.stats.asMap().entrySet()) {
            Messages.line(String.format("hotarm: %-32s %s", e.getKey(), e.getValue()));
        }
        Map<String, Long> executed = jit.stats.fallbackExecutionsByMnemonic();
        jit.stats.fallbacks.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> Messages.line(String.format("hotarm: %-32s %d sites, %d executed",
                        "interpreter fallback " + e.getKey(), e.getValue(),
                        executed.getOrDefault(e.getKey(), 0L))));
    }
}
