package dev.hotarm.cli;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.linux.ElfFile;
import dev.hotarm.runtime.linux.LinuxProcess;
import dev.hotarm.runtime.memory.GuestMemory;
import dev.hotarm.translator.compare.Lockstep;
import dev.hotarm.translator.disasm.Disassembler;
import dev.hotarm.translator.jit.JitEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code hotarm compare}: the JIT against the interpreter, block by block. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Runs a program under the JIT and the interpreter in lockstep, one block "
                + "at a time from identical states, and stops at the first block after which "
                + "registers, flags, vector state or written memory differ (exit status 1).")
final class CompareCommand implements Callable<Integer> {
    @Option(names = "--mistranslate", paramLabel = "ADDRESS", hidden = true,
            description = "Testing only: deliberately mistranslate the instruction at ADDRESS "
                    + "(hex).")
    String mistranslate;

    @Mixin
    GuestLaunch launch;

    @Override
    public Integer call() {
        LinuxProcess process = launch.load();
        if (process == null) {
            return ExitCodes.LOAD_FAILED;
        }
        JitEngine.Options options = JitEngine.Options.defaults();
        if (mistranslate != null) {
            String hex = mistranslate.replaceFirst("^0[xX]", "");
            options = options.withMistranslation(Long.parseUnsignedLong(hex, 16));
        }
        Lockstep lockstep = new Lockstep(process.machine(), options);
        CpuState cpu = process.cpu();
        Lockstep.Divergence[] divergence = new Lockstep.Divergence[1];
        int status = GuestOutcome.run(process.elf(), cpu, () -> divergence[0] = lockstep.run(cpu));
        if (divergence[0] != null) {
            report(divergence[0], process.elf(), process.machine().memory());
            return 1;
        }
        Messages.line(String.format("hotarm compare: no divergence: %d blocks, %d instructions "
                + "compared; guest exit status %d", lockstep.blocksCompared(),
                lockstep.instructionsCompared(), status));
        return 0;
    }

    private static void report(Lockstep.Divergence d, ElfFile elf, GuestMemory memory) {
        Messages.line(String.format("hotarm compare: divergence in block 0x%x%s (%d instructions)",
                d.blockPc(), GuestLaunch.where(elf, d.blockPc()), d.instructionCount()));
        for (int i = 0; i < d.instructionCount(); i++) {
            long pc = d.blockPc() + 4L * i;
            int word = memory.read32(pc);
            Messages.line(String.format("  %8x:\t%08x \t%s", pc, word,
                    Disassembler.disassemble(word, pc)));
        }
        Messages.line("registers (expected = interpreter, actual = jit):");
        d.registers().forEach(r -> Messages.line("  " + r));
        if (!d.memory().isEmpty()) {
            Messages.line("memory written (expected = interpreter, actual = jit):");
            d.memory().forEach(m -> Messages.line("  " + m));
        }
        if (d.exception() != null) {
            Messages.line("exception: " + d.exception());
        }
    }
}
