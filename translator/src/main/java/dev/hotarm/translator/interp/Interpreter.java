package dev.hotarm.translator.interp;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exception.UndefinedInstruction;
import dev.hotarm.runtime.exec.Engine;
import dev.hotarm.runtime.exec.Machine;
import dev.hotarm.runtime.memory.GuestMemory;
import dev.hotarm.translator.a64.Decoder;
import dev.hotarm.translator.a64.Insn;
import dev.hotarm.translator.a64.Undefined;
import dev.hotarm.translator.a64.branch.BranchSystem;
import dev.hotarm.translator.a64.dataproc.DataProcessing;
import dev.hotarm.translator.a64.fp.FloatingPoint;
import dev.hotarm.translator.a64.loadstore.LoadStore;
import dev.hotarm.translator.a64.simd.Simd;

/**
 * The reference interpreter: fetch, decode, execute, one instruction at a time. It is the
 * engine every translation is checked against, so it favours being obviously right; each
 * group's semantics live in one class named after the group.
 *
 * <p>Decoding is cached by instruction word in a direct-mapped table: records carry no PC, so
 * the same word decodes the same anywhere, and code the guest rewrites is simply a new word.
 */
public final class Interpreter implements Engine {
    private static final int CACHE_BITS = 14;

    private final Machine machine;
    private final GuestMemory memory;
    private final int[] cachedWords = new int[1 << CACHE_BITS];
    private final Insn[] cachedInsns = new Insn[1 << CACHE_BITS];
    private long instructionCount;

    public Interpreter(Machine machine) {
        this.machine = machine;
        this.memory = machine.memory();
    }

    @Override
    public void run(CpuState cpu) {
        while (true) {
            step(cpu);
        }
    }

    /** Executes the instruction at {@code cpu.pc}; on an exception {@code cpu} is unchanged. */
    public void step(CpuState cpu) {
        long pc = cpu.pc;
        int word = memory.fetch32(pc);
        cpu.pc = execute(machine, cpu, decode(word), pc);
        instructionCount++;
    }

    public long instructionCount() {
        return instructionCount;
    }

    public Insn decode(int word) {
        int slot = (word ^ (word >>> CACHE_BITS) ^ (word >>> 28)) & ((1 << CACHE_BITS) - 1);
        Insn insn = cachedInsns[slot];
        if (insn == null || cachedWords[slot] != word) {
            insn = Decoder.decode(word);
            cachedInsns[slot] = insn;
            cachedWords[slot] = word;
        }
        return insn;
    }

    /** Executes one decoded instruction at {@code pc} and returns the address of the next. */
    public static long execute(Machine machine, CpuState cpu, Insn insn, long pc) {
        return switch (insn) {
            case DataProcessing d -> DataProcessingSemantics.execute(machine, cpu, d, pc);
            case LoadStore l -> LoadStoreSemantics.execute(machine, cpu, l, pc);
            case BranchSystem b -> BranchSystemSemantics.execute(machine, cpu, b, pc);
            case FloatingPoint f -> FloatingPointSemantics.execute(machine, cpu, f, pc);
            case Simd s -> SimdSemantics.execute(machine, cpu, s, pc);
            case Undefined u -> throw new UndefinedInstruction(pc, u.word(), u.name());
            default -> throw new AssertionError("no semantics for " + insn);
        };
    }
}
