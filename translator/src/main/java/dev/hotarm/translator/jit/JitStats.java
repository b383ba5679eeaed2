package dev.hotarm.translator.jit;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counters of the JIT, printed by {@code --stats}. Plain fields: a guest thread's engine is
 * used by one Java thread, and a lost increment in a counter is harmless.
 */
public final class JitStats {
    public long blocksTranslated;
    public long classesDefined;
    public long bytecodeBytes;
    public long translationNanos;
    public long largestMethodBytes;
    public long blocksSplit;
    public long chainedExitsLinked;
    public long cacheLookups;
    public long cacheMisses;
    public long inlineCacheHits;
    public long inlineCacheMisses;
    public long returnPredictions;
    public long returnMispredictions;
    public long invalidations;
    /** Guest instructions executed; counted only when the engine was built with counting on. */
    public long instructions;
    /** Instructions translated as calls into the interpreter, by name, at translation time. */
    public final Map<String, Long> fallbacks = new TreeMap<>();

    void fallback(String name) {
        fallbacks.merge(name, 1L, Long::sum);
    }

    /** Lines of {@code name value} for the CLI to print. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("blocks translated", blocksTranslated);
        m.put("classes defined", classesDefined);
        m.put("bytecode bytes", bytecodeBytes);
        m.put("largest method (bytes)", largestMethodBytes);
        m.put("blocks split for size", blocksSplit);
        m.put("translation time (ms)", String.format("%.1f", translationNanos / 1e6));
        m.put("chained exits linked", chainedExitsLinked);
        m.put("code cache lookups", cacheLookups);
        m.put("code cache misses", cacheMisses);
        m.put("inline cache hits", inlineCacheHits);
        m.put("inline cache misses", inlineCacheMisses);
        m.put("return predictions", returnPredictions);
        m.put("return mispredictions", returnMispredictions);
        m.put("invalidated blocks", invalidations);
        m.put("guest instructions executed", instructions);
        return m;
    }
}
