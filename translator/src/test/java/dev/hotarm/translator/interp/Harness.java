package dev.hotarm.translator.interp;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exec.Machine;
import dev.hotarm.runtime.memory.GuestMemory;

/**
 * A small guest for instruction tests: a code page at {@link #CODE}, a read-write data area at
 * {@link #DATA}, and an interpreter. Put words with {@link #code}, set registers on
 * {@link #cpu}, then {@link #step} or {@link #run}.
 */
public final class Harness {
    public static final long CODE = 0x10_0000L;
    public static final long DATA = 0x20_0000L;
    public static final int DATA_SIZE = 64 * 1024;

    public final GuestMemory memory = new GuestMemory();
    public final Machine machine = new Machine(memory);
    public final CpuState cpu = new CpuState();
    public final Interpreter interpreter = new Interpreter(machine);
    private int codeWords;

    public Harness() {
        memory.map(CODE, GuestMemory.PAGE_SIZE * 4L, GuestMemory.READ | GuestMemory.EXEC);
        memory.map(DATA, DATA_SIZE, GuestMemory.READ | GuestMemory.WRITE);
        cpu.pc = CODE;
        cpu.sp = DATA + DATA_SIZE;
    }

    /** Appends instruction words after those already placed. */
    public Harness code(int... words) {
        for (int w : words) {
            byte[] b = {(byte) w, (byte) (w >>> 8), (byte) (w >>> 16), (byte) (w >>> 24)};
            memory.poke(CODE + 4L * codeWords++, b, 0, 4);
        }
        return this;
    }

    /** Executes one instruction. */
    public Harness step() {
        interpreter.step(cpu);
        return this;
    }

    /** Executes {@code n} instructions. */
    public Harness run(int n) {
        for (int i = 0; i < n; i++) {
            interpreter.step(cpu);
        }
        return this;
    }

    /** Places {@code word} and executes it alone. */
    public Harness exec(int word) {
        code(word);
        return step();
    }
}
