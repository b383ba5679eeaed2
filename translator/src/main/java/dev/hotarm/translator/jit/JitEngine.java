package dev.hotarm.translator.jit;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exec.Engine;
import dev.hotarm.runtime.exec.Machine;
import dev.hotarm.runtime.memory.GuestMemory;

import dev.hotarm.translator.a64.Insn;
import dev.hotarm.translator.a64.branch.BranchSystem;
import dev.hotarm.translator.interp.Interpreter;

import java.nio.file.Path;

/**
 * The translating engine: a dispatcher loop over translated blocks. Blocks return their
 * successor (chained exits, inline caches, the return-address predictor), so the dispatcher
 * consults the code cache only when an exit is taken for the first time.
 */
public final class JitEngine implements Engine {
    /** What the engine is built with; the defaults are what {@code hotarm run} uses. */
    public record Options(int maxBlockInstructions, boolean countInstructions, Path dumpClasses,
                          long mistranslatePc, int hotThreshold, boolean loopsInBlock) {
        /**
         * A block start is interpreted this many times before it is translated: most code
         * runs a few times only, and a fresh class starts in HotSpot's own interpreter anyway.
         */
        public static final int DEFAULT_HOT_THRESHOLD = 16;

        public static Options defaults() {
            return new Options(64, false, null, -1, DEFAULT_HOT_THRESHOLD, true);
        }

        public Options withCounting(boolean on) {
            return new Options(maxBlockInstructions, on, dumpClasses, mistranslatePc,
                    hotThreshold, loopsInBlock);
        }

        public Options withDumpClasses(Path dir) {
            return new Options(maxBlockInstructions, countInstructions, dir, mistranslatePc,
                    hotThreshold, loopsInBlock);
        }

        /** Test-only fault injection: the instruction at {@code pc} is mistranslated. */
        public Options withMistranslation(long pc) {
            return new Options(maxBlockInstructions, countInstructions, dumpClasses, pc,
                    hotThreshold, loopsInBlock);
        }

        /**
         * Whether a block that branches to its own start loops inside its method. Lockstep
         * comparison turns this off: it needs every pass through a block to end in an exit.
         */
        public Options withLoopsInBlock(boolean on) {
            return new Options(maxBlockInstructions, countInstructions, dumpClasses, mistranslatePc,
                    hotThreshold, on);
        }

        /** At most {@code n} guest instructions per block (never more than a page holds). */
        public Options withMaxBlockInstructions(int n) {
            return new Options(n, countInstructions, dumpClasses, mistranslatePc, hotThreshold,
                    loopsInBlock);
        }

        /** Translate on the {@code n}th execution of a block start (0 or 1: at once). */
        public Options withHotThreshold(int n) {
            return new Options(maxBlockInstructions, countInstructions, dumpClasses,
                    mistranslatePc, n,
                    loopsInBlock);
        }
    }

    private static final int RETURN_STACK_SIZE = 64;

    final Machine machine;
    final GuestMemory memory;
    private final Interpreter interpreter;
    private final int hotThreshold;
    /** Executions of block starts not translated yet; only cold code looks here. */
    private final ColdCounts coldCounts = new ColdCounts();
    public final JitStats stats = new JitStats();
    private final CodeCache cache = new CodeCache();
    private final BlockTranslator translator;

    // Return-address predictor: BL/BLR push where the callee will return to and which caller
    // slot caches the continuation block; RET pops and, on a match, needs no lookup at all.
    private final long[] returnPcs = new long[RETURN_STACK_SIZE];
    private final TranslatedBlock[] returnOwners = new TranslatedBlock[RETURN_STACK_SIZE];
    private final int[] returnSlots = new int[RETURN_STACK_SIZE];
    private int returnTop;

    public JitEngine(Machine machine, Options options) {
        this.machine = machine;
        this.memory = machine.memory();
        this.translator = new BlockTranslator(this, options);
        this.interpreter = new Interpreter(machine);
        this.hotThreshold = options.hotThreshold();
        memory.setCodeListener(page -> invalidate(page, GuestMemory.PAGE_SIZE));
    }

