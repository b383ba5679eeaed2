package dev.hotarm.runtime.exec;

import dev.hotarm.runtime.cpu.CpuState;

/**
 * What an engine calls when the guest executes {@code SVC}. The Linux layer implements it with
 * system calls; a system-mode board would take the exception to EL1 instead.
 */
public interface SupervisorCallHandler {
    /**
     * Handles {@code SVC #imm16}. On entry {@code cpu.pc} already holds the address of the
     * next instruction (the preferred return address); the handler may change any state.
     */
    void supervisorCall(CpuState cpu, int imm16);
}
