package dev.hotarm.cli;

import dev.hotarm.runtime.linux.ElfFile;
import dev.hotarm.runtime.linux.LinuxOptions;
import dev.hotarm.runtime.linux.LinuxProcess;
import dev.hotarm.runtime.linux.LoadException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every command that starts a guest takes: the program, its arguments, its environment. */
final class GuestLaunch {
    @Option(names = "--strace",
            description = "Print every system call with its arguments and result "
            + "on stderr, as strace does.")
    boolean strace;

    @Option(names = "-E", paramLabel = "VAR=VALUE",
            description = "Set a variable in the guest environment.")
    List<String> setEnv = new ArrayList<>();

    @Option(names = "-U", paramLabel = "VAR",
            description = "Remove a variable from the guest environment.")
    List<String> unsetEnv = new ArrayList<>();

    @Option(names = "-0", paramLabel = "ARGV0",
            description = "Pass ARGV0 as the program's argv[0].")
    String argv0;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "The AArch64 ELF executable.")
    Path program;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program.")
    List<String> args = new ArrayList<>();

    /** Loads the program, or prints why not and returns null. */
    LinuxProcess load() {
        LinuxOptions options = new LinuxOptions();
        if (strace) {
            options.strace(Messages::line);
        }
        if (argv0 != null) {
            options.argv0(argv0);
        }
        try {
            return LinuxProcess.load(program, args, guestEnvironment(), options);
        } catch (LoadException e) {
            Messages.error(e.getMessage());
            return null;
        }
    }

    /** {@code " (symbol+0x10)"} for an address inside a known symbol, else empty. */
    static String where(ElfFile elf, long pc) {
        String symbol = elf.symbolize(pc);
        return symbol != null ? " (" + symbol + ")" : "";
    }

    /**
     * The host environment, in the order the host gave it (read from /proc/self/environ where
     * it exists), with -U and -E applied.
     */
    private List<String> guestEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc/self/environ"));
            for (String entry : new String(raw, StandardCharsets.UTF_8).split("\0")) {
                int eq = entry.indexOf('=');
                if (eq > 0) {
                    env.put(entry.substring(0, eq), entry.substring(eq + 1));
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            env.putAll(System.getenv());
        }
        // The launcher's own variable is not the guest's business.
        env.remove("HOTARM_JAVA_OPTS");
        for (String name : unsetEnv) {
            env.remove(name);
        }
        for (String assignment : setEnv) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                env.put(assignment, "");
            } else {
                env.put(assignment.substring(0, eq), assignment.substring(eq + 1));
            }
        }
        List<String> result = new ArrayList<>();
        env.forEach((k, v) -> result.add(k + "=" + v));
        return result;
    }
}
