package dev.hotarm.runtime.exec;

import dev.hotarm.runtime.memory.GuestMemory;

/**
 * What the engines execute against besides the CPU state: the address space, the handler for
 * supervisor calls, and the identification the CPU reports to software.
 */
public final class Machine {
    /** MIDR_EL1 of an Arm Cortex-A53 r0p4: an ordinary ARMv8.0-A core with FP and ASIMD. */
    public static final long DEFAULT_MIDR = 0x410F_D034L;
    /** CNTFRQ_EL0: the generic timer counts at 1 GHz here, so CNTVCT_EL0 is in nanoseconds. */
    public static final long COUNTER_FREQUENCY = 1_000_000_000L;
    /** DCZID_EL0: DC ZVA is permitted and zeroes 64-byte blocks (BS = log2(64 / 4) = 4). */
    public static final long DCZID = 4;
    /** CTR_EL0: 64-byte cache lines, IDC and DIC clear, as a Cortex-A53 reports. */
    public static final long CTR = 0x8444_C004L;

    private final GuestMemory memory;
    private volatile SupervisorCallHandler supervisorCallHandler;
    private final long startNanos = System.nanoTime();

    public Machine(GuestMemory memory) {
        this.memory = memory;
    }

    public GuestMemory memory() {
        return memory;
    }

    public SupervisorCallHandler supervisorCallHandler() {
        return supervisorCallHandler;
    }

    public void setSupervisorCallHandler(SupervisorCallHandler handler) {
        this.supervisorCallHandler = handler;
    }

    public long midr() {
        return DEFAULT_MIDR;
    }

    /** CNTVCT_EL0: the virtual count, ticking at {@link #COUNTER_FREQUENCY}. */
    public long virtualCount() {
        return System.nanoTime() - startNanos;
    }
}
