package dev.hotarm.runtime.exec;

import dev.hotarm.runtime.cpu.CpuState;

/**
 * An execution engine: runs guest code from {@code cpu.pc} until an exception it cannot handle
 * itself leaves it ({@code GuestExit}, {@code GuestFault}, {@code UndefinedInstruction}). On
 * any such exit {@code cpu} holds the precise state at the instruction that raised it.
 */
public interface Engine {
    void run(CpuState cpu);
}
