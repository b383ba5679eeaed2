package dev.hotarm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hotarm} command: subcommands for running, comparing and inspecting guests. */
@Command(name = "hotarm",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Runs AArch64 Linux programs by translating them to JVM bytecode.",
        subcommands = {RunCommand.class, CompareCommand.class, DisasmCommand.class,
            CommandLine.HelpCommand.class})
public final class Hotarm implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: run, compare or disasm");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit status; never throws. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Hotarm());
        // Guest arguments start at PROGRAM: options after it belong to the guest, not to us.
        cli.getSubcommands().get("run").setStopAtPositional(true);
        cli.getSubcommands().get("compare").setStopAtPositional(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Messages.error("internal error: " + e);
            return ExitCodes.INTERNAL;
        });
        try {
            return cli.execute(args);
        } catch (Throwable e) {
            // picocli hands Errors through; a bug of ours still gets one line, not a trace.
            Messages.error("internal error: " + e);
            return ExitCodes.INTERNAL;
        }
    }
}
