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
    /** Guest instructions run by the interpreter while their code was still cold. */
    public long interpretedInstructions;
    /** Instructions translated as calls into the interpreter, by mnemonic, at translation time. */
    public final Map<String, Long> fallbacks = new TreeMap<>();

    /** Executions of interpreter fallbacks by mnemonic id; counted only with counting on. */
    public long[] fallbackExecutions = new long[16];
    private final Map<String, Integer> fallbackIds = new java.util.HashMap<>();
    private final java.util.List<String> fallbackNames = new java.util.ArrayList<>();

    void fallback(String mnemonic) {
        fallbacks.merge(mnemonic, 1L, Long::sum);
    }

    /** The counter index for {@code mnemonic}, allocated on first use. */
    int fallbackId(String mnemonic) {
        return fallbackIds.computeIfAbsent(mnemonic, m -> {
            fallbackNames.add(m);
            if (fallbackNames.size() > fallbackExecutions.length) {
                fallbackExecutions = java.util.Arrays.copyOf(fallbackExecutions,
                        2 * fallbackExecutions.length);
            }
            return fallbackNames.size() - 1;
        });
    }

    /** Executed fallbacks by mnemonic, when counting was on. */
    public Map<String, Long> fallbackExecutionsByMnemonic() {
        Map<String, Long> m = new TreeMap<>();
        for (int i = 0; i < fallbackNames.size(); i++) {
            m.put(fallbackNames.get(i), fallbackExecutions[i]);
        }
        return m;
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
        m.put("guest instructions executed", instructions + interpretedInstructions);
        m.put("  of them interpreted (cold code)", interpretedInstructions);
        return m;
    }
}
