package dev.hotarm.translator.jit;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.translator.a64.Insn;

/**
 * A guest basic block translated to JVM bytecode. The translator emits one hidden subclass per
 * block whose {@link #execute} runs the block on a {@link CpuState} and returns the block to run
 * next, or null when the dispatcher must look {@code cpu.pc} up itself.
 *
 * <p>Each direct exit owns a successor slot, filled on first use, so blocks that follow each
 * other are joined without a cache lookup. Each indirect exit owns a one-entry inline cache.
 * The guest call stack never lives on the Java stack: every block returns to the dispatcher.
 */
public abstract class TranslatedBlock {
    /** Guest address of the first instruction. */
    public final long pc;
    /** Number of guest instructions in the block. */
    public final int instructionCount;
    /** The decoded instructions, for those the translator hands to the interpreter. */
    protected final Insn[] insns;
    protected final JitEngine engine;

    /** Successor per direct exit; null until the exit is first taken. */
    protected final TranslatedBlock[] successors;
    /** Inline cache per indirect exit: the last target address and its block. */
    protected final long[] inlineCachePcs;
    protected final TranslatedBlock[] inlineCacheBlocks;

    /**
     * Cleared when the guest code behind the block changes; stale blocks are never entered.
     * Volatile so that a block looping on itself sees its own invalidation at the back edge.
     */
    public volatile boolean valid = true;

    protected TranslatedBlock(JitEngine engine, long pc, Insn[] insns, int directExits,
                              int indirectExits) {
        this.engine = engine;
        this.pc = pc;
        this.insns = insns;
        this.instructionCount = insns.length;
        this.successors = new TranslatedBlock[directExits];
        this.inlineCachePcs = new long[indirectExits];
        this.inlineCacheBlocks = new TranslatedBlock[indirectExits];
        java.util.Arrays.fill(inlineCachePcs, -1L);
    }

    /** Runs the block; on return {@code cpu.pc} holds the next guest address. */
    public abstract TranslatedBlock execute(CpuState cpu);

    // link and indirect return null when the target cannot be translated (its fetch faults):
    // the dispatcher then raises that fault with cpu.pc at the target, where it belongs.

    /** Slow half of a direct exit: resolves the successor and remembers it in the slot. */
    protected final TranslatedBlock link(int slot, long target) {
        TranslatedBlock next = engine.hotBlockOrNull(target);
        if (next != null) {
            successors[slot] = next;
            engine.stats.chainedExitsLinked++;
        }
        return next;
    }

    /** Indirect exit ({@code BR}, {@code BLR}, {@code RET}): a one-entry inline cache. */
    protected final TranslatedBlock indirect(int site, long target) {
        TranslatedBlock cached = inlineCacheBlocks[site];
        if (inlineCachePcs[site] == target && cached != null && cached.valid) {
            engine.stats.inlineCacheHits++;
            return cached;
        }
        engine.stats.inlineCacheMisses++;
        TranslatedBlock next = engine.hotBlockOrNull(target);
        if (next != null) {
            inlineCachePcs[site] = target;
            inlineCacheBlocks[site] = next;
        }
        return next;
    }

    @Override
    public String toString() {
        return String.format("block@0x%x[%d]", pc, instructionCount);
    }
}
