package dev.hotarm.translator.jit;

import dev.hotarm.runtime.exception.GuestFault;
import dev.hotarm.runtime.memory.GuestMemory;
import dev.hotarm.translator.a64.Decoder;
import dev.hotarm.translator.a64.Insn;
import dev.hotarm.translator.a64.Undefined;
import dev.hotarm.translator.a64.branch.BranchSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a guest basic block, has {@link BlockEmitter} turn it into a class, defines that class
 * as a hidden class and instantiates it.
 *
 * <p>A block ends after a branch, exception-generating or system instruction, at the end of a
 * guest page (a block never spans two pages, so a page's invalidation is exact), or at the size
 * budget. A supervisor call is always a block of its own, so that every other block runs without
 * leaving generated code and lockstep comparison can run the call once for both engines.
 */
final class BlockTranslator {
    private static final Logger LOG = LoggerFactory.getLogger(BlockTranslator.class);

    /** HotSpot's default limit (HugeMethodLimit): larger methods are never compiled. */
    static final int HUGE_METHOD_LIMIT = 8000;

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final MethodType CONSTRUCTOR = MethodType.methodType(void.class,
            JitEngine.class, long.class, Insn[].class, int.class, int.class);

    private final JitEngine engine;
    private final JitEngine.Options options;
    private long sequence;

    BlockTranslator(JitEngine engine, JitEngine.Options options) {
        this.engine = engine;
        this.options = options;
    }

    TranslatedBlock translate(long pc) {
        long start = System.nanoTime();
        List<Insn> insns = scan(pc);
        JitStats stats = engine.stats;
        while (true) {
            BlockEmitter emitter = new BlockEmitter(pc, insns, options, stats);
            String name = String.format("dev/hotarm/translator/jit/Block_%x_%d", pc, sequence++);
            byte[] bytes = emitter.emit(name);
            int codeLength = ClassFiles.codeLength(bytes, "execute");
            if (codeLength > HUGE_METHOD_LIMIT && insns.size() > 1) {
                // Too big for HotSpot to compile: halve the block; the rest becomes its successor.
                insns = insns.subList(0, insns.size() / 2);
                stats.blocksSplit++;
                continue;
            }
            TranslatedBlock block = define(bytes, pc, insns, emitter);
            emitter.countFallbacks();
            stats.blocksTranslated++;
            stats.classesDefined++;
            stats.bytecodeBytes += codeLength;
            stats.largestMethodBytes = Math.max(stats.largestMethodBytes, codeLength);
            stats.translationNanos += System.nanoTime() - start;
            return block;
        }
    }

    /** Decodes the block's instructions, stopping where the block must end. */
    private List<Insn> scan(long pc) {
        GuestMemory memory = engine.memory;
        List<Insn> insns = new ArrayList<>();
        long address = pc;
        while (insns.size() < options.maxBlockInstructions()) {
            int word;
            try {
                word = memory.fetch32(address);
            } catch (GuestFault fault) {
                if (insns.isEmpty()) {
                    throw fault;
                }
                break;
            }
            Insn insn = Decoder.decode(word);
            if (insn instanceof BranchSystem.Svc && !insns.isEmpty()) {
                break;
            }
            insns.add(insn);
            address += 4;
            if (endsBlock(insn) || (address & GuestMemory.PAGE_MASK) == 0) {
                break;
            }
        }
        return insns;
    }

    /**
     * Branches, exception generation and ISB end a block, as does anything that raises SIGILL.
     * Hints, other barriers, system register moves and cache maintenance do not.
     */
    static boolean endsBlock(Insn insn) {
        return switch (insn) {
            case BranchSystem.Hint h -> false;
            case BranchSystem.Barrier b -> b.kind() == BranchSystem.BarrierKind.ISB;
            case BranchSystem.SystemRegister s -> false;
            case BranchSystem.CacheMaintenance c -> false;
            case BranchSystem b -> true;
            case Undefined u -> true;
            default -> false;
        };
    }

    private TranslatedBlock define(byte[] bytes, long pc, List<Insn> insns, BlockEmitter emitter) {
        if (options.dumpClasses() != null) {
            dump(bytes, pc);
        }
        try {
            // The records are the class data, so generated code loads them as true constants
            // (condy over classDataAt) and HotSpot folds their fields.
            Class<?> cls = LOOKUP.defineHiddenClassWithClassData(bytes, List.copyOf(insns), true)
                    .lookupClass();
            MethodHandle constructor = LOOKUP.findConstructor(cls, CONSTRUCTOR);
            return (TranslatedBlock) constructor.invoke(engine, pc, insns.toArray(Insn[]::new),
                    emitter.directExits(), emitter.indirectExits());
        } catch (Throwable e) {
            throw new AssertionError("generated class for block 0x" + Long.toHexString(pc)
                    + " was rejected: " + e, e);
        }
    }

    private void dump(byte[] bytes, long pc) {
        try {
            Files.createDirectories(options.dumpClasses());
            Files.write(options.dumpClasses().resolve(String.format("Block_%x_%d.class", pc,
                    sequence)), bytes);
        } catch (IOException e) {
            LOG.warn("cannot dump class of block 0x{}: {}", Long.toHexString(pc), e.toString());
        }
    }
}