    public JitEngine(Machine machine) {
        this(machine, Options.defaults());
    }

    @Override
    public void run(CpuState cpu) {
        TranslatedBlock block = null;
        while (true) {
            if (block == null) {
                block = hotBlockOrNull(cpu.pc);
                if (block == null) {
                    interpretBlock(cpu);
                    continue;
                }
            }
            TranslatedBlock next = block.execute(cpu);
            block = next != null && next.valid ? next : null;
        }
    }

    /**
     * The translated block at {@code pc}, translating it if it has become hot, or null while
     * it is still cold (or its code cannot be fetched: the interpreter then raises the fault).
     */
    TranslatedBlock hotBlockOrNull(long pc) {
        stats.cacheLookups++;
        TranslatedBlock block = cache.get(pc);
        if (block != null) {
            return block;
        }
        if (hotThreshold > 1 && coldCounts.increment(pc) < hotThreshold) {
            return null;
        }
        return blockAtOrNull(pc);
    }

    /** Runs one block's worth of cold code in the interpreter. */
    private void interpretBlock(CpuState cpu) {
        while (true) {
            Insn insn = interpreter.decode(memory.fetch32(cpu.pc));
            interpreter.step(cpu);
            stats.interpretedInstructions++;
            if (BlockTranslator.endsBlock(insn) || insn instanceof BranchSystem.Svc
                    || (cpu.pc & GuestMemory.PAGE_MASK) == 0) {
                return;
            }
        }
    }

    /** Runs exactly one block from {@code cpu.pc} without following its chained exits. */
    public TranslatedBlock runOneBlock(CpuState cpu) {
        TranslatedBlock block = blockAt(cpu.pc);
        block.execute(cpu);
        return block;
    }

    /** The block starting at {@code pc}, translated now if it is not cached. */
    public TranslatedBlock blockAt(long pc) {
        stats.cacheLookups++;
        TranslatedBlock block = cache.get(pc);
        if (block == null) {
            stats.cacheMisses++;
            block = translator.translate(pc);
            long last = pc + 4L * (block.instructionCount - 1);
            cache.put(block, last);
            memory.protectCode(pc);
            memory.protectCode(last);
        }
        return block;
    }

    /** As {@link #blockAt}, but null when the code at {@code pc} cannot be fetched. */
    private TranslatedBlock blockAtOrNull(long pc) {
        try {
            return blockAt(pc);
        } catch (dev.hotarm.runtime.exception.GuestException e) {
            return null;
        }
    }

    /** Forgets every translation with code on the pages of {@code [address, address + length)}. */
    public void invalidate(long address, long length) {
        long first = address >>> GuestMemory.PAGE_SHIFT;
        long last = (address + Math.max(length, 1) - 1) >>> GuestMemory.PAGE_SHIFT;
        for (long page = first; page <= last; page++) {
            stats.invalidations += cache.invalidatePage(page);
        }
    }

    /** Number of translated blocks currently cached. */
    public int cachedBlocks() {
        return cache.size();
    }

    // ---------------------------------------------------------------- called by generated code

    /** BL/BLR: remember the return address and the caller's slot for its continuation. */
    public void pushReturn(long returnPc, TranslatedBlock owner, int slot) {
        int top = (returnTop + 1) & (RETURN_STACK_SIZE - 1);
        returnTop = top;
        returnPcs[top] = returnPc;
        returnOwners[top] = owner;
        returnSlots[top] = slot;
    }

    /** RET: the predicted continuation when the stack agrees with {@code target}. */
    public TranslatedBlock predictReturn(long target) {
        int top = returnTop;
        if (returnPcs[top] == target && returnOwners[top] != null) {
            TranslatedBlock owner = returnOwners[top];
            int slot = returnSlots[top];
            returnOwners[top] = null;
            returnTop = (top - 1) & (RETURN_STACK_SIZE - 1);
            stats.returnPredictions++;
            TranslatedBlock next = owner.successors[slot];
            if (next == null || !next.valid) {
                next = owner.link(slot, target);
            }
            return next;
        }
        stats.returnMispredictions++;
        return hotBlockOrNull(target);
    }
}
