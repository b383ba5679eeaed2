package dev.hotarm.cli;

import static dev.hotarm.cli.GuestLaunch.where;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exception.Breakpoint;
import dev.hotarm.runtime.exception.GuestExit;
import dev.hotarm.runtime.exception.GuestFault;
import dev.hotarm.runtime.exception.UndefinedInstruction;
import dev.hotarm.runtime.linux.ElfFile;

/** Turns the way a guest left the engine into the exit status and message a shell would show. */
final class GuestOutcome {
    private GuestOutcome() {
    }

    /** What {@link #run} returns when the body returned without the guest leaving. */
    static final int NO_EXIT = Integer.MIN_VALUE;

    /** Runs {@code body}; returns the guest's exit status, reporting a fatal exception first. */
    static int run(ElfFile elf, CpuState cpu, Runnable body) {
        return run(elf, cpu, body, false);
    }

    /**
     * As {@link #run(ElfFile, CpuState, Runnable)}; with {@code dumpState}, a fatal guest
     * exception is followed by the registers as they were at the faulting instruction.
     */
    static int run(ElfFile elf, CpuState cpu, Runnable body, boolean dumpState) {
        int status = outcome(elf, cpu, body);
        if (dumpState && (status == ExitCodes.SIGSEGV || status == ExitCodes.SIGILL
                || status == ExitCodes.SIGTRAP)) {
            dump(cpu);
        }
        return status;
    }

    /** The registers in a fixed layout, so two runs can be compared line by line. */
    static void dump(CpuState cpu) {
        StringBuilder line = new StringBuilder();
        for (int n = 0; n < 31; n++) {
            line.append(String.format("x%-2d %016x%s", n, cpu.x[n], n % 4 == 3 ? "" : "  "));
            if (n % 4 == 3) {
                Messages.line(line.toString());
                line.setLength(0);
            }
        }
        line.append(String.format("sp  %016x  pc  %016x  nzcv %x", cpu.sp, cpu.pc,
                cpu.nzcv >>> 28));
        Messages.line(line.toString());
    }

    private static int outcome(ElfFile elf, CpuState cpu, Runnable body) {
        try {
            body.run();
            return NO_EXIT;
        } catch (GuestExit e) {
            return e.status();
        } catch (GuestFault e) {
            Messages.error(String.format("guest SIGSEGV: %s at pc 0x%x%s", e.getMessage(), cpu.pc,
                    where(elf, cpu.pc)));
            return ExitCodes.SIGSEGV;
        } catch (Breakpoint e) {
            Messages.error("guest SIGTRAP: " + e.getMessage() + where(elf, e.pc()));
            return ExitCodes.SIGTRAP;
        } catch (UndefinedInstruction e) {
            Messages.error("guest SIGILL: " + e.getMessage() + where(elf, e.pc()));
            return ExitCodes.SIGILL;
        } catch (StackOverflowError | OutOfMemoryError e) {
            Messages.error(String.format("host %s while running the guest at pc 0x%x", e, cpu.pc));
            return ExitCodes.INTERNAL;
        } catch (RuntimeException | Error e) {
            Messages.error(String.format("internal error at guest pc 0x%x%s: %s", cpu.pc,
                    where(elf, cpu.pc), e));
            return ExitCodes.INTERNAL;
        }
    }
}
